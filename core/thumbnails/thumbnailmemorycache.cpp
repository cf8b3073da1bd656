#include "core/thumbnails/thumbnailmemorycache.h"

#include "core/thumbnails/thumbnailbucket.h"

#include <ranges>

ThumbnailMemoryCache::ThumbnailMemoryCache(qint64 limitBytes)
    : m_cache(qsizetype(qMax<qint64>(limitBytes, 0)))
{}

void ThumbnailMemoryCache::insert(qint64 photoId, int bucket, const Variant &variant,
                                  const QImage &image)
{
    // QCache takes the entry, and drops it at once when it alone costs more than the limit.
    m_cache.insert(Key{photoId, bucket}, new Entry{variant, image}, qsizetype(costOf(image)));
}

QImage ThumbnailMemoryCache::lookUp(qint64 photoId, int bucket, const Variant &variant)
{
    const Key key{photoId, bucket};
    // object() marks the entry as just used.
    const Entry *entry = m_cache.object(key);
    if (!entry)
        return {};
    if (entry->variant.identityKey != variant.identityKey ||
        entry->variant.orientation != variant.orientation) {
        m_cache.remove(key); // made from another version of the photo
        return {};
    }
    return entry->image;
}

QImage ThumbnailMemoryCache::find(qint64 photoId, int bucket, const Variant &variant)
{
    return lookUp(photoId, bucket, variant);
}

ThumbnailMemoryCache::Found ThumbnailMemoryCache::nearest(qint64 photoId, int bucket,
                                                          const Variant &variant)
{
    for (const int larger : ThumbnailBucket::sizes) {
        if (larger > bucket) {
            if (QImage image = lookUp(photoId, larger, variant); !image.isNull())
                return {image, larger};
        }
    }
    for (const int smaller : std::views::reverse(ThumbnailBucket::sizes)) {
        if (smaller < bucket) {
            if (QImage image = lookUp(photoId, smaller, variant); !image.isNull())
                return {image, smaller};
        }
    }
    return {};
}

void ThumbnailMemoryCache::remove(qint64 photoId)
{
    for (const int bucket : ThumbnailBucket::sizes)
        m_cache.remove(Key{photoId, bucket});
}
