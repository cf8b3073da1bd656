#include "core/metadata/metadatareader.h"

#include "core/metadata/bmffboxes.h"
#include "core/metadata/exiv2compat.h"
#include "core/metadata/exiv2init.h"
#include "core/metadata/exiv2values.h"
#include "core/metadata/imagestructure.h"
#include "core/metadata/jpegsegments.h"
#include "core/metadata/metadataresolver.h"
#include "core/metadata/metadatasources.h"
#include "core/metadata/sidecarlocator.h"
#include "core/metadata/xmppacket.h"

#include <QFile>

#include <new>

namespace {

// Sidecars are small text files; one larger than this is not a sidecar we want in memory.
constexpr qint64 maximumSidecarBytes = qint64(16) * 1024 * 1024;
// Files QFile cannot map are read into memory instead, up to this size.
constexpr qint64 maximumUnmappedBytes = qint64(1) << 31;

MetadataReadResult failure(QString error)
{
    MetadataReadResult result;
    result.error = std::move(error);
    return result;
}

QStringView suffixOf(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const qsizetype separator =
        qMax(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return dot > separator ? QStringView(path).sliced(dot + 1) : QStringView();
}

const std::byte *byteData(QByteArrayView bytes)
{
    return reinterpret_cast<const std::byte *>(bytes.data());
}

bool isTiffBased(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Tiff:
    case ImageFormat::Nef:
    case ImageFormat::Nrw:
    case ImageFormat::Arw:
    case ImageFormat::Sr2:
    case ImageFormat::Pef:
    case ImageFormat::Srw:
    case ImageFormat::Erf:
    case ImageFormat::ThreeFr:
    case ImageFormat::Dng:
        return true;
    default:
        return false;
    }
}

// Formats whose header always states the pixel size; one that does not is not an image a viewer
// could show (fuzzed TIFFs whose IFD0 holds only junk tags pass exiv2 without an error).
bool mustStateSize(ImageFormat format)
{
    return format == ImageFormat::Jpeg || format == ImageFormat::Png ||
           format == ImageFormat::Tiff || format == ImageFormat::WebP;
}

bool isHeifFamily(ImageFormat format)
{
    return format == ImageFormat::Heic || format == ImageFormat::Heif ||
           format == ImageFormat::Avif;
}

std::optional<int> dimension(std::optional<qint64> pixels)
{
    if (!pixels || *pixels <= 0 || *pixels > 1'000'000)
        return std::nullopt;
    return int(*pixels);
}

void setSize(PhotoMetadata &metadata, std::optional<int> width, std::optional<int> height)
{
    if (width && height) {
        metadata.width = width;
        metadata.height = height;
    }
}

// What the tags add to what the container said, while the containers the sources point into
// are still alive: the EXIF pixel dimensions as the last resort for the size, and DNG, which
// shares TIFF's signature, from its DNGVersion tag.
void finish(const MetadataSources &sources, ImageFormat format, PhotoMetadata &metadata)
{
    metadata.format = format;
    if (isTiffBased(format) && sources.exif(ExifTag::DngVersion))
        metadata.format = ImageFormat::Dng;
    if (metadata.width)
        return;
    const Exiv2::Value *x = sources.exif(ExifTag::PixelXDimension);
    const Exiv2::Value *y = sources.exif(ExifTag::PixelYDimension);
    if (x && y)
        setSize(metadata, dimension(Exiv2Values::integerAt(*x)),
                dimension(Exiv2Values::integerAt(*y)));
}

// exiv2 0.27 misreads the item locations of many HEIF files and then finds no Exif at all (see
// bmffMetadataItems()); read the item ourselves when that happened.
void recoverHeifExif(const BmffMetadataItems &items, Exiv2::ExifData &exif)
{
    if (!exif.empty() || items.exif.size() <= 4)
        return;
    // The item starts with the offset of the TIFF header within the rest ("Exif\0\0" = 6).
    const auto *p = reinterpret_cast<const unsigned char *>(items.exif.data());
    const quint32 skip =
        (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
    if (skip >= quint64(items.exif.size() - 4))
        return;
    const QByteArrayView tiff = items.exif.sliced(4 + qsizetype(skip));
    Exiv2Compat::decodeExif(exif, byteData(tiff), std::size_t(tiff.size()));
}

// JPEG: the metadata segments go straight to exiv2's Exif and IPTC parsers (see jpegsegments.h).
PhotoMetadata readJpeg(const JpegSegments &segments)
{
    Exiv2::ExifData exif;
    Exiv2::IptcData iptc;
    MetadataSources sources;
    if (!segments.exif.isEmpty())
        Exiv2Compat::decodeExif(exif, byteData(segments.exif), std::size_t(segments.exif.size()));
    QByteArray photoshopStorage;
    const QByteArrayView iptcBlock = iptcFromPhotoshop(segments.photoshop, photoshopStorage);
    if (!iptcBlock.isEmpty())
        Exiv2Compat::decodeIptc(iptc, byteData(iptcBlock), std::size_t(iptcBlock.size()));
    if (!segments.xmp.isEmpty())
        parseXmpPacket(segments.xmp, sources.xmpProperties);
    sources.collectExif(exif);
    sources.collectIptc(iptc);
    PhotoMetadata metadata = resolveMetadata(sources);
    setSize(metadata, dimension(segments.width), dimension(segments.height));
    finish(sources, ImageFormat::Jpeg, metadata);
    return metadata;
}

// Every other format: exiv2 opens the image and reads its metadata.
std::optional<PhotoMetadata> readWithExiv2(QByteArrayView bytes, ImageFormat format)
{
    MetadataSources sources;
    const auto image = Exiv2Compat::openImage(byteData(bytes), std::size_t(bytes.size()));
    if (!image.get())
        return std::nullopt; // a format exiv2 does not know
    std::string xmpPacket;
    {
        const std::lock_guard lock(xmpToolkitMutex());
        image->readMetadata();
        xmpPacket = image->xmpPacket();
    }
    if (isHeifFamily(format)) {
        const BmffMetadataItems items = bmffMetadataItems(bytes);
        recoverHeifExif(items, image->exifData());
        if (xmpPacket.empty())
            xmpPacket.assign(items.xmp.data(), std::size_t(items.xmp.size()));
    }
    if (!xmpPacket.empty())
        parseXmpPacket(QByteArrayView(xmpPacket.data(), qsizetype(xmpPacket.size())),
                       sources.xmpProperties);
    sources.collectExif(image->exifData());
    sources.collectIptc(image->iptcData());
    PhotoMetadata metadata = resolveMetadata(sources);
    // The stored pixel size, as exiftool reports ImageWidth/ImageHeight: for HEIF the primary
    // item's extent (exiv2 reports the first extent it meets, often a tile or the thumbnail);
    // for the rest exiv2's own answer (TIFF primary IFD, PNG IHDR, RAW headers).
    if (isHeifFamily(format)) {
        if (const auto size = bmffPrimaryImageSize(bytes))
            setSize(metadata, size->width(), size->height());
    }
    if (!metadata.width)
        setSize(metadata, dimension(image->pixelWidth()), dimension(image->pixelHeight()));
    finish(sources, format, metadata);
    return metadata;
}

// The values of an XMP sidecar, or nullopt when it cannot be read or parsed: a broken sidecar
// never costs the photo its embedded metadata.
std::optional<PhotoMetadata> readSidecar(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maximumSidecarBytes)
        return std::nullopt;
    try {
        const QByteArray bytes = file.readAll();
        MetadataSources sources;
        if (bytes.trimmed().isEmpty() || !parseXmpPacket(bytes, sources.xmpProperties))
            return std::nullopt;
        return resolveMetadata(sources);
    } catch (const std::exception &) { // out of memory: the embedded values still stand
        return std::nullopt;
    }
}

} // namespace

MetadataReader::MetadataReader()
{
    ensureExiv2Initialized();
}

MetadataReadResult MetadataReader::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot open the file: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return failure(tr("The file is empty"));
    // Mapping costs no copy and reads only the pages the parsers touch (a RAW file's metadata is
    // a small part of it).
    if (const uchar *mapped = file.map(0, size))
        return read(path, QByteArrayView(mapped, qsizetype(size)));
    if (size > maximumUnmappedBytes)
        return failure(tr("The file is too large to read"));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != size)
        return failure(tr("Cannot read the file: %1").arg(file.errorString()));
    return read(path, bytes);
}

MetadataReadResult MetadataReader::read(const QString &path, QByteArrayView bytes) const
{
    if (bytes.isEmpty())
        return failure(tr("The file is empty"));
    const ImageFormat format =
        detectImageFormat(bytes.first(qMin(bytes.size(), ImageFormatSniffBytes)), suffixOf(path));
    if (format == ImageFormat::Unknown)
        return failure(tr("Not a supported image format"));
    // For JPEG the structure check is the walk that also finds the metadata segments.
    JpegSegments jpeg;
    if (format == ImageFormat::Jpeg)
        jpeg = scanJpegSegments(bytes);
    switch (format == ImageFormat::Jpeg ? jpeg.structure : checkImageStructure(bytes, format)) {
    case ImageStructure::Sound:
        break;
    case ImageStructure::Truncated:
        return failure(tr("The file is truncated"));
    case ImageStructure::Damaged:
        return failure(
            tr("Damaged image: the %1 structure is invalid").arg(imageFormatName(format)));
    }

    MetadataReadResult result;
    try {
        std::optional<PhotoMetadata> metadata =
            format == ImageFormat::Jpeg ? readJpeg(jpeg) : readWithExiv2(bytes, format);
        if (!metadata)
            return failure(tr("Not a supported image format"));
        result.metadata = std::move(*metadata);
    } catch (const Exiv2Compat::Error &error) {
        if (Exiv2Compat::isUnknownImageType(error))
            return failure(tr("Not a supported image format"));
        return failure(tr("Damaged image metadata: %1").arg(QString::fromUtf8(error.what())));
    } catch (const std::bad_alloc &) {
        return failure(tr("Not enough memory to read the image metadata"));
    } catch (const std::exception &error) {
        return failure(tr("Damaged image metadata: %1").arg(QString::fromUtf8(error.what())));
    } catch (...) {
        return failure(tr("Damaged image metadata"));
    }
    if (!result.metadata.width && mustStateSize(format))
        return failure(tr("Damaged image: the %1 header does not give the image size")
                           .arg(imageFormatName(format)));

    if (const QString sidecarPath = findXmpSidecar(path); !sidecarPath.isEmpty()) {
        if (const auto sidecar = readSidecar(sidecarPath)) {
            applySidecarValues(result.metadata, *sidecar);
            result.metadata.sidecarPath = sidecarPath;
        }
    }
    result.ok = true;
    return result;
}

QString MetadataReader::exiv2Version()
{
    return QString::fromStdString(Exiv2::versionString());
}
