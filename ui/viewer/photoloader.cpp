#include "ui/viewer/photoloader.h"

#include <QtConcurrent>

#include <algorithm>

namespace {

// The current photo before its neighbours; a full-size decode (the user is waiting, zoomed in)
// before anything.
constexpr int FullSizePriority = 3;
constexpr int CurrentPriority = 2;
constexpr int PrefetchPriority = 1;

DecodedPhoto decodeForPainting(const QString &path, QSize boundingSize, int orientation)
{
    DecodedPhoto decoded = PhotoDecoder::decode(path, boundingSize, orientation);
    // The formats the raster paint engine draws without converting on every paint.
    if (decoded.isValid()) {
        const QImage::Format format = decoded.image.hasAlphaChannel()
                                          ? QImage::Format_ARGB32_Premultiplied
                                          : QImage::Format_RGB32;
        if (decoded.image.format() != format)
            decoded.image.convertTo(format);
    }
    return decoded;
}

} // namespace

PhotoLoader::PhotoLoader(QObject *parent)
    : QObject(parent)
{
    // Two threads: the current photo and a neighbour decode side by side; more would only take
    // memory and cores from the rest of the app.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, 2));
    m_pool.setObjectName(QStringLiteral("PhotoLoader"));
}

PhotoLoader::~PhotoLoader()
{
    clear();
    m_pool.waitForDone();
}

void PhotoLoader::setScreenSize(QSize devicePixels)
{
    if (devicePixels == m_screenSize)
        return;
    m_screenSize = devicePixels;
    const QList<Photo> wanted = m_wanted;
    clear();
    setWanted(wanted);
}

void PhotoLoader::setWanted(const QList<Photo> &photos)
{
    const qint64 currentId = photos.isEmpty() ? 0 : photos.first().id;
    m_wanted = photos;
    const auto isWanted = [this](qint64 id) {
        return std::any_of(m_wanted.cbegin(), m_wanted.cend(),
                           [id](const Photo &photo) { return photo.id == id; });
    };

    for (auto it = m_screenJobs.begin(); it != m_screenJobs.end();) {
        if (isWanted(it.key())) {
            ++it;
            continue;
        }
        cancel(it.value());
        it = m_screenJobs.erase(it);
    }
    for (auto it = m_screenImages.begin(); it != m_screenImages.end();)
        it = isWanted(it.key()) ? std::next(it) : m_screenImages.erase(it);
    if (m_fullId != currentId) {
        cancel(m_fullJob);
        m_fullJob = {};
        m_fullImage.reset();
        m_fullId = 0;
    }

    for (const Photo &photo : std::as_const(m_wanted)) {
        if (photo.id == 0 || m_screenImages.contains(photo.id) || m_screenJobs.contains(photo.id))
            continue;
        m_screenJobs.insert(
            photo.id,
            start(photo, m_screenSize, photo.id == currentId ? CurrentPriority : PrefetchPriority));
    }
}

void PhotoLoader::requestFullSize()
{
    if (m_wanted.isEmpty())
        return;
    const Photo &current = m_wanted.first();
    if (m_fullId == current.id && (m_fullImage || m_fullJob.watcher))
        return;
    m_fullId = current.id;
    m_fullImage.reset();
    m_fullJob = start(current, QSize(), FullSizePriority);
}

void PhotoLoader::clear()
{
    for (Job &job : m_screenJobs)
        cancel(job);
    m_screenJobs.clear();
    m_screenImages.clear();
    cancel(m_fullJob);
    m_fullJob = {};
    m_fullImage.reset();
    m_fullId = 0;
    m_wanted.clear();
}

const DecodedPhoto *PhotoLoader::screenImage(qint64 photoId) const
{
    const auto it = m_screenImages.constFind(photoId);
    return it == m_screenImages.cend() ? nullptr : &it.value();
}

const DecodedPhoto *PhotoLoader::fullImage(qint64 photoId) const
{
    return photoId == m_fullId && m_fullImage ? &*m_fullImage : nullptr;
}

bool PhotoLoader::isDecoding(qint64 photoId) const
{
    return m_screenJobs.contains(photoId) || (photoId == m_fullId && m_fullJob.watcher);
}

PhotoLoader::Job PhotoLoader::start(const Photo &photo, QSize boundingSize, int priority)
{
    Job job;
    job.cancelled = std::make_shared<std::atomic_bool>(false);
    job.watcher = new QFutureWatcher<DecodedPhoto>(this);
    const bool fullSize = !boundingSize.isValid();
    connect(job.watcher, &QFutureWatcher<DecodedPhoto>::finished, this,
            [this, id = photo.id, watcher = job.watcher, fullSize]() {
                if (fullSize)
                    fullImageDone(id, watcher);
                else
                    screenImageDone(id, watcher);
            });
    auto decode = [path = photo.path, boundingSize, orientation = photo.orientation,
                   cancelled = job.cancelled]() {
        // The user moved on while this waited in the queue: not worth a decode.
        if (cancelled->load())
            return DecodedPhoto();
        return decodeForPainting(path, boundingSize, orientation);
    };
    job.watcher->setFuture(
        QtConcurrent::task(std::move(decode)).onThreadPool(m_pool).withPriority(priority).spawn());
    return job;
}

void PhotoLoader::cancel(Job &job)
{
    if (!job.watcher)
        return;
    job.cancelled->store(true);
    // Its result, should it still come, has nowhere to go.
    job.watcher->disconnect(this);
    job.watcher->deleteLater();
    job.watcher = nullptr;
}

void PhotoLoader::screenImageDone(qint64 photoId, QFutureWatcher<DecodedPhoto> *watcher)
{
    watcher->deleteLater();
    const auto it = m_screenJobs.find(photoId);
    if (it == m_screenJobs.end() || it->watcher != watcher)
        return; // stale: the photo was dropped (and perhaps asked for again) meanwhile
    m_screenJobs.erase(it);
    m_screenImages.insert(photoId, watcher->result());
    emit loaded(photoId);
}

void PhotoLoader::fullImageDone(qint64 photoId, QFutureWatcher<DecodedPhoto> *watcher)
{
    watcher->deleteLater();
    if (m_fullJob.watcher != watcher || m_fullId != photoId)
        return;
    m_fullJob = {};
    m_fullImage = watcher->result();
    emit loaded(photoId);
}
