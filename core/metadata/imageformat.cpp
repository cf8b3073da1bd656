#include "core/metadata/imageformat.h"

#include <array>
#include <cstring>
#include <string_view>

using namespace std::string_view_literals;

namespace {

struct FormatName
{
    ImageFormat format;
    const char *name;
};

// exiftool's FileType names, so that what we store reads like what photographers already see.
constexpr std::array<FormatName, 23> formatNames{{
    {ImageFormat::Jpeg, "JPEG"}, {ImageFormat::Png, "PNG"},     {ImageFormat::Tiff, "TIFF"},
    {ImageFormat::WebP, "WEBP"}, {ImageFormat::Heic, "HEIC"},   {ImageFormat::Heif, "HEIF"},
    {ImageFormat::Avif, "AVIF"}, {ImageFormat::Dng, "DNG"},     {ImageFormat::Cr2, "CR2"},
    {ImageFormat::Cr3, "CR3"},   {ImageFormat::Crw, "CRW"},     {ImageFormat::Nef, "NEF"},
    {ImageFormat::Nrw, "NRW"},   {ImageFormat::Arw, "ARW"},     {ImageFormat::Sr2, "SR2"},
    {ImageFormat::Orf, "ORF"},   {ImageFormat::Rw2, "RW2"},     {ImageFormat::Raf, "RAF"},
    {ImageFormat::Pef, "PEF"},   {ImageFormat::Srw, "SRW"},     {ImageFormat::Mrw, "MRW"},
    {ImageFormat::Erf, "ERF"},   {ImageFormat::ThreeFr, "3FR"},
}};

// The magic numbers are string_view literals ("..."sv) so that their embedded NULs count.
bool startsWith(QByteArrayView head, std::string_view magic, qsizetype at = 0)
{
    return head.size() >= at + qsizetype(magic.size()) &&
           std::memcmp(head.data() + at, magic.data(), magic.size()) == 0;
}

bool isBrand(QByteArrayView brand, std::string_view name)
{
    return std::string_view(brand.data(), std::size_t(brand.size())) == name;
}

quint32 bigEndian32(QByteArrayView bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data()) + at;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// The ISO-BMFF family is told apart by the brands of its leading 'ftyp' box. Like exiftool, the
// major brand decides; the compatible brands only settle what a generic major brand ("mif1",
// "msf1", "isom"...) leaves open, and only for AV1 (an AVIF file needs an AV1 decoder, not HEVC).
ImageFormat detectBmff(QByteArrayView head)
{
    const QByteArrayView major = head.sliced(8, 4);
    if (isBrand(major, "heic") || isBrand(major, "heim") || isBrand(major, "heis") ||
        isBrand(major, "hevc"))
        return ImageFormat::Heic;
    if (isBrand(major, "avif") || isBrand(major, "avis"))
        return ImageFormat::Avif;
    if (isBrand(major, "crx "))
        return ImageFormat::Cr3;
    // exiftool names 'heix' (10-bit HEVC, Canon and Sony cameras) HEIF, not HEIC.
    const bool heifMajor =
        isBrand(major, "mif1") || isBrand(major, "msf1") || isBrand(major, "heix");
    const qsizetype boxEnd = qMin<qsizetype>(bigEndian32(head, 0), head.size());
    bool heifCompatible = false;
    for (qsizetype at = 16; at + 4 <= boxEnd; at += 4) {
        const QByteArrayView brand = head.sliced(at, 4);
        if (isBrand(brand, "avif") || isBrand(brand, "avis"))
            return ImageFormat::Avif;
        if (isBrand(brand, "mif1") || isBrand(brand, "msf1") || isBrand(brand, "heic") ||
            isBrand(brand, "heix"))
            heifCompatible = true;
    }
    return heifMajor || heifCompatible ? ImageFormat::Heif : ImageFormat::Unknown;
}

// TIFF-based RAW files share TIFF's signature; their suffix is the only cheap tell.
ImageFormat refineTiffBySuffix(QStringView suffix)
{
    struct SuffixFormat
    {
        const char *suffix;
        ImageFormat format;
    };
    static constexpr std::array<SuffixFormat, 13> suffixes{{
        {"dng", ImageFormat::Dng},
        {"cr2", ImageFormat::Cr2},
        {"nef", ImageFormat::Nef},
        {"nrw", ImageFormat::Nrw},
        {"arw", ImageFormat::Arw},
        {"sr2", ImageFormat::Sr2},
        // Sony's older SRF is the same TIFF container as SR2; we keep one name for both.
        {"srf", ImageFormat::Sr2},
        {"pef", ImageFormat::Pef},
        {"srw", ImageFormat::Srw},
        {"erf", ImageFormat::Erf},
        {"3fr", ImageFormat::ThreeFr},
        {"tif", ImageFormat::Tiff},
        {"tiff", ImageFormat::Tiff},
    }};
    for (const SuffixFormat &entry : suffixes) {
        if (suffix.compare(QLatin1StringView(entry.suffix), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return ImageFormat::Tiff;
}

} // namespace

ImageFormat detectImageFormat(QByteArrayView head, QStringView suffix)
{
    if (startsWith(head, "\xff\xd8\xff"sv))
        return ImageFormat::Jpeg;
    if (startsWith(head, "\x89PNG\r\n\x1a\n"sv))
        return ImageFormat::Png;
    if (startsWith(head, "II\x1a\0\0\0HEAPCCDR"sv))
        return ImageFormat::Crw;
    if (startsWith(head, "IIRO"sv) || startsWith(head, "IIRS"sv) || startsWith(head, "MMOR"sv))
        return ImageFormat::Orf;
    if (startsWith(head, "IIU\0"sv))
        return ImageFormat::Rw2;
    if (startsWith(head, "II*\0"sv) || startsWith(head, "MM\0*"sv)) {
        if (startsWith(head, "II*\0"sv) && startsWith(head, "CR\x02"sv, 8))
            return ImageFormat::Cr2;
        return refineTiffBySuffix(suffix);
    }
    if (startsWith(head, "RIFF"sv) && startsWith(head, "WEBP"sv, 8))
        return ImageFormat::WebP;
    if (startsWith(head, "ftyp"sv, 4) && head.size() >= 12 && bigEndian32(head, 0) >= 12)
        return detectBmff(head);
    if (startsWith(head, "FUJIFILMCCD-RAW"sv))
        return ImageFormat::Raf;
    if (startsWith(head, "\0MRM"sv))
        return ImageFormat::Mrw;
    return ImageFormat::Unknown; // BigTIFF ("II+\0") included: exiv2 0.27 cannot read it
}

QString imageFormatName(ImageFormat format)
{
    for (const FormatName &entry : formatNames) {
        if (entry.format == format)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

ImageFormat imageFormatFromName(QStringView name)
{
    for (const FormatName &entry : formatNames) {
        if (name.compare(QLatin1StringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return ImageFormat::Unknown;
}

bool isRawFormat(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Unknown:
    case ImageFormat::Jpeg:
    case ImageFormat::Png:
    case ImageFormat::Tiff:
    case ImageFormat::WebP:
    case ImageFormat::Heic:
    case ImageFormat::Heif:
    case ImageFormat::Avif:
        return false;
    case ImageFormat::Dng:
    case ImageFormat::Cr2:
    case ImageFormat::Cr3:
    case ImageFormat::Crw:
    case ImageFormat::Nef:
    case ImageFormat::Nrw:
    case ImageFormat::Arw:
    case ImageFormat::Sr2:
    case ImageFormat::Orf:
    case ImageFormat::Rw2:
    case ImageFormat::Raf:
    case ImageFormat::Pef:
    case ImageFormat::Srw:
    case ImageFormat::Mrw:
    case ImageFormat::Erf:
    case ImageFormat::ThreeFr:
        return true;
    }
    return false;
}

bool isPhotoSuffix(QStringView suffix)
{
    static constexpr auto photoSuffixes = std::to_array<const char *>({
        "jpg", "jpeg", "jpe", "jfif", "png", "tif", "tiff", "webp", "heic", "heif",
        "hif", "avif", "dng", "cr2",  "cr3", "crw", "nef",  "nrw",  "arw",  "sr2",
        "srf", "orf",  "rw2", "raf",  "pef", "srw", "mrw",  "erf",  "3fr",  "x3f",
        // Images Corkboard does not read (yet): named here so that an import reports them as
        // unsupported instead of passing them over like a video or a document.
        "jp2", "j2k", "jpf", "jpx", "jxl", "gif", "bmp", "psd", "kdc", "dcr", "rwl", "iiq",
    });
    for (const char *photoSuffix : photoSuffixes) {
        if (suffix.compare(QLatin1StringView(photoSuffix), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
