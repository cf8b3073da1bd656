#include "core/thumbnails/thumbnailmaker.h"

#include "core/imaging/photodecoder.h"
#include "core/thumbnails/thumbnaildiskcache.h"

ThumbnailResult ThumbnailMaker::make(ThumbnailJob job, ThumbnailDiskCache *disk)
{
    ThumbnailResult result;
    const QImage source = std::exchange(job.source, QImage());
    result.job = std::move(job);
    const ThumbnailJob &asked = result.job;
    const QSize bounding(asked.bucket, asked.bucket);
    const bool cacheOnDisk = disk && !asked.identityKey.isEmpty();

    if (cacheOnDisk) {
        result.image = disk->load(asked.identityKey, asked.bucket, asked.orientation);
        if (!result.image.isNull())
            return result;
    }
    if (!source.isNull()) {
        const QSize size = PhotoDecoder::fittedSize(source.size(), bounding);
        result.image = size == source.size()
                           ? source
                           : source.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    } else {
        DecodedPhoto decoded = PhotoDecoder::decode(asked.path, bounding, asked.orientation);
        if (!decoded.isValid()) {
            result.error = decoded.error;
            return result;
        }
        result.image = std::move(decoded.image);
    }
    if (cacheOnDisk)
        disk->store(asked.identityKey, asked.bucket, asked.orientation, result.image);
    return result;
}
