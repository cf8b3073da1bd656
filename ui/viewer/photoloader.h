#pragma once

#include "core/imaging/photodecoder.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSize>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

// Decodes the photos the viewer shows on a private thread pool: the current one at screen size
// first, its neighbours after it (so stepping through is instant), and the current one at full
// size once the user zooms in past what the screen-size image holds. Keeps only what the viewer
// may show next; a result for a photo the user has already moved away from is discarded, and a
// decode that has not started yet for such a photo never starts. The GUI thread never waits.
class PhotoLoader : public QObject
{
    Q_OBJECT

public:
    struct Photo
    {
        qint64 id = 0;
        QString path;
        int orientation = 1;
    };

    explicit PhotoLoader(QObject *parent = nullptr);
    ~PhotoLoader() override;

    // The bounding size of screen images, in device pixels. Changing it drops what was decoded.
    void setScreenSize(QSize devicePixels);
    QSize screenSize() const { return m_screenSize; }
    // The photos worth having, the current one first, then the ones to prefetch. Screen-size
    // decodes start for those not decoded or queued yet; everything else is dropped, including a
    // full-size image of a photo no longer first.
    void setWanted(const QList<Photo> &photos);
    // Decodes the current (first wanted) photo at full size, unless it is done or under way.
    void requestFullSize();
    // Forgets everything and cancels what has not started.
    void clear();

    // Null until decoded; a decoded photo that failed holds the reason in its error.
    const DecodedPhoto *screenImage(qint64 photoId) const;
    const DecodedPhoto *fullImage(qint64 photoId) const;
    bool isDecoding(qint64 photoId) const;
    bool isDecodingFullSize() const { return m_fullJob.watcher != nullptr; }

signals:
    void loaded(qint64 photoId);

private:
    struct Job
    {
        QFutureWatcher<DecodedPhoto> *watcher = nullptr;
        std::shared_ptr<std::atomic_bool> cancelled;
    };

    Job start(const Photo &photo, QSize boundingSize, int priority);
    void cancel(Job &job);
    void screenImageDone(qint64 photoId, QFutureWatcher<DecodedPhoto> *watcher);
    void fullImageDone(qint64 photoId, QFutureWatcher<DecodedPhoto> *watcher);

    QThreadPool m_pool;
    QSize m_screenSize;
    QList<Photo> m_wanted;
    QHash<qint64, DecodedPhoto> m_screenImages;
    QHash<qint64, Job> m_screenJobs;
    qint64 m_fullId = 0;
    std::optional<DecodedPhoto> m_fullImage;
    Job m_fullJob;
};
