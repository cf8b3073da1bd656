#include "core/thumbnails/thumbnaildiskcache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>

namespace {

constexpr int jpegQuality = 90;

const QRegularExpression &thumbnailFileName()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9a-f]{2})[0-9a-f]*-[0-9]+-[0-9]\\.(jpg|png)$"));
    return pattern;
}

// A thumbnail being written: its name and QTemporaryFile's six random characters.
const QRegularExpression &unfinishedFileName()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{2}[0-9a-f]*-[0-9]+-[0-9]\\.(jpg|png)\\.[A-Za-z0-9]{6}$"));
    return pattern;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ThumbnailDiskCache::ThumbnailDiskCache(const QString &directory, qint64 limitBytes)
    : m_directory(QDir::cleanPath(directory))
    , m_limit(qMax<qint64>(limitBytes, 0))
{}

QString ThumbnailDiskCache::baseName(const QByteArray &identityKey, int bucket, int orientation)
{
    const QString hex = QString::fromLatin1(identityKey.toHex());
    return QStringLiteral("%1/%2-%3-%4").arg(hex.left(2), hex).arg(bucket).arg(orientation);
}

void ThumbnailDiskCache::scan()
{
    QHash<QString, Entry> found;
    QDirIterator it(m_directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (unfinishedFileName().match(info.fileName()).hasMatch() &&
            info.lastModified().secsTo(QDateTime::currentDateTime()) > 3600) {
            QFile::remove(info.filePath()); // left by a crash while writing
            continue;
        }
        const QRegularExpressionMatch match = thumbnailFileName().match(info.fileName());
        // Only <xx>/<xx...>-<bucket>-<orientation>.<suffix>, one level down.
        if (!match.hasMatch() || info.dir().dirName() != match.captured(1) ||
            QFileInfo(info.path()).path() != m_directory)
            continue;
        found.insert(match.captured(1) + QLatin1Char('/') + info.fileName(),
                     Entry{info.size(), info.lastModified().toMSecsSinceEpoch()});
    }
    {
        const QMutexLocker locker(&m_mutex);
        for (auto entry = found.cbegin(); entry != found.cend(); ++entry) {
            // Thumbnails stored while the scan ran are already counted, and newer.
            if (!m_entries.contains(entry.key())) {
                m_entries.insert(entry.key(), entry.value());
                m_size += entry.value().bytes;
            }
        }
        m_scanned = true;
    }
    prune();
}

QImage ThumbnailDiskCache::load(const QByteArray &identityKey, int bucket, int orientation)
{
    const QString base = baseName(identityKey, bucket, orientation);
    for (const char *suffix : {".jpg", ".png"}) {
        const QString relativePath = base + QLatin1String(suffix);
        QFile file(m_directory + QLatin1Char('/') + relativePath);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QImageReader reader(&file, suffix + 1);
        QImage image = reader.read();
        if (image.isNull()) {
            // Damaged on disk: make it again.
            file.close();
            file.remove();
            forget(relativePath);
            return {};
        }
        const qint64 now = nowMs();
        // The file's time is the order of use after a restart.
        file.setFileTime(QDateTime::fromMSecsSinceEpoch(now), QFileDevice::FileModificationTime);
        record(relativePath, file.size(), now);
        image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                : QImage::Format_RGB32);
        return image;
    }
    return {};
}

bool ThumbnailDiskCache::store(const QByteArray &identityKey, int bucket, int orientation,
                               const QImage &image)
{
    if (identityKey.isEmpty() || image.isNull())
        return false;
    const bool alpha = image.hasAlphaChannel();
    const QString relativePath =
        baseName(identityKey, bucket, orientation) + QLatin1String(alpha ? ".png" : ".jpg");
    const QString path = m_directory + QLatin1Char('/') + relativePath;
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    // Written beside its place under a temporary name (on Linux an unnamed file) and renamed
    // into it, so a reader never sees half a thumbnail. Not QSaveFile: it flushes every file to
    // the disk before renaming, which made each thumbnail wait for the disk (a third of the time
    // of making one from an MPF preview here). A cache needs no such promise: a thumbnail lost or
    // damaged by a power cut is found undecodable by load() and made again.
    QTemporaryFile file(path + QStringLiteral(".XXXXXX"));
    if (!file.open())
        return false;
    QImageWriter writer(&file, alpha ? "png" : "jpeg");
    if (!alpha)
        writer.setQuality(jpegQuality);
    if (!writer.write(image) || !file.flush())
        return false;
    const qint64 bytes = file.size();
    // rename() does not replace: a thumbnail made again (after an orientation or bucket clash,
    // or by two photos with one content) replaces the old one.
    QFile::remove(path);
    if (file.rename(path))
        file.setAutoRemove(false);     // or QTemporaryFile deletes it, under its new name
    else if (!QFileInfo::exists(path)) // else another thread wrote the same thumbnail first
        return false;
    record(relativePath, bytes, nowMs());
    if (m_size > m_limit)
        prune();
    return true;
}

void ThumbnailDiskCache::record(const QString &relativePath, qint64 bytes, qint64 lastUsedMs)
{
    const QMutexLocker locker(&m_mutex);
    Entry &entry = m_entries[relativePath];
    m_size += bytes - entry.bytes;
    entry.bytes = bytes;
    entry.lastUsedMs = lastUsedMs;
}

void ThumbnailDiskCache::forget(const QString &relativePath)
{
    const QMutexLocker locker(&m_mutex);
    const auto entry = m_entries.constFind(relativePath);
    if (entry != m_entries.cend()) {
        m_size -= entry->bytes;
        m_entries.erase(entry);
    }
}

void ThumbnailDiskCache::prune()
{
    QStringList victims;
    {
        const QMutexLocker locker(&m_mutex);
        if (!m_scanned || m_size <= m_limit)
            return;
        QList<QPair<qint64, QString>> byAge;
        byAge.reserve(m_entries.size());
        for (auto entry = m_entries.cbegin(); entry != m_entries.cend(); ++entry)
            byAge.append({entry->lastUsedMs, entry.key()});
        std::sort(byAge.begin(), byAge.end());
        const qint64 target = m_limit - m_limit / 10;
        for (const auto &[lastUsed, relativePath] : byAge) {
            if (m_size <= target)
                break;
            m_size -= m_entries.take(relativePath).bytes;
            victims.append(relativePath);
        }
    }
    for (const QString &relativePath : victims)
        QFile::remove(m_directory + QLatin1Char('/') + relativePath);
}

void ThumbnailDiskCache::clear()
{
    {
        const QMutexLocker locker(&m_mutex);
        m_entries.clear();
        m_size = 0;
    }
    // From the folder itself, not the index: the scan may not have run yet.
    QDirIterator it(m_directory, QDir::Files, QDirIterator::Subdirectories);
    QStringList folders;
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QRegularExpressionMatch match = thumbnailFileName().match(info.fileName());
        if (!match.hasMatch() || info.dir().dirName() != match.captured(1) ||
            QFileInfo(info.path()).path() != m_directory)
            continue;
        QFile::remove(info.filePath());
        if (!folders.contains(info.path()))
            folders.append(info.path());
    }
    // rmdir() removes only empty folders: anything else put there stays.
    for (const QString &folder : folders)
        QDir().rmdir(folder);
}
