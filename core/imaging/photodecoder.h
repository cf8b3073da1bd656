#pragma once

#include <QImage>
#include <QSize>
#include <QString>

// The pixels of a photo, decoded on the caller's thread (call it from a worker, never the GUI).
struct DecodedPhoto
{
    QImage image;       // EXIF orientation already applied; null when decoding failed
    QSize originalSize; // the photo's full size, as displayed (after orientation)
    QString error;      // translated reason when image is null

    bool isValid() const { return !image.isNull(); }
};

// Decodes any format the importer accepts: what Qt's image plugins read (JPEG, PNG, TIFF, WebP...),
// HEIC/HEIF and AVIF through libheif, RAW through the largest embedded preview.
class PhotoDecoder
{
public:
    // boundingSize: the image is scaled down (never up) to fit it, decoding at reduced size where
    // the format allows (libjpeg's 1/2..1/8). An invalid size means full size.
    // orientation: the EXIF orientation (1-8) the catalog holds for the photo.
    static DecodedPhoto decode(const QString &path, QSize boundingSize, int orientation);
};
