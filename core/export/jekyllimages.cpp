#include "core/export/jekyllimages.h"

#include <QStringList>
#include <QUrl>

JekyllImages::JekyllImages(const QHash<qint64, PhotoRenditions> &images, const QString &folder)
    : m_images(images)
    , m_folderUrl(folderUrl(folder))
{}

const ImageRendition *JekyllImages::pageImage(qint64 photoId) const
{
    const auto found = m_images.constFind(photoId);
    if (found == m_images.constEnd() || !found->isValid())
        return nullptr;
    for (const ImageRendition &image : found->sizes) {
        if (qMax(image.width, image.height) >= PageImageSide)
            return &image;
    }
    return &found->largest();
}

const ImageRendition *JekyllImages::largeImage(qint64 photoId) const
{
    const auto found = m_images.constFind(photoId);
    if (found == m_images.constEnd() || !found->isValid())
        return nullptr;
    return &found->largest();
}

QString JekyllImages::url(const ImageRendition &image) const
{
    const QString fileName = image.relativePath.section(u'/', -1);
    return m_folderUrl + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(fileName));
}

std::optional<QString> JekyllImages::pageUrl(qint64 photoId) const
{
    const ImageRendition *image = pageImage(photoId);
    return image ? std::optional<QString>(url(*image)) : std::nullopt;
}

std::optional<QString> JekyllImages::largeUrl(qint64 photoId) const
{
    const ImageRendition *image = largeImage(photoId);
    return image ? std::optional<QString>(url(*image)) : std::nullopt;
}

QString JekyllImages::folderUrl(const QString &folder)
{
    QString path;
    const QStringList segments =
        QString(folder).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        // As ExportWorker makes the folder: blanks around a segment dropped, empty ones skipped.
        if (const QString name = segment.trimmed(); !name.isEmpty())
            path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name));
    }
    return path;
}
