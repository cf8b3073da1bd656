#include "core/metadata/imagestructure.h"

#include "core/metadata/bmffboxes.h"
#include "core/metadata/jpegsegments.h"

#include <cstring>

namespace {

const unsigned char *bytesOf(QByteArrayView bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.data());
}

quint32 read32(QByteArrayView bytes, qsizetype at, bool littleEndian)
{
    const unsigned char *p = bytesOf(bytes) + at;
    return littleEndian
               ? (quint32(p[3]) << 24) | (quint32(p[2]) << 16) | (quint32(p[1]) << 8) | p[0]
               : (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}

quint16 read16(QByteArrayView bytes, qsizetype at, bool littleEndian)
{
    const unsigned char *p = bytesOf(bytes) + at;
    return littleEndian ? quint16((p[1] << 8) | p[0]) : quint16((p[0] << 8) | p[1]);
}

// TIFF and its relatives (ORF, RW2, CR2 and the TIFF-based RAW formats): the header points at
// IFD0, whose entries must be in the file.
ImageStructure checkTiff(QByteArrayView bytes)
{
    if (bytes.size() < 8)
        return ImageStructure::Truncated;
    const bool littleEndian = bytes[0] == 'I';
    const quint32 ifd0 = read32(bytes, 4, littleEndian);
    // IFD0 cannot overlap the header; an offset into it is a fuzzer's, never a camera's.
    if (ifd0 < 8)
        return ImageStructure::Damaged;
    if (quint64(ifd0) + 2 > quint64(bytes.size()))
        return ImageStructure::Truncated;
    const quint16 entries = read16(bytes, ifd0, littleEndian);
    if (entries == 0)
        return ImageStructure::Damaged;
    if (quint64(ifd0) + 2 + quint64(entries) * 12 > quint64(bytes.size()))
        return ImageStructure::Truncated;
    return ImageStructure::Sound;
}

// PNG: IHDR first, then chunks laid end to end up to IEND.
ImageStructure checkPng(QByteArrayView bytes)
{
    constexpr qsizetype signature = 8;
    if (bytes.size() < signature + 8)
        return ImageStructure::Truncated;
    if (read32(bytes, signature, false) != 13 || std::memcmp(bytes.data() + 12, "IHDR", 4) != 0)
        return ImageStructure::Damaged;
    qsizetype at = signature;
    while (at < bytes.size()) {
        if (bytes.size() - at < 12)
            return ImageStructure::Truncated;
        const quint32 length = read32(bytes, at, false);
        if (length > 0x7fffffffU)
            return ImageStructure::Damaged;
        if (quint64(bytes.size() - at) < quint64(length) + 12)
            return ImageStructure::Truncated;
        const bool end = std::memcmp(bytes.data() + at + 4, "IEND", 4) == 0;
        at += qsizetype(length) + 12;
        if (end)
            return ImageStructure::Sound;
    }
    return ImageStructure::Truncated;
}

// WebP: a RIFF container of chunks, each padded to an even size.
ImageStructure checkWebP(QByteArrayView bytes)
{
    if (bytes.size() < 12 + 8)
        return ImageStructure::Truncated;
    const quint64 riffEnd = quint64(read32(bytes, 4, true)) + 8;
    if (riffEnd < 12 + 8)
        return ImageStructure::Damaged;
    if (riffEnd > quint64(bytes.size()))
        return ImageStructure::Truncated;
    quint64 at = 12;
    while (at < riffEnd) {
        if (riffEnd - at < 8)
            return ImageStructure::Damaged;
        const quint64 length = read32(bytes, qsizetype(at + 4), true);
        const quint64 next = at + 8 + length + (length & 1);
        if (next > riffEnd)
            return ImageStructure::Truncated;
        at = next;
    }
    return ImageStructure::Sound;
}

// ISO-BMFF: 'ftyp' first, then boxes that tile the file.
ImageStructure checkBmff(QByteArrayView bytes)
{
    BmffBoxReader reader(bytes, 0, bytes.size());
    bool first = true;
    while (const auto box = reader.next()) {
        if (first && !box->is("ftyp"))
            return ImageStructure::Damaged;
        first = false;
        if (box->truncated)
            return ImageStructure::Truncated;
    }
    if (reader.damaged())
        return ImageStructure::Damaged;
    return first ? ImageStructure::Truncated : ImageStructure::Sound;
}

// Canon CRW (CIFF): a header, then a heap whose last four bytes point at its directory.
ImageStructure checkCrw(QByteArrayView bytes)
{
    constexpr qsizetype header = 26;
    if (bytes.size() < header + 4)
        return ImageStructure::Truncated;
    const quint32 headerLength = read32(bytes, 2, true);
    if (headerLength < 14 || headerLength >= quint64(bytes.size()))
        return ImageStructure::Damaged;
    const qsizetype heapSize = bytes.size() - qsizetype(headerLength);
    const quint32 directory = read32(bytes, bytes.size() - 4, true);
    if (heapSize < 6 || directory > quint64(heapSize - 6))
        return ImageStructure::Damaged;
    return ImageStructure::Sound;
}

// Fujifilm RAF: a fixed header pointing at the embedded JPEG (which holds the EXIF) and the CFA.
ImageStructure checkRaf(QByteArrayView bytes)
{
    constexpr qsizetype header = 100;
    if (bytes.size() < header)
        return ImageStructure::Truncated;
    const quint64 jpegOffset = read32(bytes, 84, false);
    const quint64 jpegLength = read32(bytes, 88, false);
    if (jpegOffset + jpegLength > quint64(bytes.size()))
        return ImageStructure::Truncated;
    return ImageStructure::Sound;
}

// Minolta MRW: "\0MRM", then the length of the metadata blocks that precede the image data.
ImageStructure checkMrw(QByteArrayView bytes)
{
    if (bytes.size() < 8)
        return ImageStructure::Truncated;
    if (quint64(read32(bytes, 4, false)) + 8 > quint64(bytes.size()))
        return ImageStructure::Truncated;
    return ImageStructure::Sound;
}

} // namespace

ImageStructure checkImageStructure(QByteArrayView bytes, ImageFormat format)
{
    switch (format) {
    case ImageFormat::Unknown:
        return ImageStructure::Damaged;
    case ImageFormat::Jpeg:
        return scanJpegSegments(bytes).structure;
    case ImageFormat::Png:
        return checkPng(bytes);
    case ImageFormat::WebP:
        return checkWebP(bytes);
    case ImageFormat::Heic:
    case ImageFormat::Heif:
    case ImageFormat::Avif:
    case ImageFormat::Cr3:
        return checkBmff(bytes);
    case ImageFormat::Crw:
        return checkCrw(bytes);
    case ImageFormat::Raf:
        return checkRaf(bytes);
    case ImageFormat::Mrw:
        return checkMrw(bytes);
    case ImageFormat::Tiff:
    case ImageFormat::Dng:
    case ImageFormat::Cr2:
    case ImageFormat::Nef:
    case ImageFormat::Nrw:
    case ImageFormat::Arw:
    case ImageFormat::Sr2:
    case ImageFormat::Orf:
    case ImageFormat::Rw2:
    case ImageFormat::Pef:
    case ImageFormat::Srw:
    case ImageFormat::Erf:
    case ImageFormat::ThreeFr:
        return checkTiff(bytes);
    }
    return ImageStructure::Damaged;
}
