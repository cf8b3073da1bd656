#include "core/events/eventservice.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/transaction.h"
#include "core/events/eventattachments.h"
#include "core/events/eventregrouper.h"
#include "core/events/eventrepository.h"
#include "core/events/timelineupdater.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// "5 h 12 min", "2 days 3 h", "40 min": a pause, as a person would say it.
QString durationText(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days >= 2)
        return EventService::tr("%n day(s) %1 h", nullptr, int(days)).arg(hours % 24);
    if (hours >= 1)
        return EventService::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return EventService::tr("%n min", nullptr, int(minutes));
}

QString distanceText(double metres)
{
    if (metres >= 10000)
        return EventService::tr("%1 km").arg(QLocale().toString(std::round(metres / 1000), 'f', 0));
    if (metres >= 1000)
        return EventService::tr("%1 km").arg(QLocale().toString(metres / 1000, 'f', 1));
    return EventService::tr("%1 m").arg(QLocale().toString(std::round(metres), 'f', 0));
}

// A camera without a serial number stands for every body of its make and model.
bool takenWith(const EventPhoto &photo, const CameraClock &camera)
{
    return photo.make == camera.make && photo.model == camera.model &&
           (camera.serialNumber.isEmpty() || photo.serialNumber == camera.serialNumber);
}

} // namespace

EventService::EventService(const CatalogConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_repository(std::make_unique<EventRepository>(connection))
{}

EventService::~EventService() = default;

QList<EventSummary> EventService::events() const
{
    return m_repository->list();
}

std::optional<EventSummary> EventService::event(qint64 eventId) const
{
    return m_repository->summary(eventId);
}

QList<qint64> EventService::photoIds(qint64 eventId) const
{
    QList<qint64> ids;
    for (const EventPhoto &photo : m_repository->photos(eventId))
        ids.append(photo.photoId);
    return ids;
}

qint64 EventService::eventOfPhoto(qint64 photoId) const
{
    return m_repository->eventOfPhoto(photoId);
}

QList<CameraClock> EventService::cameras(qint64 eventId) const
{
    return m_repository->cameras(eventId);
}

QString EventService::displayTitle(const EventSummary &event)
{
    if (!event.event.title.isEmpty())
        return event.event.title;
    if (!event.hasDates())
        return tr("Undated Event");
    return dateRange(event);
}

QString EventService::dateRange(const EventSummary &event)
{
    if (!event.hasDates())
        return {};
    const QLocale locale;
    const QDateTime first = event.firstLocalTime();
    const QDateTime last = event.lastLocalTime();
    const QString dayFormat = tr("d MMM yyyy", "the date format of an event's days");
    // The locale's short time without seconds (the C locale's has them): an event's span is
    // read in minutes.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    if (first == last) {
        return tr("%1, %2", "an event of one moment: date and time")
            .arg(locale.toString(first.date(), dayFormat),
                 locale.toString(first.time(), timeFormat));
    }
    if (first.date() == last.date()) {
        return tr("%1, %2–%3", "an event within one day: date, first and last time")
            .arg(locale.toString(first.date(), dayFormat),
                 locale.toString(first.time(), timeFormat),
                 locale.toString(last.time(), timeFormat));
    }
    return tr("%1 – %2", "an event over several days: first and last day")
        .arg(locale.toString(first.date(), dayFormat), locale.toString(last.date(), dayFormat));
}

QString EventService::splitReasonText(const EventRecord &event)
{
    switch (event.splitReason.kind) {
    case EventSplitReason::Kind::ByHand:
        return tr("Made by hand");
    case EventSplitReason::Kind::First:
        return tr("The first photos on the timeline");
    case EventSplitReason::Kind::TimeGap:
        return tr("Starts after a pause of %1").arg(durationText(event.splitReason.gapSeconds));
    case EventSplitReason::Kind::Moved:
        return tr("Moved %1, after a pause of %2")
            .arg(distanceText(event.splitReason.distanceMetres),
                 durationText(event.splitReason.gapSeconds));
    }
    return {};
}

EventEdit EventService::editEvent(qint64 eventId, const QString &text,
                                  const std::function<void(EventRecord &)> &change) const
{
    m_lastError.clear();
    const std::optional<EventRecord> before = m_repository->record(eventId);
    if (!before) {
        m_lastError = tr("The event no longer exists.");
        return {};
    }
    EventRecord after = *before;
    change(after);
    EventEdit edit;
    if (after == *before)
        return edit;
    // Whatever the user changed by hand, regrouping keeps.
    after.byHand = true;
    edit.text = text;
    edit.eventsBefore.insert(eventId, before);
    edit.eventsAfter.insert(eventId, after);
    return edit;
}

EventEdit EventService::rename(qint64 eventId, const QString &title) const
{
    return editEvent(eventId, tr("Rename Event"),
                     [&](EventRecord &event) { event.title = title.trimmed(); });
}

EventEdit EventService::describe(qint64 eventId, const QString &description) const
{
    return editEvent(eventId, tr("Change Description"),
                     [&](EventRecord &event) { event.description = description; });
}

EventEdit EventService::setPlace(qint64 eventId, const QString &place) const
{
    return editEvent(eventId, tr("Change Place"),
                     [&](EventRecord &event) { event.place = place.trimmed(); });
}

EventEdit EventService::setTimeZone(qint64 eventId, const QString &timeZoneId) const
{
    m_lastError.clear();
    if (!timeZoneId.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(timeZoneId.toUtf8())) {
        m_lastError = tr("“%1” is not a time zone this computer knows.").arg(timeZoneId);
        return {};
    }
    return editEvent(eventId, tr("Change Time Zone"),
                     [&](EventRecord &event) { event.timeZoneId = timeZoneId; });
}

EventEdit EventService::setCover(qint64 eventId, qint64 photoId) const
{
    m_lastError.clear();
    // 0: back to the automatic cover, the event's first photo.
    if (photoId != 0 && m_repository->eventOfPhoto(photoId) != eventId) {
        m_lastError = tr("The cover must be a photo of the event.");
        return {};
    }
    return editEvent(eventId, tr("Set Event Cover"),
                     [&](EventRecord &event) { event.coverPhotoId = photoId; });
}

EventEdit EventService::merge(const QList<qint64> &eventIds) const
{
    m_lastError.clear();
    QList<EventSummary> merged;
    for (qint64 id : eventIds) {
        if (std::any_of(merged.cbegin(), merged.cend(),
                        [id](const EventSummary &s) { return s.event.id == id; }))
            continue;
        const std::optional<EventSummary> summary = m_repository->summary(id);
        if (!summary) {
            m_lastError = tr("The event no longer exists.");
            return {};
        }
        merged.append(*summary);
    }
    if (merged.size() < 2) {
        m_lastError = tr("Choose at least two events to merge.");
        return {};
    }
    // The earliest keeps its name; the others' words are kept after its own.
    std::sort(merged.begin(), merged.end(), [](const EventSummary &a, const EventSummary &b) {
        if (a.hasDates() != b.hasDates())
            return a.hasDates();
        if (a.firstInstantMs != b.firstInstantMs)
            return a.firstInstantMs < b.firstInstantMs;
        return a.event.id < b.event.id;
    });
    EventRecord target = merged.constFirst().event;
    EventEdit edit;
    edit.text = tr("Merge %n Event(s)", nullptr, int(merged.size()));
    edit.eventsBefore.insert(target.id, target);
    for (qsizetype i = 1; i < merged.size(); ++i) {
        const EventRecord &other = merged.at(i).event;
        edit.eventsBefore.insert(other.id, other);
        edit.eventsAfter.insert(other.id, std::nullopt);
        if (target.title.isEmpty())
            target.title = other.title;
        if (target.place.isEmpty())
            target.place = other.place;
        if (target.timeZoneId.isEmpty())
            target.timeZoneId = other.timeZoneId;
        if (!other.description.isEmpty() && other.description != target.description)
            target.description =
                target.description.isEmpty()
                    ? other.description
                    : target.description + QStringLiteral("\n\n") + other.description;
        for (const EventPhoto &photo : m_repository->photos(other.id)) {
            edit.photosBefore.insert(photo.photoId, photo.assignment);
            PhotoEventAssignment after = photo.assignment;
            after.eventId = target.id;
            after.byHand = true;
            edit.photosAfter.insert(photo.photoId, after);
        }
    }
    target.byHand = true;
    edit.eventsAfter.insert(target.id, target);
    edit.focusEventId = target.id;
    return edit;
}

EventEdit EventService::splitAt(qint64 eventId, qint64 photoId) const
{
    m_lastError.clear();
    const std::optional<EventRecord> event = m_repository->record(eventId);
    if (!event) {
        m_lastError = tr("The event no longer exists.");
        return {};
    }
    const QList<EventPhoto> photos = m_repository->photos(eventId);
    const auto at = std::find_if(photos.cbegin(), photos.cend(),
                                 [photoId](const EventPhoto &p) { return p.photoId == photoId; });
    if (at == photos.cend()) {
        m_lastError = tr("The photo is not in this event.");
        return {};
    }
    if (at == photos.cbegin()) {
        m_lastError = tr("An event cannot be split at its first photo.");
        return {};
    }
    EventEdit edit;
    edit.text = tr("Split Event");
    EventRecord kept = *event;
    kept.byHand = true;
    if (kept.coverPhotoId != 0 && std::any_of(at, photos.cend(), [&](const EventPhoto &p) {
            return p.photoId == kept.coverPhotoId;
        }))
        kept.coverPhotoId = 0;
    EventRecord split;
    split.id = m_repository->nextId();
    split.byHand = true;
    split.place = event->place;
    split.timeZoneId = event->timeZoneId;
    if (at->instantMs != 0 && std::prev(at)->instantMs != 0)
        split.splitReason =
            EventSplitReason{EventSplitReason::Kind::TimeGap,
                             (at->instantMs - std::prev(at)->instantMs) / 1000, 0.0};
    edit.eventsBefore.insert(event->id, *event);
    edit.eventsAfter.insert(event->id, kept);
    edit.eventsBefore.insert(split.id, std::nullopt);
    edit.eventsAfter.insert(split.id, split);
    for (auto it = at; it != photos.cend(); ++it) {
        edit.photosBefore.insert(it->photoId, it->assignment);
        PhotoEventAssignment after = it->assignment;
        after.eventId = split.id;
        after.byHand = true;
        edit.photosAfter.insert(it->photoId, after);
    }
    edit.focusEventId = split.id;
    return edit;
}

EventEdit EventService::movePhotos(const QList<qint64> &photoIds, qint64 eventId) const
{
    m_lastError.clear();
    const std::optional<EventRecord> target = m_repository->record(eventId);
    if (!target) {
        m_lastError = tr("The event no longer exists.");
        return {};
    }
    EventEdit edit;
    const QHash<qint64, PhotoEventAssignment> before = m_repository->assignments(photoIds);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it->eventId == eventId && it->byHand)
            continue;
        edit.photosBefore.insert(it.key(), it.value());
        PhotoEventAssignment after = it.value();
        after.eventId = eventId;
        after.byHand = true;
        edit.photosAfter.insert(it.key(), after);
    }
    if (edit.photosAfter.isEmpty())
        return {};
    edit.text = tr("Move %n Photo(s) to Event", nullptr, int(edit.photosAfter.size()));
    if (!target->byHand) {
        EventRecord after = *target;
        after.byHand = true;
        edit.eventsBefore.insert(eventId, target);
        edit.eventsAfter.insert(eventId, after);
    }
    return edit;
}

EventEdit EventService::createFromPhotos(const QList<qint64> &photoIds, const QString &title) const
{
    m_lastError.clear();
    const QHash<qint64, PhotoEventAssignment> before = m_repository->assignments(photoIds);
    if (before.isEmpty()) {
        m_lastError = tr("Select the photos the new event holds.");
        return {};
    }
    EventRecord event;
    event.id = m_repository->nextId();
    event.title = title.trimmed();
    event.byHand = true;
    event.splitReason.kind = EventSplitReason::Kind::ByHand;
    EventEdit edit;
    edit.text = tr("New Event from %n Photo(s)", nullptr, int(before.size()));
    edit.eventsBefore.insert(event.id, std::nullopt);
    edit.eventsAfter.insert(event.id, event);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        edit.photosBefore.insert(it.key(), it.value());
        PhotoEventAssignment after = it.value();
        after.eventId = event.id;
        after.byHand = true;
        edit.photosAfter.insert(it.key(), after);
    }
    edit.focusEventId = event.id;
    return edit;
}

EventEdit EventService::shiftCameraClock(qint64 eventId, const CameraClock &camera,
                                         qint64 shiftSeconds) const
{
    m_lastError.clear();
    const std::optional<EventRecord> event = m_repository->record(eventId);
    if (!event) {
        m_lastError = tr("The event no longer exists.");
        return {};
    }
    EventEdit edit;
    for (const EventPhoto &photo : m_repository->photos(eventId)) {
        if (!takenWith(photo, camera) || photo.assignment.clockShiftSeconds == shiftSeconds)
            continue;
        edit.photosBefore.insert(photo.photoId, photo.assignment);
        PhotoEventAssignment after = photo.assignment;
        after.clockShiftSeconds = shiftSeconds;
        // Corrected photos stay in the event they were corrected in.
        after.byHand = true;
        edit.photosAfter.insert(photo.photoId, after);
    }
    if (edit.photosAfter.isEmpty())
        return {};
    edit.text = tr("Correct Camera Clock");
    if (!event->byHand) {
        EventRecord after = *event;
        after.byHand = true;
        edit.eventsBefore.insert(eventId, event);
        edit.eventsAfter.insert(eventId, after);
    }
    return edit;
}

QList<ClockShiftPreview> EventService::previewClockShift(qint64 eventId, const CameraClock &camera,
                                                         qint64 shiftSeconds) const
{
    const QList<EventPhoto> photos = m_repository->photos(eventId);
    QList<qint64> cameraPhotos;
    for (const EventPhoto &photo : photos) {
        if (takenWith(photo, camera))
            cameraPhotos.append(photo.photoId);
    }
    TimelineUpdater updater(m_connection, m_systemZone);
    const QHash<qint64, ResolvedTime> shifted = updater.preview(cameraPhotos, shiftSeconds);

    // Every photo's instant before and after, to tell where each of the camera's lands among the
    // others.
    struct Placed
    {
        qint64 photoId;
        qint64 instantMs;
    };
    QList<Placed> beforeOrder;
    QList<Placed> afterOrder;
    for (const EventPhoto &photo : photos) {
        if (photo.instantMs == 0)
            continue;
        beforeOrder.append({photo.photoId, photo.instantMs});
        const auto it = shifted.constFind(photo.photoId);
        afterOrder.append({photo.photoId, it != shifted.cend() ? it->instantMs : photo.instantMs});
    }
    const auto byTime = [](const Placed &a, const Placed &b) {
        return a.instantMs != b.instantMs ? a.instantMs < b.instantMs : a.photoId < b.photoId;
    };
    std::stable_sort(afterOrder.begin(), afterOrder.end(), byTime);
    QHash<qint64, int> positionBefore;
    QHash<qint64, int> positionAfter;
    for (qsizetype i = 0; i < beforeOrder.size(); ++i)
        positionBefore.insert(beforeOrder.at(i).photoId, int(i));
    for (qsizetype i = 0; i < afterOrder.size(); ++i)
        positionAfter.insert(afterOrder.at(i).photoId, int(i));

    QList<ClockShiftPreview> preview;
    for (const EventPhoto &photo : photos) {
        const auto it = shifted.constFind(photo.photoId);
        if (it == shifted.cend() || photo.instantMs == 0)
            continue;
        ClockShiftPreview row;
        row.photoId = photo.photoId;
        row.fileName = QFileInfo(photo.path).fileName();
        row.before = QDateTime::fromMSecsSinceEpoch(
            photo.instantMs + qint64(photo.offsetSeconds) * 1000, Qt::UTC);
        row.after = QDateTime::fromMSecsSinceEpoch(it->instantMs + qint64(it->offsetSeconds) * 1000,
                                                   Qt::UTC);
        row.positionBefore = positionBefore.value(photo.photoId);
        row.positionAfter = positionAfter.value(photo.photoId);
        preview.append(row);
    }
    return preview;
}

QList<qint64> EventService::touchedPhotos(const EventEdit &edit) const
{
    QSet<qint64> ids;
    for (auto it = edit.photosAfter.cbegin(); it != edit.photosAfter.cend(); ++it)
        ids.insert(it.key());
    for (auto it = edit.photosBefore.cbegin(); it != edit.photosBefore.cend(); ++it)
        ids.insert(it.key());
    // A zone change moves every photo of the event that had no better offset.
    for (auto it = edit.eventsAfter.cbegin(); it != edit.eventsAfter.cend(); ++it) {
        const std::optional<EventRecord> &before = edit.eventsBefore.value(it.key());
        const std::optional<EventRecord> &after = it.value();
        if ((before ? before->timeZoneId : QString()) != (after ? after->timeZoneId : QString())) {
            for (const EventPhoto &photo : m_repository->photos(it.key()))
                ids.insert(photo.photoId);
        }
    }
    QList<qint64> list(ids.cbegin(), ids.cend());
    std::sort(list.begin(), list.end());
    return list;
}

bool EventService::writeInTransaction(const std::function<QString()> &work)
{
    // Committed only when the work reports no error; otherwise the transaction's destructor
    // rolls everything back and the catalog is as it was.
    Transaction transaction(m_connection.database());
    QString error = transaction.isActive() ? work() : transaction.beginError();
    if (error.isEmpty())
        error = transaction.commit();
    m_lastError = error;
    return error.isEmpty();
}

bool EventService::apply(const EventEdit &edit, bool forward)
{
    const auto &events = forward ? edit.eventsAfter : edit.eventsBefore;
    const auto &photos = forward ? edit.photosAfter : edit.photosBefore;
    const auto &photosWere = forward ? edit.photosBefore : edit.photosAfter;
    QList<qint64> touched;
    const bool written = writeInTransaction([&]() -> QString {
        EventAttachments attachments(m_connection);
        // Events first (photos may point at a new one), then photos, then the events that go.
        for (auto it = events.cbegin(); it != events.cend(); ++it) {
            if (!it.value())
                continue;
            const bool exists = m_repository->record(it.key()).has_value();
            EventRecord record = *it.value();
            record.id = it.key();
            if (exists ? !m_repository->update(record) : m_repository->insert(record) == 0)
                return m_repository->lastError();
            // An event this edit removed before is back: so are its galleries and entries.
            if (!exists && edit.attachmentsOfRemoved.contains(it.key()) &&
                !attachments.move(edit.attachmentsOfRemoved.value(it.key()), it.key()))
                return attachments.lastError();
        }
        for (auto it = photos.cbegin(); it != photos.cend(); ++it) {
            if (!m_repository->assign(it.key(), it.value()))
                return m_repository->lastError();
        }
        for (auto it = events.cbegin(); it != events.cend(); ++it) {
            if (it.value())
                continue;
            const EventAttachments::Ids owned = attachments.of(it.key());
            if (!attachments.lastError().isEmpty())
                return attachments.lastError();
            if (!owned.isEmpty()) {
                edit.attachmentsOfRemoved.insert(it.key(), owned);
                if (!attachments.move(owned,
                                      EventAttachments::successorOf(it.key(), photosWere, photos)))
                    return attachments.lastError();
            }
            if (!m_repository->remove(it.key()))
                return m_repository->lastError();
        }
        touched = touchedPhotos(edit);
        TimelineUpdater updater(m_connection, m_systemZone);
        return updater.update(touched) ? QString() : updater.lastError();
    });
    if (!written)
        return false;
    emit eventsChanged();
    if (!touched.isEmpty())
        emit photosChanged(touched);
    return true;
}

bool EventService::updateTimeline(const QList<qint64> &photoIds)
{
    int changed = 0;
    const bool written = writeInTransaction([&]() -> QString {
        TimelineUpdater updater(m_connection, m_systemZone);
        if (!updater.update(photoIds))
            return updater.lastError();
        changed = updater.photosChanged();
        return {};
    });
    if (!written)
        return false;
    if (changed > 0) {
        emit photosChanged(photoIds);
        emit eventsChanged();
    }
    return true;
}

RegroupResult EventService::regroup()
{
    RegroupResult result;
    const bool written = writeInTransaction([&]() -> QString {
        TimelineUpdater updater(m_connection, m_systemZone);
        if (!updater.update())
            return updater.lastError();
        result = EventRegrouper(m_connection).regroup();
        return result.ok ? QString() : result.error;
    });
    if (!written) {
        result.ok = false;
        result.error = m_lastError;
        return result;
    }
    emit eventsChanged();
    emit photosChanged({});
    return result;
}
