#include "core/imaging/mpfindex.h"

#include <cstring>

namespace {

constexpr quint16 mpEntryTag = 0xb002;
constexpr quint32 typeMask = 0x00ffffff;
constexpr quint32 largeThumbnailVga = 0x010001;
constexpr quint32 largeThumbnailFullHd = 0x010002;
constexpr quint32 formatMask = 0x07000000; // 0: JPEG
constexpr qsizetype entrySize = 16;

class Reader
{
public:
    Reader(QByteArrayView bytes, bool littleEndian)
        : m_bytes(bytes)
        , m_littleEndian(littleEndian)
    {}

    bool has(qint64 at, qint64 count) const
    {
        return at >= 0 && count >= 0 && at + count <= m_bytes.size();
    }
    quint16 u16(qsizetype at) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_bytes.data()) + at;
        return m_littleEndian ? quint16(p[0] | (p[1] << 8)) : quint16((p[0] << 8) | p[1]);
    }
    quint32 u32(qsizetype at) const
    {
        const auto *p = reinterpret_cast<const uchar *>(m_bytes.data()) + at;
        return m_littleEndian ? quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) |
                                    (quint32(p[3]) << 24)
                              : (quint32(p[0]) << 24) | (quint32(p[1]) << 16) |
                                    (quint32(p[2]) << 8) | quint32(p[3]);
    }

private:
    QByteArrayView m_bytes;
    bool m_littleEndian;
};

// The MP header (from its byte-order mark on) and where it starts in the file, from the first
// "MPF" APP2 among the segments before the scan.
QByteArrayView findMpHeader(QByteArrayView head, qint64 &start)
{
    const auto *p = reinterpret_cast<const uchar *>(head.data());
    if (head.size() < 4 || p[0] != 0xff || p[1] != 0xd8)
        return {};
    qsizetype at = 2;
    while (at + 4 <= head.size()) {
        if (p[at] != 0xff)
            return {};
        const uchar marker = p[at + 1];
        if (marker == 0xff) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xda || marker == 0xd9)
            return {}; // the scan: no more metadata segments
        const qsizetype length = (qsizetype(p[at + 2]) << 8) | p[at + 3];
        if (length < 2)
            return {};
        const qsizetype payload = at + 4;
        const qsizetype end = at + 2 + length;
        if (marker == 0xe2 && end <= head.size() && length >= 2 + 4 + 8 &&
            std::memcmp(p + payload, "MPF\0", 4) == 0) {
            start = payload + 4;
            return head.sliced(start, end - start);
        }
        at = end;
    }
    return {};
}

} // namespace

namespace MpfIndex {

QList<Image> largeThumbnails(QByteArrayView head, qint64 fileSize)
{
    qint64 headerStart = 0;
    const QByteArrayView header = findMpHeader(head, headerStart);
    if (header.size() < 8)
        return {};
    bool littleEndian = false;
    if (std::memcmp(header.data(), "II*\0", 4) == 0)
        littleEndian = true;
    else if (std::memcmp(header.data(), "MM\0*", 4) != 0)
        return {};
    const Reader read(header, littleEndian);
    const qint64 ifd = read.u32(4);
    if (!read.has(ifd, 2))
        return {};
    const int count = read.u16(qsizetype(ifd));
    if (!read.has(ifd + 2, qint64(count) * 12))
        return {};
    QList<Image> images;
    for (int i = 0; i < count; ++i) {
        const qsizetype entry = qsizetype(ifd) + 2 + qsizetype(i) * 12;
        if (read.u16(entry) != mpEntryTag)
            continue;
        const qint64 bytes = read.u32(entry + 4); // UNDEFINED: the count is in bytes
        const qint64 values = read.u32(entry + 8);
        if (bytes % entrySize != 0 || !read.has(values, bytes))
            return {};
        for (qint64 at = values; at < values + bytes; at += entrySize) {
            const quint32 attribute = read.u32(qsizetype(at));
            const quint32 type = attribute & typeMask;
            if ((type != largeThumbnailVga && type != largeThumbnailFullHd) ||
                (attribute & formatMask) != 0)
                continue;
            const qint64 size = read.u32(qsizetype(at) + 4);
            const qint64 relative = read.u32(qsizetype(at) + 8);
            // Offsets count from the MP header; the first image (offset 0) is the photo itself.
            const qint64 offset = headerStart + relative;
            if (relative == 0 || size < 4 || offset + size > fileSize)
                continue;
            images.append(Image{offset, size});
        }
    }
    return images;
}

} // namespace MpfIndex
