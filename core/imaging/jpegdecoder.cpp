#include "core/imaging/jpegdecoder.h"

#include <array>
#include <csetjmp>
#include <cstdio> // jpeglib.h uses FILE without including it
#include <jerror.h>
#include <jpeglib.h>

namespace {

// libjpeg reports fatal errors through error_exit, which must not return: it jumps back to the
// setjmp() of the step that failed. Each step below is a function of its own holding nothing
// with a destructor, so the jump skips no C++ clean-up; the QImage lives in the caller.
struct ErrorManager
{
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    std::array<char, JMSG_LENGTH_MAX> message{};
    bool endOfFile = false; // libjpeg ran out of data and made up an end-of-image marker
};

void errorExit(j_common_ptr info)
{
    auto *errors = reinterpret_cast<ErrorManager *>(info->err);
    (*info->err->format_message)(info, errors->message.data());
    std::longjmp(errors->jump, 1);
}

// Warnings are recoverable damage (a few corrupt bytes in the scan show as a smudge). The one
// that matters is the end of the data before the end of the image: a truncated file.
void emitMessage(j_common_ptr info, int level)
{
    if (level >= 0)
        return; // trace messages
    auto *errors = reinterpret_cast<ErrorManager *>(info->err);
    if (info->err->msg_code == JWRN_JPEG_EOF)
        errors->endOfFile = true;
    ++info->err->num_warnings;
}

// A decompressor with our error handling, destroyed with its scope.
class Decompressor
{
public:
    Decompressor()
    {
        m_info.err = jpeg_std_error(&m_errors.pub);
        m_errors.pub.error_exit = errorExit;
        m_errors.pub.emit_message = emitMessage;
        jpeg_create_decompress(&m_info);
        // A damaged header can ask for gigabytes of coefficient buffers (progressive JPEGs keep
        // the whole image's); past this libjpeg fails with an error instead.
        m_info.mem->max_memory_to_use = 1024L * 1024 * 1024;
    }
    ~Decompressor() { jpeg_destroy_decompress(&m_info); }
    Decompressor(const Decompressor &) = delete;
    Decompressor &operator=(const Decompressor &) = delete;

    jpeg_decompress_struct m_info{};
    ErrorManager m_errors{};
};

bool readHeader(jpeg_decompress_struct &info, ErrorManager &errors, QByteArrayView bytes)
{
    if (setjmp(errors.jump))
        return false;
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char *>(bytes.data()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    return true;
}

bool calculateOutputSize(jpeg_decompress_struct &info, ErrorManager &errors)
{
    if (setjmp(errors.jump))
        return false;
    jpeg_calc_output_dimensions(&info);
    return true;
}

bool readPixels(jpeg_decompress_struct &info, ErrorManager &errors, uchar *bits,
                qsizetype bytesPerLine)
{
    if (setjmp(errors.jump))
        return false;
    jpeg_start_decompress(&info);
    std::array<JSAMPROW, 16> rows{};
    while (info.output_scanline < info.output_height) {
        const JDIMENSION count =
            qMin<JDIMENSION>(JDIMENSION(rows.size()), info.output_height - info.output_scanline);
        for (JDIMENSION i = 0; i < count; ++i)
            rows[i] = bits + qsizetype(info.output_scanline + i) * bytesPerLine;
        if (jpeg_read_scanlines(&info, rows.data(), count) == 0)
            return false; // suspended: cannot happen with a memory source, but must not loop
    }
    // No jpeg_finish_decompress(): every pixel is read, and what follows the last scan (an end
    // marker, or a camera's trailer of previews) is not worth walking.
    return true;
}

// Adobe writes CMYK (and YCCK, which libjpeg turns into CMYK) inverted: 255 means no ink.
void convertInvertedCmykRows(QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        auto *pixel = reinterpret_cast<QRgb *>(image.scanLine(y));
        const uchar *cmyk = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x, cmyk += 4) {
            const int k = cmyk[3];
            // In place: pixel x is written after its four bytes were read.
            pixel[x] = qRgb(k * cmyk[0] / 255, k * cmyk[1] / 255, k * cmyk[2] / 255);
        }
    }
}

// The numerator M of the smallest M/8 scale whose output still covers `minimum`.
unsigned int scaleNumerator(QSize stored, QSize minimum)
{
    unsigned int numerator = 8;
    if (minimum.isValid()) {
        for (unsigned int m = 1; m < 8; ++m) {
            // libjpeg rounds output dimensions up.
            const qint64 width = (qint64(stored.width()) * m + 7) / 8;
            const qint64 height = (qint64(stored.height()) * m + 7) / 8;
            if (width >= minimum.width() && height >= minimum.height()) {
                numerator = m;
                break;
            }
        }
    }
    while (numerator > 1 &&
           qint64(stored.width()) * numerator / 8 * stored.height() * numerator / 8 >
               JpegDecoder::maximumPixels)
        --numerator;
    return numerator;
}

} // namespace

QSize JpegDecoder::storedSize(QByteArrayView bytes)
{
    Decompressor decompressor;
    if (!readHeader(decompressor.m_info, decompressor.m_errors, bytes))
        return {};
    return {int(decompressor.m_info.image_width), int(decompressor.m_info.image_height)};
}

JpegImage JpegDecoder::decode(QByteArrayView bytes, QSize minimumSize)
{
    JpegImage result;
    Decompressor decompressor;
    jpeg_decompress_struct &info = decompressor.m_info;
    ErrorManager &errors = decompressor.m_errors;
    const auto failure = [&](const QString &fallback) {
        if (errors.endOfFile)
            result.error = tr("The file is truncated");
        else if (errors.message[0] != 0)
            result.error =
                tr("Damaged JPEG: %1").arg(QString::fromLocal8Bit(errors.message.data()));
        else
            result.error = fallback;
        result.image = QImage();
        return result;
    };

    if (!readHeader(info, errors, bytes))
        return failure(tr("Damaged JPEG: the header cannot be read"));
    result.storedSize = QSize(int(info.image_width), int(info.image_height));

    QImage::Format format = QImage::Format_RGB32;
    switch (info.jpeg_color_space) {
    case JCS_GRAYSCALE:
        info.out_color_space = JCS_GRAYSCALE;
        format = QImage::Format_Grayscale8;
        break;
    case JCS_CMYK:
    case JCS_YCCK:
        info.out_color_space = JCS_CMYK;
        break;
    default:
        // libjpeg-turbo writes QImage's 0xAARRGGBB words directly, alpha set to 0xff.
        info.out_color_space = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? JCS_EXT_BGRA : JCS_EXT_ARGB;
        break;
    }
    info.scale_num = scaleNumerator(result.storedSize, minimumSize);
    info.scale_denom = 8;
    if (info.scale_num < 8) {
        // A reduced image is scaled again to its final size: the slower, smoother chroma
        // upsampling would not show.
        info.do_fancy_upsampling = FALSE;
    }
    if (!calculateOutputSize(info, errors))
        return failure(tr("Damaged JPEG: the header cannot be read"));

    QImage image(int(info.output_width), int(info.output_height), format);
    if (image.isNull())
        return failure(tr("The image is too large to decode (%1 x %2 pixels)")
                           .arg(info.image_width)
                           .arg(info.image_height));
    if (!readPixels(info, errors, image.bits(), image.bytesPerLine()) || errors.endOfFile)
        return failure(tr("Damaged JPEG: the image data cannot be decoded"));
    if (info.out_color_space == JCS_CMYK)
        convertInvertedCmykRows(image);
    result.image = std::move(image);
    return result;
}
