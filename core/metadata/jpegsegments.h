#pragma once

#include "core/metadata/imagestructure.h"

#include <QByteArrayView>
#include <QList>

// The metadata segments of a JPEG file, found in one walk over its markers up to the start of
// the scan (where all metadata sits). The reader hands them to exiv2's Exif and IPTC parsers
// directly instead of opening the file as an exiv2 image, which would also run exiv2's slow XMP
// decoder. Views into the file's bytes. Private to core/metadata.
struct JpegSegments
{
    ImageStructure structure = ImageStructure::Damaged;
    QByteArrayView exif;             // TIFF header onwards, from the first "Exif" APP1
    QByteArrayView xmp;              // the packet from the first XMP APP1
    QList<QByteArrayView> photoshop; // "Photoshop 3.0" APP13 payloads, in file order
    int width = 0;                   // from the first SOFn frame header
    int height = 0;
};

JpegSegments scanJpegSegments(QByteArrayView bytes);

// The IPTC-IIM block inside Photoshop image resources (resource 0x0404), or an empty view.
// Several APP13 segments are joined first, into `storage`.
QByteArrayView iptcFromPhotoshop(const QList<QByteArrayView> &segments, QByteArray &storage);
