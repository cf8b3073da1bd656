#pragma once

#include "core/metadata/imageformat.h"

#include <QByteArrayView>

// A quick look at the container structure of a file before exiv2 parses it: headers complete,
// offsets and segment, chunk and box lengths inside the file. It turns truncated and mangled
// files into clear reasons instead of exiv2's generic "corrupted image metadata", and it checks
// the top-level lengths exiv2 allocates by against the size of the file, so no declared size (a
// 4 GB HEIF box, a 2 GB PNG chunk) gets that far. The exiv2 crash and CVE inputs of the shared
// corpus (bad/) all stop here or in exiv2's own checks; none of them crashes or reads out of
// bounds with Debian's exiv2 0.27.6 (checked under valgrind). Private to core/metadata.
enum class ImageStructure
{
    Sound,
    Truncated, // a header, segment or box runs past the end of the file
    Damaged,   // a header or offset that no writer produces
};

ImageStructure checkImageStructure(QByteArrayView bytes, ImageFormat format);
