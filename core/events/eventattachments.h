#pragma once

#include "core/events/photoeventassignment.h"

#include <QList>
#include <QMap>
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

    // Where the galleries and entries of an event that goes are handed: to the event that takes
    // most of its photos (the lowest id of equals, so that undo and redo agree), between the
    // photos' assignments before and after an edit. 0 when its photos go nowhere.
    static qint64 successorOf(qint64 eventId, const QMap<qint64, PhotoEventAssignment> &photosWere,
                              const QMap<qint64, PhotoEventAssignment> &photos);
    // The event that took most of the photos, from how many each took; 0 when none did.
    static qint64 successor(const QMap<qint64, int> &photosTaken);

    QString lastError() const { return m_lastError; }

private:
    const CatalogConnection &m_connection;
    mutable QString m_lastError;
};
