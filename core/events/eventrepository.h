#pragma once

#include "core/events/cameraclock.h"
#include "core/events/eventrecord.h"
#include "core/events/eventsummary.h"
#include "core/events/photoeventassignment.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class CatalogConnection;

// One photo of an event, as grouping, splitting and the clock preview need it.
struct EventPhoto
{
    qint64 photoId = 0;
    qint64 instantMs = 0; // 0 without a time
    int offsetSeconds = 0;
    QString path;
    QString make;
    QString model;
    QString serialNumber;
    PhotoEventAssignment assignment;
};

// The SQL of events: the events table and the photos' event columns. Used by EventService (the
// GUI's connection) and by the import's regrouping (its worker's connection).
class EventRepository
{
public:
    explicit EventRepository(const CatalogConnection &connection);

    QList<EventSummary> list() const; // newest first, events without dated photos last
    std::optional<EventSummary> summary(qint64 eventId) const;
    std::optional<EventRecord> record(qint64 eventId) const;
    // The id the next insert() without an id gets (AUTOINCREMENT never hands out an id twice).
    qint64 nextId() const;

    // With event.id 0 a new id is taken; otherwise that id (undo brings an event back as it was).
    // Returns the id, or 0 on error.
    qint64 insert(const EventRecord &event);
    bool update(const EventRecord &event);
    bool remove(qint64 eventId);

    QList<EventPhoto> photos(qint64 eventId) const; // in timeline order, undated last
    qint64 eventOfPhoto(qint64 photoId) const;
    QHash<qint64, PhotoEventAssignment> assignments(const QList<qint64> &photoIds) const;
    bool assign(qint64 photoId, const PhotoEventAssignment &assignment);

    QList<CameraClock> cameras(qint64 eventId) const;

    QString lastError() const { return m_lastError; }

private:
    const CatalogConnection &m_connection;
    mutable QString m_lastError;
};
