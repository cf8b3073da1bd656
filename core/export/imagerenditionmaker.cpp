#include "core/export/imagerenditionmaker.h"

#include "core/export/exportfilenames.h"
#include "core/imaging/exiforientation.h"
#include "core/imaging/jpegdecoder.h"
#include "core/imaging/jpegencoder.h"
#include "core/imaging/photodecoder.h"
#include "core/metadata/publishedmetadata.h"

#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace {

QString imageName(const ExportPhoto &photo, const QString &suffix)
{
    return ExportFileNames::slugOfFileName(photo.path) + u'-' + QString::number(photo.id) + u'-' +
           suffix;
}

QString originalSuffix(const ExportPhoto &photo)
{
    // Lower case and plain ASCII, like every name the export writes; the extension only says
    // what the file is.
    const QString extension = ExportFileNames::slug(QFileInfo(photo.path).suffix(), QString(), 8);
    return QStringLiteral("original.") + (extension.isEmpty() ? QStringLiteral("bin") : extension);
}

QString folderPrefix(const QString &imageFolder)
{
    return imageFolder.isEmpty() ? QString() : imageFolder + u'/';
}

bool isDirectlyIn(const QString &relativePath, const QString &prefix)
{
    return relativePath.startsWith(prefix) &&
           !QStringView(relativePath).sliced(prefix.size()).contains(u'/');
}

bool isJpeg(QByteArrayView bytes)
{
    return bytes.size() > 3 && uchar(bytes[0]) == 0xff && uchar(bytes[1]) == 0xd8 &&
           uchar(bytes[2]) == 0xff;
}

// The photo upright, scaled to fit `bound`, decoded once.
struct Decoded
{
    QImage image;
    QSize fullSize; // the photo's own size, upright
    QString error;
};

// `size` scaled to fit a square of `bound`, rounded rather than cut: every size is computed from
// the photo's own, so that 3000 x 2000 gives 1024 x 683 and 480 x 320 whatever was made before.
QSize fittedSize(QSize size, int bound)
{
    if (size.width() <= bound && size.height() <= bound)
        return size;
    const double scale = double(bound) / qMax(size.width(), size.height());
    return QSize(qMax(1, qRound(size.width() * scale)), qMax(1, qRound(size.height() * scale)));
}

Decoded decodeJpeg(QByteArrayView bytes, int orientation, int bound)
{
    Decoded decoded;
    const QSize stored = JpegDecoder::storedSize(bytes);
    // The largest image in the stored orientation: libjpeg scales the stored frame.
    const QSize target = stored.isValid() ? fittedSize(stored, bound) : QSize();
    JpegImage jpeg = JpegDecoder::decode(bytes, target);
    if (jpeg.image.isNull()) {
        decoded.error = jpeg.error;
        return decoded;
    }
    QImage image = std::move(jpeg.image);
    // A file whose header could not say its size is taken at the size it decoded to.
    const QSize full = stored.isValid() ? stored : image.size();
    const QSize fitted = fittedSize(full, bound);
    if (fitted != image.size())
        image = image.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // Turned after scaling: the fewest pixels to move.
    decoded.image = ExifOrientation::applied(image, orientation);
    decoded.fullSize = ExifOrientation::displayedSize(full, orientation);
    return decoded;
}

QString writeFile(const QString &path, QByteArrayView bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), bytes.size()) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}

} // namespace

QList<int> ImageRenditionMaker::sizeBounds(const ExportOptions &options)
{
    QList<int> bounds;
    for (int bound : options.imageSizes) {
        if (bound > 0 && !bounds.contains(bound))
            bounds.append(bound);
    }
    std::sort(bounds.begin(), bounds.end(), std::greater<int>());
    return bounds;
}

ImageRenditionMaker::Result ImageRenditionMaker::make(const ExportPhoto &photo,
                                                      const ExportOptions &options,
                                                      const QString &imageFolder)
{
    Result result;
    result.renditions.photoId = photo.id;
    const auto fail = [&](const QString &reason) {
        result.renditions.sizes.clear();
        result.renditions.originalRelativePath.clear();
        result.renditions.error = reason;
        result.files.clear();
        return result;
    };
    if (!photo.available)
        return fail(photo.unavailableReason);
    const QList<int> bounds = sizeBounds(options);
    if (bounds.isEmpty())
        return fail(tr("No image size to publish was chosen."));
    // An empty folder: the images beside the pages, at the output folder's root.
    const QString prefix = folderPrefix(imageFolder);
    if (!ExportFileNames::staysInside(prefix + u'x'))
        return fail(
            tr("The image folder \"%1\" is not inside the export folder.").arg(imageFolder));
    const QDir output(options.outputDirectory);
    if (!output.mkpath(imageFolder.isEmpty() ? QStringLiteral(".") : imageFolder))
        return fail(tr("The folder %1 cannot be made.")
                        .arg(QDir::toNativeSeparators(output.filePath(imageFolder))));

    QFile source(photo.path);
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("The file cannot be read: %1").arg(source.errorString()));
    // Mapped rather than read: the decoder reads the file once, from the page cache.
    const qint64 size = source.size();
    uchar *mapped = size > 0 ? source.map(0, size) : nullptr;
    QByteArray readBytes;
    if (!mapped && size > 0)
        readBytes = source.readAll();
    const QByteArrayView bytes = mapped ? QByteArrayView(mapped, size) : QByteArrayView(readBytes);
    if (bytes.isEmpty())
        return fail(tr("The file is empty."));

    const bool jpeg = isJpeg(bytes);
    Decoded decoded;
    if (jpeg) {
        decoded = decodeJpeg(bytes, photo.orientation, bounds.first());
    } else {
        const DecodedPhoto photoDecoded = PhotoDecoder::decode(
            photo.path, QSize(bounds.first(), bounds.first()), photo.orientation);
        decoded.image = photoDecoded.image;
        decoded.fullSize = photoDecoded.originalSize.isValid() ? photoDecoded.originalSize
                                                               : photoDecoded.image.size();
        decoded.error = photoDecoded.error;
    }
    if (decoded.image.isNull())
        return fail(decoded.error.isEmpty() ? tr("The photo cannot be decoded.") : decoded.error);

    const QByteArray icc = !jpeg && decoded.image.colorSpace().isValid()
                               ? decoded.image.colorSpace().iccProfile()
                               : QByteArray();
    const PublishedMetadata metadata = PublishedMetadata::read(
        photo.path, jpeg ? bytes : QByteArrayView(),
        options.stripPrivateMetadata ? PublishedMetadata::Privacy::Private
                                     : PublishedMetadata::Privacy::Everything,
        photo.title, photo.description, icc);

    // Largest first, each from the one before: every step is a small, smooth reduction.
    QImage previous = decoded.image;
    QList<ImageRendition> made;
    for (int bound : bounds) {
        const QSize fitted = fittedSize(decoded.fullSize, bound);
        QImage image = fitted == previous.size() ? previous
                                                 : previous.scaled(fitted, Qt::IgnoreAspectRatio,
                                                                   Qt::SmoothTransformation);
        const int longest = qMax(image.width(), image.height());
        const QString relativePath =
            prefix + imageName(photo, QString::number(longest) + QStringLiteral(".jpg"));
        if (made.isEmpty() || made.constLast().relativePath != relativePath) {
            const EncodedJpeg encoded =
                JpegEncoder::encode(image, options.jpegQuality, metadata.segments(image.size()));
            if (encoded.bytes.isEmpty())
                return fail(encoded.error);
            if (const QString error = writeFile(output.filePath(relativePath), encoded.bytes);
                !error.isEmpty())
                return fail(tr("%1 cannot be written: %2").arg(relativePath, error));
            made.append({relativePath, image.width(), image.height()});
            ++result.imagesMade;
            ExportManifestFile file;
            file.relativePath = relativePath;
            file.width = image.width();
            file.height = image.height();
            file.bytes = encoded.bytes.size();
            file.fingerprint = ExportManifest::fingerprint(photo, bound, options);
            result.files.append(file);
        } else {
            // A photo smaller than this bound: its one image serves it too.
            ExportManifestFile file = result.files.constLast();
            file.fingerprint = ExportManifest::fingerprint(photo, bound, options);
            result.files.append(file);
        }
        previous = std::move(image);
    }
    std::reverse(made.begin(), made.end());
    result.renditions.sizes = made;

    if (options.includeOriginals) {
        const QString relativePath = prefix + imageName(photo, originalSuffix(photo));
        if (const QString error = writeFile(output.filePath(relativePath), bytes); !error.isEmpty())
            return fail(tr("%1 cannot be written: %2").arg(relativePath, error));
        result.renditions.originalRelativePath = relativePath;
        ++result.imagesMade;
        ExportManifestFile file;
        file.relativePath = relativePath;
        file.bytes = bytes.size();
        file.fingerprint = ExportManifest::originalFingerprint(photo);
        result.files.append(file);
    }
    return result;
}

std::optional<ImageRenditionMaker::Result>
ImageRenditionMaker::reused(const ExportPhoto &photo, const ExportOptions &options,
                            const QString &imageFolder, const ExportManifest &manifest)
{
    if (!photo.available)
        return std::nullopt;
    const QList<int> bounds = sizeBounds(options);
    if (bounds.isEmpty())
        return std::nullopt;
    const QString prefix = folderPrefix(imageFolder);
    Result result;
    result.renditions.photoId = photo.id;
    QList<ImageRendition> sizes;
    for (int bound : bounds) {
        const std::optional<ExportManifestFile> file =
            manifest.find(ExportManifest::fingerprint(photo, bound, options));
        // Made for another image folder (the Jekyll folder changed): not where the pages look.
        if (!file || !isDirectlyIn(file->relativePath, prefix))
            return std::nullopt;
        if (sizes.isEmpty() || sizes.constLast().relativePath != file->relativePath)
            sizes.append({file->relativePath, file->width, file->height});
        result.files.append(*file);
    }
    std::reverse(sizes.begin(), sizes.end());
    result.renditions.sizes = sizes;
    if (options.includeOriginals) {
        const std::optional<ExportManifestFile> file =
            manifest.find(ExportManifest::originalFingerprint(photo));
        if (!file || !isDirectlyIn(file->relativePath, prefix))
            return std::nullopt;
        result.renditions.originalRelativePath = file->relativePath;
        result.files.append(*file);
    }
    return result;
}
