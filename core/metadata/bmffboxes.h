#pragma once

// A bounds-checked reader of ISO base media file format boxes (HEIF, AVIF, CR3), for the two
// things exiv2 does not tell us: whether the box structure holds together, and the size of the
// primary image. Private to core/metadata.

#include <QByteArrayView>
#include <QSize>

#include <array>
#include <optional>
#include <string_view>

struct BmffBox
{
    std::array<char, 4> type{};
    qsizetype payload = 0;  // offset of the payload (after the header)
    qsizetype end = 0;      // offset one past the box
    bool truncated = false; // the box claims more bytes than there are

    bool is(std::string_view name) const;
};

// Iterates over the boxes laid end to end in bytes[begin, end).
class BmffBoxReader
{
public:
    BmffBoxReader(QByteArrayView bytes, qsizetype begin, qsizetype end);

    // The next box, or nullopt at the end or at a header that cannot be a box (then damaged()).
    std::optional<BmffBox> next();
    bool damaged() const { return m_damaged; }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos;
    qsizetype m_end;
    bool m_damaged = false;
};

// Where the Exif and XMP items of a HEIF/AVIF file are. exiv2 0.27 reads item locations wrongly
// when the 'iloc' box gives a base offset plus extent offsets (libheif and several cameras write
// them that way) and then finds no metadata at all; this finds it. Views into `bytes`; empty
// when the item is absent or its location is not a single extent inside the file.
struct BmffMetadataItems
{
    QByteArrayView exif; // the item as stored: a 4-byte offset to the TIFF header, then Exif
    QByteArrayView xmp;  // an XMP packet
};
BmffMetadataItems bmffMetadataItems(QByteArrayView bytes);

// The ispe (image spatial extent) property of the primary item: the stored size of the image a
// viewer shows, which is what exiftool reports as ImageWidth/ImageHeight. nullopt when the file
// does not say.
std::optional<QSize> bmffPrimaryImageSize(QByteArrayView bytes);
