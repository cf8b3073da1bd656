#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

// Writes the image files the imaging and thumbnail tests decode: plain encodings, photos that
// carry an EXIF thumbnail of their own (a different picture, so a test can tell which one was
// decoded), and HEIC/AVIF encoded with libheif's own encoders, so no tool is needed.
namespace TestImageWriter {

// The colours of quadrants(): top-left, top-right, bottom-left, bottom-right.
inline const QColor TopLeft{220, 30, 30};
inline const QColor TopRight{30, 200, 40};
inline const QColor BottomLeft{30, 50, 220};
inline const QColor BottomRight{240, 220, 30};

// Four solid quadrants, so any turn or mirror of the picture shows.
QImage quadrants(QSize size);
QImage filled(QSize size, QColor color);
// Whether two colours are the same up to lossy compression.
bool similar(QColor a, QColor b);

// Writes `image` in a Qt format ("jpeg", "png", "tiff", "webp"); an empty string on success,
// otherwise the error.
QString write(const QString &path, const QImage &image, const QByteArray &format = "jpeg");
// Writes `image` in a Qt format ("jpeg" or "tiff") with `thumbnail` (scaled to fit 320 px,
// JPEG) as its EXIF thumbnail in IFD1, where cameras put theirs.
QString writeWithExifThumbnail(const QString &path, const QImage &image, const QByteArray &format,
                               const QImage &thumbnail);

// Writes `image` as a JPEG followed by `preview` (JPEG, at its own size) listed as a large
// thumbnail in an MPF index (APP2), as cameras store theirs. previewOffsetShift moves the offset
// the index gives, to make a damaged index.
QString writeWithMpfPreview(const QString &path, const QImage &image, const QImage &preview,
                            qint64 previewOffsetShift = 0);

enum class HeifCodec
{
    Hevc, // HEIC
    Av1,  // AVIF
};
// Encodes `image` with libheif; when `thumbnail` is not null, it is stored as the image's
// thumbnail item, scaled to fit thumbnailBox.
QString writeHeif(const QString &path, const QImage &image, HeifCodec codec,
                  const QImage &thumbnail = {}, int thumbnailBox = 320);

} // namespace TestImageWriter
