#include "core/events/eventrepository.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/sqlidlist.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString eventColumns = QStringLiteral(
    "id, title, description, place, time_zone, cover_photo_id, by_hand, split_kind, split_gap_s, "
    "split_distance_m");

EventRecord readEvent(const QSqlQuery &query)
{
    EventRecord event;
    event.id = query.value(0).toLongLong();
    event.title = query.value(1).toString();
    event.description = query.value(2).toString();
    event.place = query.value(3).toString();
    event.timeZoneId = query.value(4).toString();
    event.coverPhotoId = query.value(5).toLongLong();
    event.byHand = query.value(6).toBool();
    const int kind = query.value(7).toInt();
    event.splitReason.kind = kind == 1   ? EventSplitReason::Kind::TimeGap
                             : kind == 2 ? EventSplitReason::Kind::Moved
                             : kind == 3 ? EventSplitReason::Kind::ByHand
                                         : EventSplitReason::Kind::First;
    event.splitReason.gapSeconds = query.value(8).toLongLong();
    event.splitReason.distanceMetres = query.value(9).toDouble();
    return event;
}

int splitKindValue(EventSplitReason::Kind kind)
{
    switch (kind) {
    case EventSplitReason::Kind::First:
        return 0;
    case EventSplitReason::Kind::TimeGap:
        return 1;
    case EventSplitReason::Kind::Moved:
        return 2;
    case EventSplitReason::Kind::ByHand:
        return 3;
    }
    return 0;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, empty by default.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

// Every column but id, in eventColumns' order: what insert() and update() write.
void bindFields(QSqlQuery &query, const EventRecord &event)
{
    query.addBindValue(notNull(event.title));
    query.addBindValue(notNull(event.description));
    query.addBindValue(notNull(event.place));
    query.addBindValue(nullIfEmpty(event.timeZoneId));
    query.addBindValue(nullIfZero(event.coverPhotoId));
    query.addBindValue(event.byHand ? 1 : 0);
    query.addBindValue(splitKindValue(event.splitReason.kind));
    query.addBindValue(event.splitReason.gapSeconds);
    query.addBindValue(event.splitReason.distanceMetres);
}

} // namespace

EventRepository::EventRepository(const CatalogConnection &connection)
    : m_connection(connection)
{}

QList<EventSummary> EventRepository::list() const
{
    QHash<qint64, EventSummary> byId;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM events").arg(eventColumns))) {
        m_lastError = query.lastError().text();
        return {};
    }
    while (query.next()) {
        EventSummary summary;
        summary.event = readEvent(query);
        byId.insert(summary.event.id, summary);
    }
    // The counts and first photos walk the index on (event_id, taken_instant_ms); with a single
    // min() or max(), SQLite takes the bare columns from the row that holds it.
    if (!query.exec(QStringLiteral("SELECT event_id, count(*) FROM photos "
                                   "WHERE event_id IS NOT NULL GROUP BY event_id"))) {
        m_lastError = query.lastError().text();
        return {};
    }
    while (query.next()) {
        const auto it = byId.find(query.value(0).toLongLong());
        if (it != byId.end())
            it->photoCount = query.value(1).toInt();
    }
    if (!query.exec(QStringLiteral(
            "SELECT event_id, min(taken_instant_ms), instant_offset_s, id FROM photos "
            "WHERE event_id IS NOT NULL AND taken_instant_ms IS NOT NULL GROUP BY event_id"))) {
        m_lastError = query.lastError().text();
        return {};
    }
    while (query.next()) {
        const auto it = byId.find(query.value(0).toLongLong());
        if (it == byId.end())
            continue;
        it->firstInstantMs = query.value(1).toLongLong();
        it->firstOffsetSeconds = query.value(2).toInt();
        it->firstPhotoId = query.value(3).toLongLong();
    }
    if (!query.exec(QStringLiteral(
            "SELECT event_id, max(taken_instant_ms), instant_offset_s FROM photos "
            "WHERE event_id IS NOT NULL AND taken_instant_ms IS NOT NULL GROUP BY event_id"))) {
        m_lastError = query.lastError().text();
        return {};
    }
    while (query.next()) {
        const auto it = byId.find(query.value(0).toLongLong());
        if (it == byId.end())
            continue;
        it->lastInstantMs = query.value(1).toLongLong();
        it->lastOffsetSeconds = query.value(2).toInt();
    }
    // An event of undated photos only still needs a cover.
    for (EventSummary &summary : byId) {
        if (summary.firstPhotoId == 0 && summary.photoCount > 0) {
            const QList<EventPhoto> photos = this->photos(summary.event.id);
            if (!photos.isEmpty())
                summary.firstPhotoId = photos.constFirst().photoId;
        }
    }

    QList<EventSummary> events = byId.values();
    std::sort(events.begin(), events.end(), [](const EventSummary &a, const EventSummary &b) {
        if (a.hasDates() != b.hasDates())
            return a.hasDates();
        if (a.firstInstantMs != b.firstInstantMs)
            return a.firstInstantMs > b.firstInstantMs;
        return a.event.id > b.event.id;
    });
    return events;
}

std::optional<EventSummary> EventRepository::summary(qint64 eventId) const
{
    const std::optional<EventRecord> event = record(eventId);
    if (!event)
        return std::nullopt;
    EventSummary summary;
    summary.event = *event;
    const QList<EventPhoto> photos = this->photos(eventId);
    summary.photoCount = int(photos.size());
    for (const EventPhoto &photo : photos) {
        if (photo.instantMs == 0)
            continue;
        if (summary.firstInstantMs == 0) {
            summary.firstInstantMs = photo.instantMs;
            summary.firstOffsetSeconds = photo.offsetSeconds;
            summary.firstPhotoId = photo.photoId;
        }
        summary.lastInstantMs = photo.instantMs;
        summary.lastOffsetSeconds = photo.offsetSeconds;
    }
    if (summary.firstPhotoId == 0 && !photos.isEmpty())
        summary.firstPhotoId = photos.constFirst().photoId;
    return summary;
}

std::optional<EventRecord> EventRepository::record(qint64 eventId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(eventColumns));
    query.addBindValue(eventId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return readEvent(query);
}

qint64 EventRepository::nextId() const
{
    QSqlQuery query(m_connection.database());
    qint64 last = 0;
    if (query.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'events'")) &&
        query.next())
        last = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT max(id) FROM events")) && query.next())
        last = std::max(last, query.value(0).toLongLong());
    return last + 1;
}

qint64 EventRepository::insert(const EventRecord &event)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(eventColumns));
    query.addBindValue(event.id == 0 ? QVariant() : QVariant(event.id));
    bindFields(query, event);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool EventRepository::update(const EventRecord &event)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE events SET title = ?, description = ?, place = ?, time_zone = ?, "
        "cover_photo_id = ?, by_hand = ?, split_kind = ?, split_gap_s = ?, split_distance_m = ? "
        "WHERE id = ?"));
    bindFields(query, event);
    query.addBindValue(event.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool EventRepository::remove(qint64 eventId)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    query.addBindValue(eventId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<EventPhoto> EventRepository::photos(qint64 eventId) const
{
    QList<EventPhoto> photos;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, taken_instant_ms, instant_offset_s, path, make, model, serial_number, "
        "event_by_hand, clock_shift_s FROM photos WHERE event_id = ? "
        "ORDER BY taken_instant_ms IS NULL, taken_instant_ms, id"));
    query.addBindValue(eventId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return photos;
    }
    while (query.next()) {
        EventPhoto photo;
        photo.photoId = query.value(0).toLongLong();
        photo.instantMs = query.value(1).toLongLong();
        photo.offsetSeconds = query.value(2).toInt();
        photo.path = query.value(3).toString();
        photo.make = query.value(4).toString();
        photo.model = query.value(5).toString();
        photo.serialNumber = query.value(6).toString();
        photo.assignment.eventId = eventId;
        photo.assignment.byHand = query.value(7).toBool();
        photo.assignment.clockShiftSeconds = query.value(8).toLongLong();
        photos.append(photo);
    }
    return photos;
}

qint64 EventRepository::eventOfPhoto(qint64 photoId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT event_id FROM photos WHERE id = ?"));
    query.addBindValue(photoId);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.value(0).toLongLong();
}

QHash<qint64, PhotoEventAssignment>
EventRepository::assignments(const QList<qint64> &photoIds) const
{
    QHash<qint64, PhotoEventAssignment> result;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // Ids are integers the catalog handed out: listing them inline is safe, and one query
    // instead of one per photo.
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < photoIds.size(); start += batch) {
        if (!query.exec(QStringLiteral("SELECT id, event_id, event_by_hand, clock_shift_s "
                                       "FROM photos WHERE id IN (%1)")
                            .arg(sqlIdList(photoIds.mid(start, batch))))) {
            m_lastError = query.lastError().text();
            return {};
        }
        while (query.next()) {
            PhotoEventAssignment assignment;
            assignment.eventId = query.value(1).toLongLong();
            assignment.byHand = query.value(2).toBool();
            assignment.clockShiftSeconds = query.value(3).toLongLong();
            result.insert(query.value(0).toLongLong(), assignment);
        }
    }
    return result;
}

bool EventRepository::assign(qint64 photoId, const PhotoEventAssignment &assignment)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE photos SET event_id = ?, event_by_hand = ?, clock_shift_s = ? WHERE id = ?"));
    query.addBindValue(nullIfZero(assignment.eventId));
    query.addBindValue(assignment.byHand ? 1 : 0);
    query.addBindValue(assignment.clockShiftSeconds);
    query.addBindValue(photoId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<CameraClock> EventRepository::cameras(qint64 eventId) const
{
    QList<CameraClock> cameras;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT coalesce(make, ''), coalesce(model, ''), coalesce(serial_number, ''), count(*), "
        "min(clock_shift_s) FROM photos WHERE event_id = ? "
        "GROUP BY 1, 2, 3 ORDER BY count(*) DESC, 1, 2, 3"));
    query.addBindValue(eventId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return cameras;
    }
    while (query.next()) {
        CameraClock camera;
        camera.make = query.value(0).toString();
        camera.model = query.value(1).toString();
        camera.serialNumber = query.value(2).toString();
        camera.photoCount = query.value(3).toInt();
        camera.clockShiftSeconds = query.value(4).toLongLong();
        cameras.append(camera);
    }
    return cameras;
}
