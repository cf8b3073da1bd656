#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// What libjpeg made of a JPEG: pixels in the stored orientation, at full size or reduced by
// libjpeg's M/8 scaling, or a reason why not.
struct JpegImage
{
    QImage image;     // Format_RGB32 (Format_Grayscale8 for a grey JPEG); null on failure
    QSize storedSize; // the frame's size, as stored; valid as soon as the header could be read
    QString error;    // translated; set when image is null
};

// JPEG through libjpeg(-turbo) directly rather than Qt's plugin, for three things the plugin
// does not give: it tells a truncated file (which the plugin fills with grey) from a sound one,
// it decodes straight into QImage's pixel layout with no second pass, and it picks the reduced
// scale itself, so a thumbnail costs one 1/8 decode and one small smooth scale.
class JpegDecoder
{
    Q_DECLARE_TR_FUNCTIONS(JpegDecoder)

public:
    // The frame's size from the header alone, or an invalid size.
    static QSize storedSize(QByteArrayView bytes);
    // Decodes at the smallest of libjpeg's scales (1/8, 2/8 ... 8/8) that still covers
    // minimumSize, or at full size when minimumSize is invalid. Never more than maximumPixels:
    // larger images are decoded at a reduced scale.
    static JpegImage decode(QByteArrayView bytes, QSize minimumSize = {});

    static constexpr qint64 maximumPixels = qint64(256) * 1024 * 1024;
};
