#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>

#include <atomic>

// Thumbnails on disk, so that a photo is decoded once and not at every start. A thumbnail is a
// file named after the photo's content identity (not its path: a moved or renamed photo keeps its
// thumbnail, an edited one gets a new one), its size bucket and its orientation, spread over 256
// sub-folders by the first byte of the identity:
//     <directory>/3f/3fa4...e1-256-1.jpg
// JPEG at quality 90 (PNG when the picture has transparency), written under a temporary name and
// renamed into place, so no reader ever sees half a thumbnail. Past the size limit the least
// recently used files go; each hit refreshes its file's modification time, which is how the order
// of use survives restarts. Only files of that pattern are ever counted or deleted, whatever else
// the folder holds. Thread-safe; every method but size() and limit() touches the disk and belongs
// on a worker.
class ThumbnailDiskCache
{
public:
    ThumbnailDiskCache(const QString &directory, qint64 limitBytes);

    // Counts what earlier sessions left; until it has run, pruning waits.
    void scan();

    // The thumbnail stored for this identity, bucket and orientation, or a null image.
    QImage load(const QByteArray &identityKey, int bucket, int orientation);
    // Stores a thumbnail; false when it could not be written (a full disk, a read-only folder).
    bool store(const QByteArray &identityKey, int bucket, int orientation, const QImage &image);

    void setLimit(qint64 bytes) { m_limit = qMax<qint64>(bytes, 0); }
    qint64 limit() const { return m_limit; }
    // Bytes of thumbnails on disk, as far as known (the scan adds what earlier sessions left).
    qint64 size() const { return m_size; }
    // Deletes the least recently used thumbnails until the cache is 10 % below its limit, if it
    // is above it. The margin keeps a full cache from pruning at every new thumbnail.
    void prune();
    // Deletes every thumbnail.
    void clear();

    QString directory() const { return m_directory; }
    // Where the thumbnail for this key lives, relative to directory(), without the suffix.
    static QString baseName(const QByteArray &identityKey, int bucket, int orientation);

private:
    struct Entry
    {
        qint64 bytes = 0;
        qint64 lastUsedMs = 0;
    };

    void record(const QString &relativePath, qint64 bytes, qint64 lastUsedMs);
    void forget(const QString &relativePath);

    const QString m_directory;
    std::atomic<qint64> m_limit;
    std::atomic<qint64> m_size = 0;
    QMutex m_mutex; // guards m_entries and m_scanned; never held while the disk is touched
    QHash<QString, Entry> m_entries; // by path relative to m_directory
    bool m_scanned = false;
};
