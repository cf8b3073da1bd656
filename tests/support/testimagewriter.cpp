#include "tests/support/testimagewriter.h"

#include "core/metadata/exiv2compat.h"
#include "core/metadata/metadatareader.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>

#include <cstring>
#include <libheif/heif.h>
#include <memory>

namespace {

QByteArray encode(const QImage &image, const QByteArray &format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format.constData(), 95);
    return bytes;
}

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    if (file.write(bytes) != bytes.size())
        return file.errorString();
    return {};
}

QString messageOf(const heif_error &error)
{
    return QString::fromUtf8(error.message ? error.message : "libheif error");
}

struct HeifDeleter
{
    void operator()(heif_context *context) const { heif_context_free(context); }
    void operator()(heif_encoder *encoder) const { heif_encoder_release(encoder); }
    void operator()(heif_image *image) const { heif_image_release(image); }
    void operator()(heif_image_handle *handle) const { heif_image_handle_release(handle); }
};

// An 8-bit interleaved RGB heif_image holding `image`.
std::unique_ptr<heif_image, HeifDeleter> heifImage(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    heif_image *created = nullptr;
    if (heif_image_create(rgb.width(), rgb.height(), heif_colorspace_RGB,
                          heif_chroma_interleaved_RGB, &created)
            .code != heif_error_Ok)
        return {};
    std::unique_ptr<heif_image, HeifDeleter> result(created);
    if (heif_image_add_plane(created, heif_channel_interleaved, rgb.width(), rgb.height(), 8)
            .code != heif_error_Ok)
        return {};
    int stride = 0;
    uint8_t *plane = heif_image_get_plane(created, heif_channel_interleaved, &stride);
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(plane + qsizetype(y) * stride, rgb.constScanLine(y), size_t(rgb.width()) * 3);
    return result;
}

heif_error appendBytes(heif_context * /*context*/, const void *data, size_t size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(static_cast<const char *>(data), qsizetype(size));
    return heif_error{heif_error_Ok, heif_suberror_Unspecified, "Success"};
}

} // namespace

namespace TestImageWriter {

QImage quadrants(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    const int halfWidth = size.width() / 2;
    const int halfHeight = size.height() / 2;
    painter.fillRect(0, 0, halfWidth, halfHeight, TopLeft);
    painter.fillRect(halfWidth, 0, size.width() - halfWidth, halfHeight, TopRight);
    painter.fillRect(0, halfHeight, halfWidth, size.height() - halfHeight, BottomLeft);
    painter.fillRect(halfWidth, halfHeight, size.width() - halfWidth, size.height() - halfHeight,
                     BottomRight);
    return image;
}

QImage filled(QSize size, QColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

bool similar(QColor a, QColor b)
{
    return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue()) < 60;
}

QString write(const QString &path, const QImage &image, const QByteArray &format)
{
    const QByteArray bytes = encode(image, format);
    if (bytes.isEmpty())
        return QStringLiteral("could not encode %1").arg(QString::fromLatin1(format));
    return writeBytes(path, bytes);
}

QString writeWithExifThumbnail(const QString &path, const QImage &image, const QByteArray &format,
                               const QImage &thumbnail)
{
    static const MetadataReader initializesExiv2;
    Q_UNUSED(initializesExiv2);
    const QByteArray encoded = encode(image, format);
    const QByteArray thumbnailBytes =
        encode(thumbnail.scaled(320, 320, Qt::KeepAspectRatio, Qt::SmoothTransformation), "jpeg");
    if (encoded.isEmpty() || thumbnailBytes.isEmpty())
        return QStringLiteral("could not encode the test image");
    try {
        auto exiv2Image = Exiv2Compat::openImage(
            reinterpret_cast<const std::byte *>(encoded.constData()), std::size_t(encoded.size()));
        exiv2Image->readMetadata();
        Exiv2::ExifThumb exifThumbnail(exiv2Image->exifData());
        const auto *data = reinterpret_cast<const Exiv2::byte *>(thumbnailBytes.constData());
#if EXIV2_TEST_VERSION(0, 28, 0)
        exifThumbnail.setJpegThumbnail(data, std::size_t(thumbnailBytes.size()));
#else
        exifThumbnail.setJpegThumbnail(data, long(thumbnailBytes.size()));
#endif
        exiv2Image->writeMetadata();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return file.errorString();
        Exiv2Compat::copyIo(exiv2Image->io(), file);
        return {};
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what());
    }
}

QString writeWithMpfPreview(const QString &path, const QImage &image, const QImage &preview,
                            qint64 previewOffsetShift)
{
    const QByteArray primary = encode(image, "jpeg");
    const QByteArray previewBytes = encode(preview, "jpeg");
    if (primary.size() < 4 || previewBytes.isEmpty())
        return QStringLiteral("could not encode the test image");
    const auto u16 = [](QByteArray &out, quint32 value) {
        out.append(char(value & 0xff)).append(char((value >> 8) & 0xff));
    };
    const auto u32 = [&u16](QByteArray &out, quint32 value) {
        u16(out, value & 0xffff);
        u16(out, value >> 16);
    };
    // APP2 "MPF\0", then a little-endian MP header: an IFD of three entries whose MPEntry
    // values (two images of 16 bytes) follow it at offset 50.
    constexpr int app2Length = 2 + 4 + 50 + 32;
    const qint64 primarySize = primary.size() + 2 + app2Length;
    const qint64 headerStart = 2 + 4 + 4; // SOI, APP2 marker and length, "MPF\0"
    QByteArray app2("\xff\xe2", 2);
    app2.append(char(app2Length >> 8)).append(char(app2Length & 0xff));
    app2.append("MPF\0", 4);
    app2.append("II*\0", 4);
    u32(app2, 8);
    u16(app2, 3);
    u16(app2, 0xb000); // MPFVersion
    u16(app2, 7);
    u32(app2, 4);
    app2.append("0100", 4);
    u16(app2, 0xb001); // NumberOfImages
    u16(app2, 4);
    u32(app2, 1);
    u32(app2, 2);
    u16(app2, 0xb002); // MPEntry
    u16(app2, 7);
    u32(app2, 32);
    u32(app2, 50);
    u32(app2, 0);          // no next IFD
    u32(app2, 0x20030000); // representative baseline primary image
    u32(app2, quint32(primarySize));
    u32(app2, 0);
    u32(app2, 0);
    u32(app2, 0x00010001); // large thumbnail
    u32(app2, quint32(previewBytes.size()));
    u32(app2, quint32(primarySize - headerStart + previewOffsetShift));
    u32(app2, 0);
    QByteArray bytes = primary.first(2) + app2 + primary.sliced(2) + previewBytes;
    return writeBytes(path, bytes);
}

QString writeHeif(const QString &path, const QImage &image, HeifCodec codec,
                  const QImage &thumbnail, int thumbnailBox)
{
    const std::unique_ptr<heif_context, HeifDeleter> context(heif_context_alloc());
    heif_encoder *encoderPointer = nullptr;
    heif_error error = heif_context_get_encoder_for_format(
        context.get(), codec == HeifCodec::Hevc ? heif_compression_HEVC : heif_compression_AV1,
        &encoderPointer);
    if (error.code != heif_error_Ok)
        return QStringLiteral("no libheif encoder: ") + messageOf(error);
    const std::unique_ptr<heif_encoder, HeifDeleter> encoder(encoderPointer);
    heif_encoder_set_lossy_quality(encoder.get(), 90);
    // The fastest settings: the tests need a valid file, not a small one.
    heif_encoder_set_parameter_string(encoder.get(), "preset", "ultrafast");
    heif_encoder_set_parameter_integer(encoder.get(), "speed", 9);

    const auto primary = heifImage(image);
    if (!primary)
        return QStringLiteral("could not make the heif_image");
    heif_image_handle *handlePointer = nullptr;
    error = heif_context_encode_image(context.get(), primary.get(), encoder.get(), nullptr,
                                      &handlePointer);
    if (error.code != heif_error_Ok)
        return QStringLiteral("encoding failed: ") + messageOf(error);
    const std::unique_ptr<heif_image_handle, HeifDeleter> handle(handlePointer);
    if (!thumbnail.isNull()) {
        const auto small = heifImage(thumbnail);
        heif_image_handle *thumbnailHandle = nullptr;
        error =
            heif_context_encode_thumbnail(context.get(), small.get(), handle.get(), encoder.get(),
                                          nullptr, thumbnailBox, &thumbnailHandle);
        if (error.code != heif_error_Ok || !thumbnailHandle)
            return QStringLiteral("thumbnail encoding failed: ") + messageOf(error);
        heif_image_handle_release(thumbnailHandle);
    }
    QByteArray bytes;
    heif_writer writer{1, appendBytes};
    error = heif_context_write(context.get(), &writer, &bytes);
    if (error.code != heif_error_Ok)
        return QStringLiteral("writing failed: ") + messageOf(error);
    return writeBytes(path, bytes);
}

} // namespace TestImageWriter
