#pragma once

#include "core/metadata/photometadata.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// The outcome of reading one file: metadata, or a clear reason why the file could not be read.
struct MetadataReadResult
{
    bool ok = false;
    QString error; // translated, user-facing; set when !ok
    PhotoMetadata metadata;
};

// The one place that talks to exiv2. Every exiv2 exception is caught here and becomes an error
// value; no exiv2 type leaks out. Reads EXIF, XMP and IPTC; an XMP sidecar beside the file
// ("photo.jpg.xmp" or "photo.xmp", as digiKam and darktable write them) overrides embedded values.
// Thread-safe: one reader may be used from many threads at once.
class MetadataReader
{
    Q_DECLARE_TR_FUNCTIONS(MetadataReader)

public:
    MetadataReader();

    // Maps the file through QFile (any path on any OS) and reads it.
    MetadataReadResult read(const QString &path) const;
    // Reads the bytes of the file at `path` that the caller has already mapped; `path` is used to
    // find the sidecar and as a format hint for TIFF-based RAW files.
    MetadataReadResult read(const QString &path, QByteArrayView bytes) const;

    // The version of exiv2 in use, for --version and bug reports.
    static QString exiv2Version();
};
