#include "core/imaging/photodecoder.h"

#include "core/imaging/exiforientation.h"
#include "core/imaging/heifdecoder.h"
#include "core/imaging/jpegdecoder.h"
#include "core/imaging/mpfindex.h"
#include "core/imaging/previewfit.h"
#include "core/metadata/embeddedpreviewreader.h"
#include "core/metadata/imageformat.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>

namespace {

// What is read of a file first: a JPEG's metadata segments (and so its EXIF thumbnail) nearly
// always fit, and so does the head every format is recognised by.
constexpr qint64 headBytes = qint64(64) * 1024;
// Files QByteArray cannot hold are not photos we can show.
constexpr qint64 maximumFileBytes = (qint64(1) << 31) - 1024;

QStringView suffixOf(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const qsizetype separator =
        qMax(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return dot > separator ? QStringView(path).sliced(dot + 1) : QStringView();
}

DecodedPhoto failure(const QString &error)
{
    DecodedPhoto photo;
    photo.error = error;
    return photo;
}

const EmbeddedPreviewReader &previewReader()
{
    static const EmbeddedPreviewReader reader;
    return reader;
}

// The boundingSize in the stored orientation, in which every decoder works.
QSize storedBounding(QSize boundingSize, int orientation)
{
    return boundingSize.isValid() ? ExifOrientation::displayedSize(boundingSize, orientation)
                                  : QSize();
}

// The decoded picture scaled to fit, turned upright and in a format that paints fast.
QImage finished(QImage image, QSize boundingStored, int orientation)
{
    if (boundingStored.isValid()) {
        const QSize size = PhotoDecoder::fittedSize(image.size(), boundingStored);
        if (size != image.size())
            image = image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    const QImage::Format format =
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != format)
        image.convertTo(format);
    return ExifOrientation::applied(image, orientation);
}

// The whole file: what was read of it already and the rest.
class FileContent
{
    Q_DECLARE_TR_FUNCTIONS(PhotoDecoder)

public:
    // An empty string when the head could be read, otherwise why not.
    QString open(const QString &path)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly))
            return tr("Cannot open the file: %1").arg(m_file.errorString());
        m_size = m_file.size();
        if (m_size == 0)
            return tr("The file is empty");
        if (m_size > maximumFileBytes)
            return tr("The file is too large to decode");
        m_bytes = m_file.read(qMin(m_size, headBytes));
        if (m_bytes.isEmpty())
            return tr("Cannot read the file: %1").arg(m_file.errorString());
        return {};
    }

    QByteArrayView head() const { return m_bytes; }

    // Reads the rest; an empty string on success, otherwise why not.
    QString readAll()
    {
        if (m_bytes.size() < m_size) {
            const qsizetype have = m_bytes.size();
            m_bytes.resize(qsizetype(m_size));
            const qint64 read = m_file.read(m_bytes.data() + have, m_size - have);
            if (read != m_size - have)
                return tr("Cannot read the file: %1").arg(m_file.errorString());
        }
        return {};
    }

    const QByteArray &bytes() const { return m_bytes; }
    qint64 size() const { return m_size; }

    // `count` bytes from `offset`, or fewer when the file is shorter than it said.
    QByteArray readAt(qint64 offset, qint64 count)
    {
        if (offset + count <= m_bytes.size())
            return m_bytes.sliced(qsizetype(offset), qsizetype(count));
        if (!m_file.seek(offset))
            return {};
        return m_file.read(count);
    }

private:
    QFile m_file;
    qint64 m_size = 0;
    QByteArray m_bytes;
};

QByteArray qtFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return "png";
    case ImageFormat::Tiff:
        return "tiff";
    case ImageFormat::WebP:
        return "webp";
    default:
        return {}; // let Qt decide from the content
    }
}

// A preview found by EmbeddedPreviewReader, decoded like a photo of its own.
QImage decodePreview(const EmbeddedPreview &preview, QSize boundingStored)
{
    if (preview.isNull())
        return {};
    if (preview.format == "jpg" || preview.format == "jpeg") {
        const QSize size = PhotoDecoder::fittedSize(preview.size, boundingStored);
        return JpegDecoder::decode(preview.data, boundingStored.isValid() ? size : QSize()).image;
    }
    QImage image;
    image.loadFromData(preview.data, preview.format.constData());
    return image;
}

// Formats Qt's image plugins read: decoded at reduced size where the plugin can (WebP), else
// decoded whole and scaled by QImageReader.
DecodedPhoto decodeWithQt(const QByteArray &bytes, const QByteArray &format, QSize boundingSize,
                          int orientation)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    // The orientation is the catalog's, applied by us for every format alike.
    reader.setAutoTransform(false);
    const QSize stored = reader.size();
    const QSize boundingStored = storedBounding(boundingSize, orientation);
    if (stored.isValid() && boundingStored.isValid())
        reader.setScaledSize(PhotoDecoder::fittedSize(stored, boundingStored));
    // TIFF has no reduced-size decoding, but scanners and editors store EXIF thumbnails in it.
    if (format == "tiff" && stored.isValid() && reader.scaledSize() != stored &&
        boundingStored.isValid()) {
        if (QImage image = decodePreview(
                previewReader().read(bytes, boundingStored, stored).preview, boundingStored);
            !image.isNull()) {
            DecodedPhoto photo;
            photo.originalSize = ExifOrientation::displayedSize(stored, orientation);
            photo.image = finished(std::move(image), boundingStored, orientation);
            return photo;
        }
    }
    QImage image = reader.read();
    if (image.isNull()) {
        if (reader.error() == QImageReader::UnsupportedFormatError)
            return failure(PhotoDecoder::tr("Not a supported image format"));
        return failure(PhotoDecoder::tr("Cannot decode the image: %1").arg(reader.errorString()));
    }
    DecodedPhoto photo;
    photo.originalSize =
        ExifOrientation::displayedSize(stored.isValid() ? stored : image.size(), orientation);
    photo.image = finished(std::move(image), boundingStored, orientation);
    return photo;
}

// The smallest picture the JPEG stores beside the photo that is big enough for boundingStored
// and shows the whole photo: an EXIF thumbnail or maker-note preview (in the head, found by
// exiv2), else an MPF large thumbnail (after the photo). A null image when there is none.
QImage storedPreview(FileContent &content, QSize stored, QSize boundingStored)
{
    const EmbeddedPreviewResult found =
        previewReader().read(content.head(), boundingStored, stored);
    if (QImage image = decodePreview(found.preview, boundingStored); !image.isNull())
        return image;
    for (const MpfIndex::Image &entry : MpfIndex::largeThumbnails(content.head(), content.size())) {
        EmbeddedPreview preview;
        preview.data = content.readAt(entry.offset, entry.size);
        preview.format = "jpeg";
        preview.size = JpegDecoder::storedSize(preview.data);
        if (!PreviewFit::bigEnough(preview.size, boundingStored) ||
            !PreviewFit::sameShape(preview.size, stored))
            continue;
        if (QImage image = decodePreview(preview, boundingStored); !image.isNull())
            return image;
    }
    return {};
}

DecodedPhoto decodeJpeg(FileContent &content, QSize boundingSize, int orientation)
{
    const QSize boundingStored = storedBounding(boundingSize, orientation);
    if (boundingStored.isValid()) {
        // A stored preview spares reading and decoding megabytes of scan data.
        const QSize stored = JpegDecoder::storedSize(content.head());
        if (stored.isValid() && PhotoDecoder::fittedSize(stored, boundingStored) != stored) {
            if (QImage image = storedPreview(content, stored, boundingStored); !image.isNull()) {
                DecodedPhoto photo;
                photo.originalSize = ExifOrientation::displayedSize(stored, orientation);
                photo.image = finished(std::move(image), boundingStored, orientation);
                return photo;
            }
        }
    }
    if (const QString error = content.readAll(); !error.isEmpty())
        return failure(error);
    const QSize stored = JpegDecoder::storedSize(content.bytes());
    const QSize minimum = stored.isValid() && boundingStored.isValid()
                              ? PhotoDecoder::fittedSize(stored, boundingStored)
                              : QSize();
    JpegImage jpeg = JpegDecoder::decode(content.bytes(), minimum);
    if (jpeg.image.isNull())
        return failure(jpeg.error);
    DecodedPhoto photo;
    photo.originalSize = ExifOrientation::displayedSize(jpeg.storedSize, orientation);
    photo.image = finished(std::move(jpeg.image), boundingStored, orientation);
    return photo;
}

DecodedPhoto decodeHeif(const QByteArray &bytes, QSize boundingSize)
{
    // libheif has turned the image upright already (see HeifDecoder).
    HeifImage heif = HeifDecoder::decode(bytes, boundingSize);
    if (heif.image.isNull())
        return failure(heif.error);
    DecodedPhoto photo;
    photo.originalSize = heif.size;
    photo.image = finished(std::move(heif.image), boundingSize, 1);
    return photo;
}

// A RAW file is shown through the previews the camera stored in it: developing the sensor data
// is a RAW editor's work, and the camera's own rendering is what its owner saw on its screen.
DecodedPhoto decodeRaw(const QByteArray &bytes, QSize boundingSize, int orientation)
{
    const QSize boundingStored = storedBounding(boundingSize, orientation);
    const EmbeddedPreviewResult found =
        previewReader().read(bytes, boundingStored, {}, EmbeddedPreviewReader::Fallback::Largest);
    if (!found.error.isEmpty())
        return failure(found.error);
    if (found.preview.isNull())
        return failure(PhotoDecoder::tr("This RAW file holds no preview image to show"));
    QImage image = decodePreview(found.preview, boundingStored);
    if (image.isNull())
        return failure(PhotoDecoder::tr("The preview image in this RAW file is damaged"));
    DecodedPhoto photo;
    photo.originalSize = ExifOrientation::displayedSize(
        found.photoSize.isValid() ? found.photoSize : image.size(), orientation);
    photo.image = finished(std::move(image), boundingStored, orientation);
    return photo;
}

} // namespace

DecodedPhoto PhotoDecoder::decode(const QString &path, QSize boundingSize, int orientation)
{
    if (orientation < 1 || orientation > 8)
        orientation = 1;
    if (boundingSize.isValid() && boundingSize.isEmpty())
        boundingSize = QSize(1, 1);
    FileContent content;
    if (const QString error = content.open(path); !error.isEmpty())
        return failure(error);
    const ImageFormat format = detectImageFormat(
        content.head().first(qMin(content.head().size(), ImageFormatSniffBytes)), suffixOf(path));
    if (format == ImageFormat::Jpeg)
        return decodeJpeg(content, boundingSize, orientation);

    if (const QString error = content.readAll(); !error.isEmpty())
        return failure(error);
    switch (format) {
    case ImageFormat::Heic:
    case ImageFormat::Heif:
    case ImageFormat::Avif:
        return decodeHeif(content.bytes(), boundingSize);
    case ImageFormat::Png:
    case ImageFormat::Tiff:
    case ImageFormat::WebP:
    case ImageFormat::Unknown:
        return decodeWithQt(content.bytes(), qtFormatName(format), boundingSize, orientation);
    default:
        return decodeRaw(content.bytes(), boundingSize, orientation);
    }
}

QSize PhotoDecoder::fittedSize(QSize size, QSize boundingSize)
{
    if (size.isEmpty() || !boundingSize.isValid() ||
        (size.width() <= boundingSize.width() && size.height() <= boundingSize.height()))
        return size;
    QSize fitted = size.scaled(boundingSize, Qt::KeepAspectRatio);
    return fitted.expandedTo(QSize(1, 1));
}
