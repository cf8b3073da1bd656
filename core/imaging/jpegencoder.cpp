#include "core/imaging/jpegencoder.h"

#include <array>
#include <csetjmp>
#include <cstdio> // jpeglib.h uses FILE without including it
#include <cstdlib>
#include <jpeglib.h>

namespace {

// As in JpegDecoder: fatal errors jump back to the setjmp() of the step that failed; the steps
// below hold nothing with a destructor, so the jump skips no C++ clean-up.
struct ErrorManager
{
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    std::array<char, JMSG_LENGTH_MAX> message{};
};

void errorExit(j_common_ptr info)
{
    auto *errors = reinterpret_cast<ErrorManager *>(info->err);
    (*info->err->format_message)(info, errors->message.data());
    std::longjmp(errors->jump, 1);
}

void ignoreMessage(j_common_ptr, int) {}

class Compressor
{
public:
    Compressor()
    {
        m_info.err = jpeg_std_error(&m_errors.pub);
        m_errors.pub.error_exit = errorExit;
        m_errors.pub.emit_message = ignoreMessage;
        jpeg_create_compress(&m_info);
    }
    ~Compressor()
    {
        jpeg_destroy_compress(&m_info);
        std::free(m_buffer); // jpeg_mem_dest's buffer is the caller's to free
    }
    Compressor(const Compressor &) = delete;
    Compressor &operator=(const Compressor &) = delete;

    jpeg_compress_struct m_info{};
    ErrorManager m_errors{};
    unsigned char *m_buffer = nullptr;
    unsigned long m_size = 0;
};

bool compress(Compressor &compressor, const QImage &image, int quality,
              const QList<JpegAppSegment> &segments)
{
    jpeg_compress_struct &info = compressor.m_info;
    if (setjmp(compressor.m_errors.jump))
        return false;
    jpeg_mem_dest(&info, &compressor.m_buffer, &compressor.m_size);
    info.image_width = JDIMENSION(image.width());
    info.image_height = JDIMENSION(image.height());
    if (image.format() == QImage::Format_Grayscale8) {
        info.input_components = 1;
        info.in_color_space = JCS_GRAYSCALE;
    } else {
        // QImage's 0xffRRGGBB words, read in place.
        info.input_components = 4;
        info.in_color_space = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? JCS_EXT_BGRX : JCS_EXT_XRGB;
    }
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, qBound(1, quality, 100), TRUE);
    jpeg_start_compress(&info, TRUE);
    for (const JpegAppSegment &segment : segments)
        jpeg_write_marker(&info, segment.marker,
                          reinterpret_cast<const JOCTET *>(segment.payload.constData()),
                          unsigned(segment.payload.size()));
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(image.constScanLine(int(info.next_scanline)));
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    return true;
}

} // namespace

EncodedJpeg JpegEncoder::encode(const QImage &image, int quality,
                                const QList<JpegAppSegment> &segments)
{
    EncodedJpeg result;
    if (image.isNull()) {
        result.error = tr("There is no image to encode.");
        return result;
    }
    for (const JpegAppSegment &segment : segments) {
        if (segment.payload.size() > 65533 || segment.marker < 0xe0 || segment.marker > 0xef) {
            result.error = tr("A metadata segment does not fit into a JPEG file.");
            return result;
        }
    }
    QImage pixels = image;
    if (pixels.format() != QImage::Format_Grayscale8 && pixels.format() != QImage::Format_RGB32)
        pixels = pixels.convertToFormat(pixels.hasAlphaChannel() ? QImage::Format_ARGB32
                                                                 : QImage::Format_RGB32);
    if (pixels.hasAlphaChannel()) {
        // JPEG has no transparency: what is transparent shows on white, as a browser shows a
        // transparent PNG on a white page.
        QImage opaque(pixels.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        for (int y = 0; y < pixels.height(); ++y) {
            const auto *in = reinterpret_cast<const QRgb *>(pixels.constScanLine(y));
            auto *out = reinterpret_cast<QRgb *>(opaque.scanLine(y));
            for (int x = 0; x < pixels.width(); ++x) {
                const int a = qAlpha(in[x]);
                out[x] = qRgb((qRed(in[x]) * a + 255 * (255 - a)) / 255,
                              (qGreen(in[x]) * a + 255 * (255 - a)) / 255,
                              (qBlue(in[x]) * a + 255 * (255 - a)) / 255);
            }
        }
        pixels = opaque;
    }
    Compressor compressor;
    if (!compress(compressor, pixels, quality, segments)) {
        result.error = tr("The image could not be encoded as JPEG: %1")
                           .arg(QString::fromLocal8Bit(compressor.m_errors.message.data()));
        return result;
    }
    result.bytes = QByteArray(reinterpret_cast<const char *>(compressor.m_buffer),
                              qsizetype(compressor.m_size));
    return result;
}
