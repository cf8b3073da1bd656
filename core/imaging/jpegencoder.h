#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

// One APPn segment to write into a JPEG: its marker (0xe1 for EXIF and XMP, 0xe2 for an ICC
// profile, 0xed for IPTC) and its payload, without the marker and the length (at most 65533
// bytes).
struct JpegAppSegment
{
    int marker = 0;
    QByteArray payload;
};

// What JpegEncoder made: the file's bytes, or why not.
struct EncodedJpeg
{
    QByteArray bytes;
    QString error; // translated; set when bytes is empty
};

// JPEG through libjpeg(-turbo) directly rather than QImageWriter, for the export: it reads
// QImage's 32-bit pixels as they are (no conversion of each row into RGB first), and it writes
// the segments given right after the JFIF header in the same pass, so that a published image's
// metadata costs no second rewrite of the file.
class JpegEncoder
{
    Q_DECLARE_TR_FUNCTIONS(JpegEncoder)

public:
    // quality 1..100; 4:2:0 chroma, baseline, libjpeg's standard Huffman tables. Optimised tables
    // made the export's images 3.4% smaller but took three times as long to encode (measured on
    // the 12 MP bench photos at 2048, 1024 and 480 px), and encoding is a fifth of an export.
    static EncodedJpeg encode(const QImage &image, int quality,
                              const QList<JpegAppSegment> &segments = {});
};
