#include "core/thumbnails/thumbnailqueue.h"

#include <limits>

bool ThumbnailQueue::enqueue(ThumbnailJob job)
{
    const Key key = keyOf(job);
    if (isPending(key))
        return false;
    m_queued.insert(key, Queued{std::move(job), m_nextSequence++});
    return true;
}

QList<ThumbnailQueue::Key> ThumbnailQueue::setVisible(const QList<qint64> &photoIds)
{
    m_visibleRank.clear();
    m_visibleRank.reserve(photoIds.size());
    for (int rank = 0; rank < photoIds.size(); ++rank)
        m_visibleRank.insert(photoIds.at(rank), rank); // a repeated id keeps its last place
    QList<Key> dropped;
    for (auto it = m_queued.begin(); it != m_queued.end();) {
        if (m_visibleRank.contains(it.key().photoId)) {
            ++it;
        } else {
            dropped.append(it.key());
            it = m_queued.erase(it);
        }
    }
    return dropped;
}

std::optional<ThumbnailJob> ThumbnailQueue::takeNext()
{
    // A linear pass: the queue holds a few screenfuls at most, since scrolling drops the rest,
    // and a pass over them costs far less than the decode it picks.
    auto best = m_queued.end();
    int bestRank = std::numeric_limits<int>::max();
    for (auto it = m_queued.begin(); it != m_queued.end(); ++it) {
        const int rank = m_visibleRank.value(it.key().photoId, std::numeric_limits<int>::max());
        if (best == m_queued.end() || rank < bestRank ||
            (rank == bestRank && it->sequence > best->sequence)) {
            best = it;
            bestRank = rank;
        }
    }
    if (best == m_queued.end())
        return std::nullopt;
    ThumbnailJob job = std::move(best->job);
    m_queued.erase(best);
    m_running.insert(keyOf(job));
    return job;
}

void ThumbnailQueue::finish(Key key)
{
    m_running.remove(key);
}

void ThumbnailQueue::clear()
{
    m_queued.clear();
}
