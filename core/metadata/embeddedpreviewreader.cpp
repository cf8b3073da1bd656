#include "core/metadata/embeddedpreviewreader.h"

#include "core/metadata/exiv2compat.h"
#include "core/metadata/exiv2init.h"

#include <new>

namespace {

QSize sizeOf(const Exiv2::PreviewProperties &properties)
{
    return {int(properties.width_), int(properties.height_)};
}

bool sameShape(QSize a, QSize b)
{
    // Within 3 %: a RAW file's previews drop a few border pixels of the sensor.
    return qAbs(double(a.width()) * b.height() - double(a.height()) * b.width()) <=
           0.03 * double(a.width()) * b.height();
}

// Scaled down to fit boundingSize, the picture would reach one of its sides.
bool bigEnough(QSize size, QSize boundingSize)
{
    return !boundingSize.isValid() || size.width() >= boundingSize.width() ||
           size.height() >= boundingSize.height();
}

qint64 area(QSize size)
{
    return qint64(size.width()) * size.height();
}

// Which of the previews to decode: the smallest usable one, or the fallback.
const Exiv2::PreviewProperties *choose(const Exiv2::PreviewPropertiesList &list, QSize boundingSize,
                                       QSize photoShape, EmbeddedPreviewReader::Fallback fallback)
{
    const Exiv2::PreviewProperties *largest = nullptr;
    for (const Exiv2::PreviewProperties &properties : list) {
        if (!sizeOf(properties).isEmpty() &&
            (!largest || area(sizeOf(properties)) > area(sizeOf(*largest))))
            largest = &properties;
    }
    if (!largest)
        return nullptr;
    if (!boundingSize.isValid())
        return largest;
    const QSize shape = photoShape.isEmpty() ? sizeOf(*largest) : photoShape;
    const Exiv2::PreviewProperties *best = nullptr;
    for (const Exiv2::PreviewProperties &properties : list) {
        const QSize size = sizeOf(properties);
        if (size.isEmpty() || !bigEnough(size, boundingSize) || !sameShape(size, shape))
            continue;
        if (!best || area(size) < area(sizeOf(*best)))
            best = &properties;
    }
    if (!best && fallback == EmbeddedPreviewReader::Fallback::Largest)
        best = largest;
    return best;
}

QByteArray formatOf(const std::string &extension)
{
    // ".jpg", ".tif": QImageReader knows both spellings.
    QByteArray format = QByteArray::fromStdString(extension).toLower();
    if (format.startsWith('.'))
        format.remove(0, 1);
    return format;
}

} // namespace

EmbeddedPreviewReader::EmbeddedPreviewReader()
{
    ensureExiv2Initialized();
}

EmbeddedPreviewResult EmbeddedPreviewReader::read(QByteArrayView bytes, QSize boundingSize,
                                                  QSize photoShape, Fallback fallback) const
{
    EmbeddedPreviewResult result;
    if (bytes.isEmpty()) {
        result.error = tr("The file is empty");
        return result;
    }
    try {
        const auto image = Exiv2Compat::openImage(reinterpret_cast<const std::byte *>(bytes.data()),
                                                  std::size_t(bytes.size()));
        if (!image.get()) {
            result.error = tr("Not a supported image format");
            return result;
        }
        image->readMetadata();
        if (image->pixelWidth() > 0 && image->pixelHeight() > 0)
            result.photoSize = QSize(int(image->pixelWidth()), int(image->pixelHeight()));
        const Exiv2::PreviewManager manager(*image);
        const Exiv2::PreviewPropertiesList list = manager.getPreviewProperties();
        const Exiv2::PreviewProperties *chosen = choose(list, boundingSize, photoShape, fallback);
        if (!chosen)
            return result;
        const Exiv2::PreviewImage preview = manager.getPreviewImage(*chosen);
        result.preview.data =
            QByteArray(reinterpret_cast<const char *>(preview.pData()), qsizetype(preview.size()));
        result.preview.format = formatOf(chosen->extension_);
        result.preview.size = sizeOf(*chosen);
    } catch (const Exiv2Compat::Error &error) {
        if (Exiv2Compat::isUnknownImageType(error))
            result.error = tr("Not a supported image format");
        else
            result.error = tr("Damaged image metadata: %1").arg(QString::fromUtf8(error.what()));
    } catch (const std::bad_alloc &) {
        result.error = tr("Not enough memory to read the embedded preview");
    } catch (const std::exception &error) {
        result.error = tr("Damaged image metadata: %1").arg(QString::fromUtf8(error.what()));
    } catch (...) {
        result.error = tr("Damaged image metadata");
    }
    if (!result.error.isEmpty())
        result.preview = EmbeddedPreview();
    return result;
}
