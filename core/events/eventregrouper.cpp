#include "core/events/eventregrouper.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/sqlidlist.h"
#include "core/events/eventattachments.h"
#include "core/events/eventrecord.h"
#include "core/events/eventrepository.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

struct CatalogPhoto
{
    qint64 id = 0;
    qint64 instantMs = 0;
    bool dated = false;
    std::optional<double> latitude;
    std::optional<double> longitude;
    qint64 eventId = 0;
    bool byHand = false;
};

struct Span
{
    qint64 first = 0;
    qint64 last = 0;
};

} // namespace

EventRegrouper::EventRegrouper(const CatalogConnection &connection,
                               const GroupingSettings &settings)
    : m_connection(connection)
    , m_settings(settings)
{}

RegroupResult EventRegrouper::regroup()
{
    RegroupResult result;
    const auto fail = [&result](const QSqlQuery &query) {
        result.ok = false;
        result.error = query.lastError().text();
        return result;
    };

    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, taken_instant_ms, gps_latitude, gps_longitude, event_id, event_by_hand "
            "FROM photos ORDER BY taken_instant_ms, id")))
        return fail(query);
    QList<CatalogPhoto> photos;
    while (query.next()) {
        CatalogPhoto photo;
        photo.id = query.value(0).toLongLong();
        photo.dated = !query.value(1).isNull();
        photo.instantMs = query.value(1).toLongLong();
        if (!query.value(2).isNull() && !query.value(3).isNull()) {
            photo.latitude = query.value(2).toDouble();
            photo.longitude = query.value(3).toDouble();
        }
        photo.eventId = query.value(4).toLongLong();
        photo.byHand = query.value(5).toBool();
        photos.append(photo);
    }

    QHash<qint64, bool> eventByHand; // every event, and whether the user made or edited it
    if (!query.exec(QStringLiteral("SELECT id, by_hand FROM events")))
        return fail(query);
    while (query.next())
        eventByHand.insert(query.value(0).toLongLong(), query.value(1).toBool());

    // What the user placed by hand stays; the span of each hand-made event is where its photos
    // lie on the timeline.
    QHash<qint64, Span> handSpans;
    QList<GroupingPhoto> loose;
    QHash<qint64, qint64> currentEvent; // loose photo -> the event it is in now
    for (const CatalogPhoto &photo : std::as_const(photos)) {
        if (photo.byHand || (photo.eventId != 0 && eventByHand.value(photo.eventId))) {
            if (photo.dated && photo.eventId != 0 && eventByHand.value(photo.eventId)) {
                auto it = handSpans.find(photo.eventId);
                if (it == handSpans.end())
                    handSpans.insert(photo.eventId, Span{photo.instantMs, photo.instantMs});
                else
                    it->last = std::max(it->last, photo.instantMs);
            }
            continue;
        }
        if (!photo.dated) {
            ++result.photosUndated;
            currentEvent.insert(photo.id, photo.eventId);
            continue;
        }
        loose.append(GroupingPhoto{photo.id, photo.instantMs, photo.latitude, photo.longitude});
        currentEvent.insert(photo.id, photo.eventId);
    }
    result.photosGrouped = int(loose.size());

    const QList<PhotoGroup> groups = EventGrouper::group(loose, m_settings);

    // Each automatic event goes to the group that holds most of its photos now, biggest first,
    // so that regrouping the same photos changes nothing.
    struct Claim
    {
        int count = 0;
        qsizetype group = 0;
        qint64 eventId = 0;
    };
    QList<Claim> claims;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QHash<qint64, int> counts;
        for (qint64 photoId : groups.at(g).photoIds) {
            const qint64 eventId = currentEvent.value(photoId);
            if (eventId != 0 && !eventByHand.value(eventId, true))
                ++counts[eventId];
        }
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            claims.append(Claim{it.value(), g, it.key()});
    }
    std::sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.group != b.group)
            return a.group < b.group;
        return a.eventId < b.eventId;
    });
    QHash<qsizetype, qint64> eventOfGroup;
    QSet<qint64> claimedEvents;
    for (const Claim &claim : std::as_const(claims)) {
        if (eventOfGroup.contains(claim.group) || claimedEvents.contains(claim.eventId))
            continue;
        eventOfGroup.insert(claim.group, claim.eventId);
        claimedEvents.insert(claim.eventId);
    }

    EventRepository events(m_connection);
    QHash<qint64, qint64> newEventOfPhoto;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const PhotoGroup &group = groups.at(g);
        qint64 eventId = eventOfGroup.value(g);
        if (eventId == 0) {
            // Photos taken during an event the user made join it rather than start their own.
            for (auto it = handSpans.cbegin(); it != handSpans.cend(); ++it) {
                if (group.firstInstantMs <= it->last && group.lastInstantMs >= it->first) {
                    eventId = it.key();
                    break;
                }
            }
        }
        if (eventId == 0) {
            EventRecord event;
            event.splitReason = group.reason;
            eventId = events.insert(event);
            if (eventId == 0) {
                result.ok = false;
                result.error = events.lastError();
                return result;
            }
            ++result.eventsCreated;
        } else if (!eventByHand.value(eventId)) {
            // The reason may have changed with the photos around it.
            std::optional<EventRecord> event = events.record(eventId);
            if (event && event->splitReason != group.reason) {
                event->splitReason = group.reason;
                events.update(*event);
            }
            ++result.eventsKept;
        }
        for (qint64 photoId : group.photoIds)
            newEventOfPhoto.insert(photoId, eventId);
    }

    // One statement per event and batch of photos, not one per photo: an import regroups
    // thousands of new photos at its end, while nothing else runs, and a statement per row cost
    // three times as much there.
    QMap<qint64, QList<qint64>> photosOfEvent; // new event (0: none) -> photos moving into it
    for (auto it = currentEvent.cbegin(); it != currentEvent.cend(); ++it) {
        const qint64 now = newEventOfPhoto.value(it.key());
        if (now != it.value())
            photosOfEvent[now].append(it.key());
    }
    constexpr qsizetype kBatch = 500;
    for (auto it = photosOfEvent.cbegin(); it != photosOfEvent.cend(); ++it) {
        for (qsizetype start = 0; start < it->size(); start += kBatch) {
            QSqlQuery write(m_connection.database());
            write.prepare(QStringLiteral("UPDATE photos SET event_id = ? WHERE id IN (%1)")
                              .arg(sqlIdList(it->mid(start, kBatch))));
            write.addBindValue(it.key() == 0 ? QVariant() : QVariant(it.key()));
            if (!write.exec())
                return fail(write);
        }
        result.photosMoved += int(it->size());
    }

    // Automatic events nothing is left in go; the user's stay, even empty. What was made for one
    // that goes (galleries, journal entries) follows most of its photos.
    if (!query.exec(QStringLiteral("SELECT id FROM events WHERE by_hand = 0 AND NOT EXISTS "
                                   "(SELECT 1 FROM photos WHERE photos.event_id = events.id)")))
        return fail(query);
    QSet<qint64> going;
    while (query.next())
        going.insert(query.value(0).toLongLong());
    QHash<qint64, QMap<qint64, int>> photosTaken; // event that goes -> where its photos went
    for (auto it = currentEvent.cbegin(); it != currentEvent.cend(); ++it) {
        const qint64 now = newEventOfPhoto.value(it.key());
        if (now != 0 && going.contains(it.value()))
            ++photosTaken[it.value()][now];
    }
    EventAttachments attachments(m_connection);
    for (auto it = photosTaken.cbegin(); it != photosTaken.cend(); ++it) {
        if (!attachments.moveAll(it.key(), EventAttachments::successor(*it))) {
            result.ok = false;
            result.error = attachments.lastError();
            return result;
        }
    }
    if (!query.exec(QStringLiteral("DELETE FROM events WHERE by_hand = 0 AND NOT EXISTS "
                                   "(SELECT 1 FROM photos WHERE photos.event_id = events.id)")))
        return fail(query);
    result.eventsRemoved = query.numRowsAffected();
    return result;
}
