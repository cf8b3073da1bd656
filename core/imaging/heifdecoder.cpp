#include "core/imaging/heifdecoder.h"

#include "core/imaging/previewfit.h"

#include <QList>

#include <libheif/heif.h>
#include <memory>
#include <mutex>

namespace {

struct ContextDeleter
{
    void operator()(heif_context *context) const { heif_context_free(context); }
};
struct HandleDeleter
{
    void operator()(heif_image_handle *handle) const { heif_image_handle_release(handle); }
};
struct ImageDeleter
{
    void operator()(heif_image *image) const { heif_image_release(image); }
};
struct OptionsDeleter
{
    void operator()(heif_decoding_options *options) const { heif_decoding_options_free(options); }
};
using Context = std::unique_ptr<heif_context, ContextDeleter>;
using Handle = std::unique_ptr<heif_image_handle, HandleDeleter>;
using Image = std::unique_ptr<heif_image, ImageDeleter>;

void ensureLibheifInitialized()
{
#if LIBHEIF_HAVE_VERSION(1, 13, 0)
    // Loads the decoder plugins where libheif is built with them; never undone, since other
    // threads may be decoding until the process ends.
    static std::once_flag once;
    std::call_once(once, [] { heif_init(nullptr); });
#endif
}

QString messageOf(const heif_error &error)
{
    return QString::fromUtf8(error.message ? error.message : "");
}

QSize sizeOf(const heif_image_handle *handle)
{
    // Already as displayed: libheif swaps the sides of quarter-turned images and applies crops.
    return {heif_image_handle_get_width(handle), heif_image_handle_get_height(handle)};
}

// The smallest stored thumbnail big enough for boundingSize that shows the whole picture.
Handle usableThumbnail(heif_image_handle *primary, QSize boundingSize)
{
    if (!boundingSize.isValid())
        return {};
    const int count = heif_image_handle_get_number_of_thumbnails(primary);
    if (count <= 0)
        return {};
    QList<heif_item_id> ids(count);
    heif_image_handle_get_list_of_thumbnail_IDs(primary, ids.data(), count);
    Handle best;
    for (const heif_item_id id : ids) {
        heif_image_handle *thumbnail = nullptr;
        if (heif_image_handle_get_thumbnail(primary, id, &thumbnail).code != heif_error_Ok)
            continue;
        Handle candidate(thumbnail);
        const QSize size = sizeOf(thumbnail);
        if (!PreviewFit::bigEnough(size, boundingSize) ||
            !PreviewFit::sameShape(size, sizeOf(primary)))
            continue;
        if (!best || qint64(size.width()) * size.height() <
                         qint64(sizeOf(best.get()).width()) * sizeOf(best.get()).height())
            best = std::move(candidate);
    }
    return best;
}

} // namespace

HeifImage HeifDecoder::decode(QByteArrayView bytes, QSize boundingSize)
{
    ensureLibheifInitialized();
    HeifImage result;
    const auto failure = [&result](const QString &error) {
        result.image = QImage();
        result.error = error;
        return result;
    };

    Context context(heif_context_alloc());
    if (!context)
        return failure(tr("Not enough memory to decode the image"));
    heif_error error = heif_context_read_from_memory_without_copy(context.get(), bytes.data(),
                                                                  size_t(bytes.size()), nullptr);
    if (error.code != heif_error_Ok)
        return failure(tr("Damaged HEIF image: %1").arg(messageOf(error)));
    heif_image_handle *primaryHandle = nullptr;
    error = heif_context_get_primary_image_handle(context.get(), &primaryHandle);
    if (error.code != heif_error_Ok)
        return failure(tr("Damaged HEIF image: %1").arg(messageOf(error)));
    const Handle primary(primaryHandle);
    result.size = sizeOf(primary.get());

    const Handle thumbnail = usableThumbnail(primary.get(), boundingSize);
    heif_image_handle *source = thumbnail ? thumbnail.get() : primary.get();
    const bool alpha = heif_image_handle_has_alpha_channel(source);

    const std::unique_ptr<heif_decoding_options, OptionsDeleter> options(
        heif_decoding_options_alloc());
    // 10- and 12-bit images (Sony and Canon HIF, HDR phone photos) come out as 8 bits.
    options->convert_hdr_to_8bit = 1;
    heif_image *decoded = nullptr;
    error = heif_decode_image(source, &decoded, heif_colorspace_RGB,
                              alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB,
                              options.get());
    const Image image(decoded);
    if (error.code != heif_error_Ok)
        return failure(tr("Cannot decode the HEIF image: %1").arg(messageOf(error)));

    int stride = 0;
    const uint8_t *pixels =
        heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    // libheif 1.15 hands out thumbnail items at their coded size, padded to whole HEVC blocks
    // below and to the right, instead of the size the item declares: keep the declared part.
    const QSize declared = sizeOf(source);
    int width = heif_image_get_width(image.get(), heif_channel_interleaved);
    int height = heif_image_get_height(image.get(), heif_channel_interleaved);
    if (declared.width() > 0 && declared.height() > 0) {
        width = qMin(width, declared.width());
        height = qMin(height, declared.height());
    }
    if (!pixels || width <= 0 || height <= 0)
        return failure(tr("Cannot decode the HEIF image: it holds no pixels"));
    const QImage::Format format = !alpha ? QImage::Format_RGB888
                                  : heif_image_handle_is_premultiplied_alpha(source)
                                      ? QImage::Format_RGBA8888_Premultiplied
                                      : QImage::Format_RGBA8888;
    // A view of libheif's plane, converted (and so copied) into the painting-friendly formats.
    const QImage plane(pixels, width, height, stride, format);
    result.image =
        plane.convertToFormat(alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (result.image.isNull())
        return failure(tr("Not enough memory to decode the image"));
    return result;
}
