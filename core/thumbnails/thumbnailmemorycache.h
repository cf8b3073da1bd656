#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QImage>

// Thumbnails in memory, costed in bytes and evicted least recently used first. Each entry
// remembers what it was made from (the photo's content identity and orientation), so a
// thumbnail of an edited or re-oriented photo is never handed out. Not thread-safe: the service
// uses it on its own thread only.
class ThumbnailMemoryCache
{
public:
    struct Variant
    {
        QByteArray identityKey;
        int orientation = 1;
    };

    explicit ThumbnailMemoryCache(qint64 limitBytes);

    void insert(qint64 photoId, int bucket, const Variant &variant, const QImage &image);
    // The image made for this bucket, or a null image.
    QImage find(qint64 photoId, int bucket, const Variant &variant);
    struct Found
    {
        QImage image; // null when nothing was found
        int bucket = 0;
    };
    // Another bucket's image to show meanwhile: the smallest larger one (scaling down looks
    // right), else the largest smaller one.
    Found nearest(qint64 photoId, int bucket, const Variant &variant);
    void remove(qint64 photoId);

    qint64 cost() const { return m_cache.totalCost(); }
    qint64 limit() const { return m_cache.maxCost(); }
    int count() const { return int(m_cache.count()); }

    // The bytes an image costs: its pixels (QImage's header is negligible beside them).
    static qint64 costOf(const QImage &image) { return qMax<qint64>(image.sizeInBytes(), 1); }

private:
    struct Key
    {
        qint64 photoId;
        int bucket;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.photoId, key.bucket);
        }
    };
    struct Entry
    {
        Variant variant;
        QImage image;
    };

    QImage lookUp(qint64 photoId, int bucket, const Variant &variant);

    QCache<Key, Entry> m_cache;
};
