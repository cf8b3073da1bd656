#pragma once

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(PhotoDecoder)

public:
    // boundingSize: the image is scaled down (never up) to fit it, decoding at reduced size where
    // the format allows (libjpeg's 1/2..1/8). An invalid size means full size.
    // orientation: the EXIF orientation (1-8) the catalog holds for the photo.
    // Thread-safe. Where boundingSize is small enough, a preview stored in the file (an EXIF
    // thumbnail, a RAW file's preview, a HEIF thumbnail item) is decoded instead when it is at
    // least the size the photo is scaled to and shows the whole picture.
    static DecodedPhoto decode(const QString &path, QSize boundingSize, int orientation);

    // `size` scaled down, keeping its shape, to fit boundingSize; never scaled up, never empty.
    static QSize fittedSize(QSize size, QSize boundingSize);
};
