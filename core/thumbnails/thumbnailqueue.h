#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// One thumbnail to make.
struct ThumbnailJob
{
    qint64 photoId = 0;
    QString path;
    QByteArray identityKey;
    int orientation = 1;
    int bucket = 256;
    QImage source; // a larger thumbnail of the same photo to scale down, when one is cached
};

// The order thumbnails are made in, kept apart from the threads that make them so it can be
// tested on its own. Photos on screen come first, in the order the view gave them; then
// requests for other photos, the most recent first (the last painted are the likeliest still
// wanted). Changing what is on screen drops every queued request for a photo no longer on it:
// a fast scroll through ten thousand photos leaves only the last screenful to make. A job
// already taken runs to its end.
// Not thread-safe: the service guards it with its mutex.
class ThumbnailQueue
{
public:
    struct Key
    {
        qint64 photoId = 0;
        int bucket = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.photoId, key.bucket);
        }
    };

    // Queues the job unless the same photo and bucket is queued or being made; true if queued.
    bool enqueue(ThumbnailJob job);
    // The photos on screen now, most wanted first. Returns the requests dropped.
    QList<Key> setVisible(const QList<qint64> &photoIds);
    // The next job to make, which counts as running until finish().
    std::optional<ThumbnailJob> takeNext();
    void finish(Key key);
    // Drops every queued job (running ones are left to finish).
    void clear();

    bool isPending(Key key) const { return m_queued.contains(key) || m_running.contains(key); }
    qsizetype queuedCount() const { return m_queued.size(); }
    qsizetype runningCount() const { return m_running.size(); }

    static Key keyOf(const ThumbnailJob &job) { return {job.photoId, job.bucket}; }

private:
    struct Queued
    {
        ThumbnailJob job;
        quint64 sequence = 0; // order of request
    };

    QHash<Key, Queued> m_queued;
    QSet<Key> m_running;
    QHash<qint64, int> m_visibleRank; // photo id -> position on screen
    quint64 m_nextSequence = 0;
};
