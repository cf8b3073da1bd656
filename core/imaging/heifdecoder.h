#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// What libheif made of a HEIF file (HEIC, HEIF, AVIF): pixels as displayed, or a reason.
struct HeifImage
{
    QImage image;  // Format_RGB32 or Format_ARGB32_Premultiplied; null on failure
    QSize size;    // the primary image's displayed size; valid once the file could be parsed
    QString error; // translated; set when image is null
};

// HEIC/HEIF and AVIF through libheif, which Qt has no image plugin for. libheif applies the
// container's own rotation, mirror and crop (irot, imir, clap): in HEIF those decide how the
// picture is shown, and the EXIF orientation only repeats them, so callers must not turn the
// result again. Decoding a HEIF image costs tens of times a JPEG's; where the file stores a
// thumbnail item big enough for the size asked (phones store 320 px ones), that is decoded
// instead.
class HeifDecoder
{
    Q_DECLARE_TR_FUNCTIONS(HeifDecoder)

public:
    // boundingSize: what the caller will scale the image down to fit (a thumbnail item is used
    // when, scaled to fit it, it is not enlarged); an invalid size asks for the primary image at
    // full size. `bytes` must hold the whole file.
    static HeifImage decode(QByteArrayView bytes, QSize boundingSize = {});
};
