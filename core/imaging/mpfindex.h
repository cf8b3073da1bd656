#pragma once

#include <QByteArrayView>
#include <QList>

// The Multi-Picture Format index (CIPA DC-007) of a JPEG: an APP2 segment listing further
// images stored after the photo's own end-of-image marker. Canon, Nikon, Sony, Fujifilm, Pentax,
// Olympus and Panasonic cameras store a "large thumbnail" there (640 px to 1920 px wide), which
// exiv2 does not list among a JPEG's previews; for a 256 px thumbnail of a camera JPEG it saves
// decoding the 12-50 MP photo.
namespace MpfIndex {

struct Image
{
    qint64 offset = 0; // in the file
    qint64 size = 0;
};

// The large thumbnails the index in `head` (the file's first bytes, holding its metadata
// segments) lists, in file order, each lying within fileSize. Empty when there is no index or
// it does not hold together.
QList<Image> largeThumbnails(QByteArrayView head, qint64 fileSize);

} // namespace MpfIndex
