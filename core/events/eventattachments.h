#pragma once

#include <QList>
#include <QString>

class CatalogConnection;

// What belongs to an event besides its photos: the galleries and journal entries made for it.
// When an event goes (merged into another, or emptied by regrouping), they follow its photos to
// the event that took most of them instead of being left standing alone; undoing brings them
// back. Knows the galleries and journal tables by their columns only, so that events do not
// depend on the features built on top of them.
class EventAttachments
{
public:
    struct Ids
    {
        QList<qint64> galleryIds;
        QList<qint64> entryIds;

        bool isEmpty() const { return galleryIds.isEmpty() && entryIds.isEmpty(); }
        friend bool operator==(const Ids &, const Ids &) = default;
    };

    explicit EventAttachments(const CatalogConnection &connection);

    // The galleries and entries of an event now; empty on error (lastError()).
    Ids of(qint64 eventId) const;
    // Hands these galleries and entries to another event (0: they stand alone). Those deleted
    // meanwhile are skipped.
    bool move(const Ids &ids, qint64 toEventId);
    // Hands everything of one event to another, in two statements.
    bool moveAll(qint64 fromEventId, qint64 toEventId);

    QString lastError() const { return m_lastError; }

private:
    const CatalogConnection &m_connection;
    mutable QString m_lastError;
};
