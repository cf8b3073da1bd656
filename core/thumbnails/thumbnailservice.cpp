#include "core/thumbnails/thumbnailservice.h"

#include "core/thumbnails/backgroundpriority.h"
#include "core/thumbnails/thumbnailbucket.h"
#include "core/thumbnails/thumbnaildiskcache.h"
#include "core/thumbnails/thumbnailmaker.h"
#include "core/thumbnails/thumbnailmemorycache.h"
#include "core/thumbnails/thumbnailqueue.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <memory>

class ThumbnailService::Private
{
public:
    struct Failure
    {
        QString reason;
        QByteArray identityKey;
    };

    Private(ThumbnailService *service, const Settings &settings)
        : q(service)
        , memory(settings.memoryCacheLimitBytes)
        , threadCount(settings.threadCount > 0 ? settings.threadCount
                                               : qMax(1, QThread::idealThreadCount()))
    {
        pool.setMaxThreadCount(threadCount);
        pool.setObjectName(QStringLiteral("Thumbnails"));
        if (!settings.cacheDirectory.isEmpty()) {
            disk = std::make_shared<ThumbnailDiskCache>(settings.cacheDirectory,
                                                        settings.diskCacheLimitBytes);
            diskLimit = settings.diskCacheLimitBytes;
        }
    }

    void enqueue(ThumbnailJob job);
    void startWorkers();
    void work();
    void deliver(const ThumbnailResult &result);
    void runOnDisk(std::function<void(ThumbnailDiskCache &)> task);

    ThumbnailService *const q;

    // The service's thread only (the GUI thread): no lock.
    ThumbnailMemoryCache memory;
    QHash<qint64, Failure> failures;
    // Requests queued or being made, so that the thousands of thumbnail() calls a second for
    // photos not ready yet cost a hash look-up, not the queue's lock.
    QSet<ThumbnailQueue::Key> requested;
    qint64 diskLimit = 0;

    // Shared with the workers.
    QMutex mutex; // guards queue, workers and stopping
    ThumbnailQueue queue;
    int workers = 0;
    bool stopping = false;
    std::shared_ptr<ThumbnailDiskCache> disk; // thread-safe itself; null without a cache folder

    const int threadCount;
    QThreadPool pool;
};

void ThumbnailService::Private::enqueue(ThumbnailJob job)
{
    const ThumbnailQueue::Key key = ThumbnailQueue::keyOf(job);
    {
        const QMutexLocker locker(&mutex);
        queue.enqueue(std::move(job));
    }
    requested.insert(key);
    startWorkers();
}

void ThumbnailService::Private::startWorkers()
{
    const QMutexLocker locker(&mutex);
    // Each worker takes jobs until the queue is empty, so the queue's order holds for every job,
    // not only for the ones queued before a thread was free.
    while (!stopping && workers < threadCount && queue.queuedCount() > qsizetype(0) &&
           workers < queue.queuedCount() + queue.runningCount()) {
        ++workers;
        pool.start([this] { work(); });
    }
}

void ThumbnailService::Private::work()
{
    // The pool's threads only ever make thumbnails: lowering them once lasts.
    static thread_local const bool lowered = [] {
        BackgroundPriority::lowerCurrentThread();
        return true;
    }();
    Q_UNUSED(lowered);
    while (true) {
        std::optional<ThumbnailJob> job;
        {
            const QMutexLocker locker(&mutex);
            if (!stopping)
                job = queue.takeNext();
            if (!job) {
                --workers;
                return;
            }
        }
        const ThumbnailQueue::Key key = ThumbnailQueue::keyOf(*job);
        ThumbnailResult result = ThumbnailMaker::make(std::move(*job), disk.get());
        {
            const QMutexLocker locker(&mutex);
            queue.finish(key);
        }
        // Queued to the service's thread; dropped by Qt if the service is gone by then.
        QMetaObject::invokeMethod(
            q, [this, result = std::move(result)] { deliver(result); }, Qt::QueuedConnection);
    }
}

void ThumbnailService::Private::deliver(const ThumbnailResult &result)
{
    const qint64 photoId = result.job.photoId;
    requested.remove(ThumbnailQueue::keyOf(result.job));
    if (result.image.isNull()) {
        failures.insert(photoId, Failure{result.error, result.job.identityKey});
        emit q->thumbnailFailed(photoId, result.error);
        return;
    }
    failures.remove(photoId);
    memory.insert(photoId, result.job.bucket,
                  ThumbnailMemoryCache::Variant{result.job.identityKey, result.job.orientation},
                  result.image);
    emit q->thumbnailReady(photoId);
}

void ThumbnailService::Private::runOnDisk(std::function<void(ThumbnailDiskCache &)> task)
{
    if (!disk)
        return;
    // The pool's threads, not the caller's: the GUI thread never waits on the disk.
    pool.start([cache = disk, task = std::move(task)] { task(*cache); });
}

ThumbnailService::ThumbnailService(const Settings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, settings))
{
    d->runOnDisk([](ThumbnailDiskCache &cache) { cache.scan(); });
}

ThumbnailService::~ThumbnailService()
{
    {
        const QMutexLocker locker(&d->mutex);
        d->stopping = true;
        d->queue.clear();
    }
    // Jobs already running finish (a decode takes milliseconds); results they post are dropped
    // with this object.
    d->pool.waitForDone();
}

QImage ThumbnailService::thumbnail(const ThumbnailRequest &request)
{
    const int bucket = ThumbnailBucket::forPixelSize(request.pixelSize);
    const ThumbnailMemoryCache::Variant variant{request.identityKey, request.orientation};
    if (QImage image = d->memory.find(request.photoId, bucket, variant); !image.isNull())
        return image;
    if (const auto failed = d->failures.constFind(request.photoId); failed != d->failures.cend()) {
        if (failed->identityKey == request.identityKey)
            return {};
        d->failures.erase(failed); // the photo changed since: try again
    }
    const ThumbnailMemoryCache::Found meanwhile =
        d->memory.nearest(request.photoId, bucket, variant);
    if (!d->requested.contains(ThumbnailQueue::Key{request.photoId, bucket})) {
        ThumbnailJob job{request.photoId,     request.path, request.identityKey,
                         request.orientation, bucket,       QImage()};
        // A larger thumbnail of the photo only needs scaling down.
        if (meanwhile.bucket > bucket)
            job.source = meanwhile.image;
        d->enqueue(std::move(job));
    }
    return meanwhile.image;
}

std::optional<QString> ThumbnailService::failure(qint64 photoId) const
{
    const auto failed = d->failures.constFind(photoId);
    if (failed == d->failures.cend())
        return std::nullopt;
    return failed->reason;
}

void ThumbnailService::setVisiblePhotos(const QList<qint64> &photoIds)
{
    QList<ThumbnailQueue::Key> dropped;
    {
        const QMutexLocker locker(&d->mutex);
        dropped = d->queue.setVisible(photoIds);
    }
    for (const ThumbnailQueue::Key &key : std::as_const(dropped))
        d->requested.remove(key);
}

void ThumbnailService::setDiskCacheLimit(qint64 bytes)
{
    d->diskLimit = qMax<qint64>(bytes, 0);
    d->runOnDisk([bytes](ThumbnailDiskCache &cache) {
        cache.setLimit(bytes);
        cache.prune();
    });
}

qint64 ThumbnailService::diskCacheLimit() const
{
    return d->diskLimit;
}

qint64 ThumbnailService::diskCacheSize() const
{
    return d->disk ? d->disk->size() : 0;
}

void ThumbnailService::clearDiskCache()
{
    d->runOnDisk([](ThumbnailDiskCache &cache) { cache.clear(); });
}

int ThumbnailService::bucketSize(int pixelSize)
{
    return ThumbnailBucket::forPixelSize(pixelSize);
}
