#include "ui/common/photomimedata.h"

#include <QMimeData>
#include <QUrl>

namespace PhotoMimeData {

QMimeData *create(const QList<qint64> &photoIds, const QStringList &paths)
{
    auto *mime = new QMimeData;
    // One decimal id a line: readable in a debugger, and no byte order to agree on.
    QByteArray ids;
    for (const qint64 id : photoIds)
        ids += QByteArray::number(id) + '\n';
    mime->setData(QString::fromLatin1(kPhotoIdsType), ids);
    QList<QUrl> urls;
    urls.reserve(paths.size());
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime->setUrls(urls);
    return mime;
}

bool hasPhotoIds(const QMimeData *mime)
{
    return mime && mime->hasFormat(QString::fromLatin1(kPhotoIdsType));
}

QList<qint64> photoIds(const QMimeData *mime)
{
    QList<qint64> ids;
    if (!hasPhotoIds(mime))
        return ids;
    const QByteArray data = mime->data(QString::fromLatin1(kPhotoIdsType));
    for (const QByteArray &line : data.split('\n')) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

} // namespace PhotoMimeData
