#pragma once

#include "core/imaging/jpegencoder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSize>
#include <QString>

#include <memory>

// The metadata a photo's published images carry, read once per photo and written into each of
// its sizes as the JPEG's APP segments (JpegEncoder writes them in the same pass as the pixels).
//
// Private (the export's default): a whitelist of EXIF only, what tells how the picture was
// taken and whose it is — make, model, lens, exposure, f-number, ISO, focal length, the time
// taken with its offsets, artist, copyright, description — and XMP holding only the title and
// description. No GPS, no serial numbers, no maker notes, no owner name, no IPTC.
// Everything: the source's EXIF, XMP and IPTC as they are.
// Both: the pixels are upright, so Orientation is 1 (in EXIF and XMP); no EXIF thumbnail (it
// would show the picture as it was, and weighs up to 64 KB); the ICC profile stays, since the
// pixels are still in its colour space. Only core/metadata touches exiv2.
class PublishedMetadata
{
public:
    enum class Privacy
    {
        Private,
        Everything,
    };

    // `fileBytes`: the whole file when the caller has it in memory (a JPEG it decodes from);
    // empty: exiv2 reads `path`. `title`/`description`: the catalog's, for the private XMP.
    // `iccProfile`: the profile of the decoded pixels when the file's segments do not give it
    // (formats other than JPEG). A file whose metadata cannot be read publishes without it.
    static PublishedMetadata read(const QString &path, QByteArrayView fileBytes, Privacy privacy,
                                  const QString &title = {}, const QString &description = {},
                                  const QByteArray &iccProfile = {});

    // The segments of a published JPEG of `pixelSize` (upright), in the order they belong.
    QList<JpegAppSegment> segments(QSize pixelSize) const;

    struct Data;

private:
    std::shared_ptr<const Data> m_data;
};
