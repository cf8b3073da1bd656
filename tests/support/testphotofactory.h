#pragma once

#include "core/metadata/metadatareader.h"

#include <QColor>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

// Makes the photos the tests need: a QImage written as JPEG, PNG or TIFF, then tagged with exiv2
// (EXIF, XMP and IPTC keys as exiv2 names them, values as exiv2 parses them from strings, e.g.
// {"Exif.GPSInfo.GPSLatitude", "51/1 30/1 0/1"}). XMP bags and sequences and IPTC repeatable
// datasets take ';'-separated items; Exif.Image.XP* tags take plain text (stored as UCS-2).
// Tests use it instead of the shared corpus so a bare clone still tests itself.
struct TestPhotoSpec
{
    QSize size{64, 48};
    QColor color{200, 120, 40};
    QByteArray format = "jpeg";          // "jpeg", "png", "tiff" or "webp"
    QList<QPair<QString, QString>> tags; // exiv2 key -> value; the key's family picks EXIF/XMP/IPTC
    int seed = 0; // varies the pixels so that two photos with different seeds differ in content
};

namespace TestPhotoFactory {

// {"Exif.Image.Model", value}: one entry of TestPhotoSpec::tags.
inline QPair<QString, QString> tag(const char *key, const QString &value)
{
    return {QString::fromLatin1(key), value};
}

// Test photos are named after the case they reproduce: the current data row's tag + ".jpg".
QString currentPhotoName();

// Writes the photo and its tags; returns an empty string on success, otherwise the error.
QString write(const QString &path, const TestPhotoSpec &spec);
// Writes the photo at `path` and reads it back with `reader`; a photo that could not be written
// comes back as a failed read saying so.
MetadataReadResult writeAndRead(const QString &path, const TestPhotoSpec &spec,
                                const MetadataReader &reader);
// Writes an XMP sidecar holding the given Xmp.* tags.
QString writeSidecar(const QString &path, const QList<QPair<QString, QString>> &xmpTags);

} // namespace TestPhotoFactory
