#include "core/metadata/jpegsegments.h"

namespace {

quint16 be16(const unsigned char *p)
{
    return quint16((p[0] << 8) | p[1]);
}

quint32 be32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

bool isFrameHeader(unsigned char marker)
{
    // SOF0..SOF15, without DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
}

void takeApp1(QByteArrayView payload, JpegSegments &segments)
{
    static constexpr QByteArrayView exifHeader("Exif\0", 5);
    static constexpr QByteArrayView xmpHeader("http://ns.adobe.com/xap/1.0/\0", 29);
    // "Exif\0" and one pad byte (normally \0, some writers put 0xff there).
    if (segments.exif.isEmpty() && payload.startsWith(exifHeader) && payload.size() > 6)
        segments.exif = payload.sliced(6);
    else if (segments.xmp.isEmpty() && payload.startsWith(xmpHeader))
        segments.xmp = payload.sliced(xmpHeader.size());
}

} // namespace

JpegSegments scanJpegSegments(QByteArrayView bytes)
{
    JpegSegments segments;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    if (size < 3 || p[0] != 0xff || p[1] != 0xd8)
        return segments;
    qsizetype at = 2; // after SOI
    segments.structure = ImageStructure::Truncated;
    while (at < size) {
        // Like exiv2, tolerate padding between segments, and any number of 0xff fill bytes.
        while (at < size && p[at] != 0xff)
            ++at;
        while (at < size && p[at] == 0xff)
            ++at;
        if (at >= size)
            break;
        const unsigned char marker = p[at++];
        if (marker == 0xd9) { // EOI before any scan: no image at all
            segments.structure = ImageStructure::Damaged;
            break;
        }
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8))
            continue;        // markers without a length
        if (marker < 0xc0) { // reserved: what follows is scan data or junk, not a segment
            segments.structure = ImageStructure::Damaged;
            break;
        }
        if (size - at < 2)
            break;
        const quint16 length = be16(p + at);
        if (length < 2) {
            segments.structure = ImageStructure::Damaged;
            break;
        }
        if (size - at < length)
            break;
        const QByteArrayView payload = bytes.sliced(at + 2, length - 2);
        if (marker == 0xe1) {
            takeApp1(payload, segments);
        } else if (marker == 0xed && payload.startsWith(QByteArrayView("Photoshop 3.0\0", 14))) {
            segments.photoshop.append(payload.sliced(14));
        } else if (isFrameHeader(marker) && segments.width == 0 && payload.size() >= 5) {
            segments.height = be16(p + at + 3);
            segments.width = be16(p + at + 5);
        }
        at += length;
        if (marker == 0xda) { // start of scan: entropy-coded data follows, metadata is behind us
            segments.structure = ImageStructure::Sound;
            break;
        }
    }
    return segments;
}

QByteArrayView iptcFromPhotoshop(const QList<QByteArrayView> &segments, QByteArray &storage)
{
    if (segments.isEmpty())
        return {};
    QByteArrayView resources = segments.first();
    if (segments.size() > 1) {
        for (const QByteArrayView segment : segments)
            storage.append(segment);
        resources = storage;
    }
    // Image resource blocks: "8BIM", id, Pascal name padded to even length, size, data padded.
    const auto *p = reinterpret_cast<const unsigned char *>(resources.data());
    const qsizetype size = resources.size();
    qsizetype at = 0;
    while (size - at >= 12 && resources.sliced(at, 4) == QByteArrayView("8BIM")) {
        const quint16 id = be16(p + at + 4);
        const qsizetype nameLength = p[at + 6];
        const qsizetype nameField = (nameLength + 2) & ~qsizetype(1); // length byte + name, even
        const qsizetype sizeAt = at + 6 + nameField;
        if (size - sizeAt < 4)
            break;
        const quint32 dataSize = be32(p + sizeAt);
        const qsizetype dataAt = sizeAt + 4;
        if (quint64(dataSize) > quint64(size - dataAt))
            break;
        if (id == 0x0404)
            return resources.sliced(dataAt, qsizetype(dataSize));
        at = dataAt + qsizetype(dataSize) + (dataSize & 1);
    }
    return {};
}
