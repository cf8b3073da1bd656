#pragma once

#include "core/events/cameraclock.h"
#include "core/events/clockshiftpreview.h"
#include "core/events/eventedit.h"
#include "core/events/eventsummary.h"
#include "core/events/regroupresult.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

class CatalogConnection;
class EventRepository;

// Everything the app does with events, on the GUI thread's catalog connection. Reading, building
// edits (each a before/after EventEdit, so that EventEditCommand can undo it), applying them, and
// keeping the timeline and the automatic events up to date. The UI never writes events otherwise.
//
// Every edit of an event marks it, and the photos in it, as the user's: regrouping never takes
// them apart again.
class EventService : public QObject
{
    Q_OBJECT

public:
    explicit EventService(const CatalogConnection &connection, QObject *parent = nullptr);
    ~EventService() override;

    // Reading.
    QList<EventSummary> events() const; // newest first
    std::optional<EventSummary> event(qint64 eventId) const;
    QList<qint64> photoIds(qint64 eventId) const; // in timeline order
    qint64 eventOfPhoto(qint64 photoId) const;    // 0: in none
    QList<CameraClock> cameras(qint64 eventId) const;
    // What the UI shows for an event: its title, or its dates while it has none.
    static QString displayTitle(const EventSummary &event);
    // "12–14 May 2024", "12 May 2024, 19:30–22:45": the event's span where it happened.
    static QString dateRange(const EventSummary &event);
    // "Starts after a pause of 5 h 12 min", "Moved 340 km", "Made by hand".
    static QString splitReasonText(const EventRecord &event);
    QString lastError() const { return m_lastError; }

    // Building edits. Each returns an empty edit when nothing would change or on an error
    // (lastError() says which). Nothing is written until apply().
    EventEdit rename(qint64 eventId, const QString &title) const;
    EventEdit describe(qint64 eventId, const QString &description) const;
    EventEdit setPlace(qint64 eventId, const QString &place) const;
    // An IANA id ("Europe/Madrid"), or empty to clear. Photos without an offset of their own are
    // placed in this zone.
    EventEdit setTimeZone(qint64 eventId, const QString &timeZoneId) const;
    EventEdit setCover(qint64 eventId, qint64 photoId) const;
    // Into the earliest of them, which keeps its name and description (the others' are appended).
    EventEdit merge(const QList<qint64> &eventIds) const;
    // The photo and every later one of the event become a new event.
    EventEdit splitAt(qint64 eventId, qint64 photoId) const;
    EventEdit movePhotos(const QList<qint64> &photoIds, qint64 eventId) const;
    EventEdit createFromPhotos(const QList<qint64> &photoIds, const QString &title = {}) const;
    // Sets the clock correction of this camera's photos in this event (replacing any before). A
    // camera without a serial number stands for every body of that make and model.
    EventEdit shiftCameraClock(qint64 eventId, const CameraClock &camera,
                               qint64 shiftSeconds) const;
    // What shiftCameraClock() would do to the event's photos of that camera, in time order.
    QList<ClockShiftPreview> previewClockShift(qint64 eventId, const CameraClock &camera,
                                               qint64 shiftSeconds) const;

    // Writes one side of an edit (after when forward, before when not) in one transaction, places
    // the photos it touches on the timeline again, and signals. The galleries and journal entries
    // of an event it removes go with the photos (EventAttachments) and come back with the event.
    // False (nothing written) on error.
    bool apply(const EventEdit &edit, bool forward);

    // Places these photos (every photo when empty) on the timeline again.
    bool updateTimeline(const QList<qint64> &photoIds = {});
    // Places every photo on the timeline, then groups the ones the user has not placed by hand
    // into automatic events again.
    RegroupResult regroup();

    // The zone photos without any better offset are placed in (the system's by default).
    void setSystemTimeZone(const QTimeZone &zone) { m_systemZone = zone; }

signals:
    void eventsChanged();
    // These photos changed event or place on the timeline; empty: any photo may have.
    void photosChanged(const QList<qint64> &photoIds);

private:
    // An edit of one event's own fields: it becomes the user's.
    EventEdit editEvent(qint64 eventId, const QString &text,
                        const std::function<void(EventRecord &)> &change) const;
    QList<qint64> touchedPhotos(const EventEdit &edit) const;
    // Runs work (which returns an error message, empty on success) in one write transaction,
    // committed only on success; sets lastError(). True when it was committed.
    bool writeInTransaction(const std::function<QString()> &work);

    const CatalogConnection &m_connection;
    std::unique_ptr<EventRepository> m_repository;
    QTimeZone m_systemZone = QTimeZone::systemTimeZone();
    mutable QString m_lastError;
};
