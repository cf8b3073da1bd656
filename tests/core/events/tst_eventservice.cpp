#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventeditcommand.h"
#include "core/events/eventservice.h"
#include "core/import/importworker.h"
#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

// Barcelona: the summit venue, and a bar 2.9 km away.
constexpr double kVenueLat = 41.3851;
constexpr double kVenueLon = 2.1734;
constexpr double kBarLat = 41.4036;
constexpr double kBarLon = 2.1744 + 0.018;

struct Shot
{
    QString name;
    QString wallTime; // "2019-05-20T09:00:00"
    std::optional<int> offsetSeconds;
    QString model = QStringLiteral("EOS R5");
    std::optional<std::pair<double, double>> place;
    std::optional<QDateTime> gpsTimeUtc;
};

} // namespace

class TestEventService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupsADayAndAnEveningWithReasons();
    void editsAreUndoneExactly();
    void mergeSplitMoveAndCreate();
    void clockCorrectionIsPreviewedAppliedAndUndone();
    void eventTimeZonePlacesPhotosWithoutOffset();
    void regroupingKeepsWhatWasDoneByHand();
    void reimportKeepsWhatWasDoneByHand();
    void galleriesAndEntriesFollowTheirEvent();
    void regroupingHandsOnWhatWasMadeForAnEvent();

private:
    // A gallery and a journal entry of this event, as their features store them.
    std::pair<qint64, qint64> attachTo(qint64 eventId);
    qint64 eventOf(const char *table, qint64 id) const;
    qint64 add(const Shot &shot);
    void addConferenceDay();
    QList<qint64> eventIds() const;
    qint64 id(const char *name) const { return m_ids.value(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<EventService> m_service;
    QHash<QString, qint64> m_ids; // name -> photo id
};

void TestEventService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_service = std::make_unique<EventService>(m_catalog->connection());
    // Photos without an offset are placed in a fixed zone, whatever the machine's is.
    m_service->setSystemTimeZone(QTimeZone("Europe/Madrid"));
    m_ids.clear();
}

void TestEventService::cleanup()
{
    m_service.reset();
    m_catalog.reset();
    m_dir.reset();
}

qint64 TestEventService::add(const Shot &shot)
{
    PhotoRecord photo;
    photo.path = m_dir->filePath(shot.name);
    photo.fileSize = 1000;
    photo.identityKey = shot.name.toUtf8();
    photo.importedAt = QDateTime::currentDateTimeUtc();
    photo.metadata.make = QStringLiteral("Canon");
    photo.metadata.model = shot.model;
    photo.metadata.takenAt =
        TakenTime::fromSortableString(shot.wallTime, shot.offsetSeconds, QStringLiteral("test"));
    photo.metadata.gpsTimeUtc = shot.gpsTimeUtc;
    if (shot.place) {
        photo.metadata.gpsLatitude = shot.place->first;
        photo.metadata.gpsLongitude = shot.place->second;
    }
    const qint64 id = PhotoRepository(m_catalog->connection()).insert(photo);
    m_ids.insert(shot.name, id);
    return id;
}

void TestEventService::addConferenceDay()
{
    // A security summit from 9:00 to 17:30, then a meetup at a bar from 19:30: two events.
    const std::pair venue{kVenueLat, kVenueLon};
    const std::pair bar{kBarLat, kBarLon};
    int n = 0;
    for (const char *time : {"09:00", "09:40", "10:25", "11:10", "12:30", "13:45", "14:20", "15:05",
                             "16:00", "16:50", "17:30"})
        add({QStringLiteral("summit%1.jpg").arg(++n),
             QStringLiteral("2019-05-20T%1:00").arg(QLatin1String(time)), 7200,
             QStringLiteral("EOS R5"), venue});
    n = 0;
    for (const char *time : {"19:30", "19:55", "20:40", "21:15", "22:30"})
        add({QStringLiteral("meetup%1.jpg").arg(++n),
             QStringLiteral("2019-05-20T%1:00").arg(QLatin1String(time)), 7200,
             QStringLiteral("EOS R5"), bar});
    QVERIFY(m_service->regroup().ok);
}

QList<qint64> TestEventService::eventIds() const
{
    QList<qint64> ids;
    for (const EventSummary &event : m_service->events())
        ids.append(event.event.id);
    return ids;
}

void TestEventService::groupsADayAndAnEveningWithReasons()
{
    addConferenceDay();
    const QList<EventSummary> events = m_service->events();
    QCOMPARE(events.size(), 2);
    // Newest first.
    const EventSummary &meetup = events.at(0);
    const EventSummary &summit = events.at(1);
    QCOMPARE(summit.photoCount, 11);
    QCOMPARE(meetup.photoCount, 5);
    QCOMPARE(meetup.event.splitReason.kind, EventSplitReason::Kind::Moved);
    QCOMPARE(meetup.event.splitReason.gapSeconds, 2 * 3600);
    QVERIFY(meetup.event.splitReason.distanceMetres > 2000);
    QVERIFY2(EventService::splitReasonText(meetup.event).startsWith(QStringLiteral("Moved 2.")),
             qPrintable(EventService::splitReasonText(meetup.event)));
    QCOMPARE(summit.firstLocalTime(), QDateTime(QDate(2019, 5, 20), QTime(9, 0), Qt::UTC));
    QCOMPARE(summit.lastLocalTime(), QDateTime(QDate(2019, 5, 20), QTime(17, 30), Qt::UTC));
    QCOMPARE(m_service->photoIds(summit.event.id).constFirst(), id("summit1.jpg"));
    // Grouping the same photos again changes nothing.
    const RegroupResult again = m_service->regroup();
    QCOMPARE(again.photosMoved, 0);
    QCOMPARE(again.eventsCreated, 0);
    QCOMPARE(eventIds(), (QList<qint64>{meetup.event.id, summit.event.id}));
}

void TestEventService::editsAreUndoneExactly()
{
    addConferenceDay();
    const qint64 summit = m_service->events().at(1).event.id;
    const EventRecord before = m_service->event(summit)->event;
    QUndoStack stack;
    QSignalSpy changed(m_service.get(), &EventService::eventsChanged);
    stack.push(new EventEditCommand(
        *m_service, m_service->rename(summit, QStringLiteral(" Security Summit "))));
    stack.push(
        new EventEditCommand(*m_service, m_service->setPlace(summit, QStringLiteral("CCIB"))));
    stack.push(
        new EventEditCommand(*m_service, m_service->describe(summit, QStringLiteral("Day zero."))));
    QCOMPARE(changed.count(), 3);
    EventRecord after = m_service->event(summit)->event;
    QCOMPARE(after.title, QStringLiteral("Security Summit"));
    QCOMPARE(after.place, QStringLiteral("CCIB"));
    QCOMPARE(after.description, QStringLiteral("Day zero."));
    QVERIFY(after.byHand);
    QCOMPARE(stack.undoText(), QStringLiteral("Change Description"));
    // An edit that changes nothing is empty, and is not worth a place on the stack.
    QVERIFY(m_service->rename(summit, QStringLiteral("Security Summit")).isEmpty());

    stack.undo();
    stack.undo();
    stack.undo();
    QCOMPARE(m_service->event(summit)->event, before);
    stack.redo();
    QCOMPARE(m_service->event(summit)->event.title, QStringLiteral("Security Summit"));
    QVERIFY(m_service->rename(404, QStringLiteral("x")).isEmpty());
    QVERIFY(!m_service->lastError().isEmpty());
}

void TestEventService::mergeSplitMoveAndCreate()
{
    addConferenceDay();
    const qint64 meetup = m_service->events().at(0).event.id;
    const qint64 summit = m_service->events().at(1).event.id;
    QUndoStack stack;

    // Merge: into the earliest, which keeps its id.
    stack.push(new EventEditCommand(*m_service, m_service->merge({meetup, summit})));
    QCOMPARE(eventIds(), QList<qint64>{summit});
    QCOMPARE(m_service->event(summit)->photoCount, 16);
    stack.undo();
    QCOMPARE(eventIds(), (QList<qint64>{meetup, summit}));
    QCOMPARE(m_service->event(meetup)->photoCount, 5);

    // Split at a photo: it and every later one form a new event.
    const EventEdit split = m_service->splitAt(summit, id("summit6.jpg"));
    QVERIFY(split.focusEventId != 0);
    stack.push(new EventEditCommand(*m_service, split));
    QCOMPARE(m_service->event(summit)->photoCount, 5);
    QCOMPARE(m_service->event(split.focusEventId)->photoCount, 6);
    QCOMPARE(m_service->eventOfPhoto(id("summit6.jpg")), split.focusEventId);
    QVERIFY(m_service->splitAt(summit, id("summit1.jpg")).isEmpty());
    stack.undo();
    QVERIFY(!m_service->event(split.focusEventId));
    QCOMPARE(m_service->event(summit)->photoCount, 11);

    // Move two photos of the summit to the meetup.
    const QList<qint64> moved{id("summit10.jpg"), id("summit11.jpg")};
    stack.push(new EventEditCommand(*m_service, m_service->movePhotos(moved, meetup)));
    QCOMPARE(m_service->event(meetup)->photoCount, 7);
    QCOMPARE(m_service->eventOfPhoto(moved.first()), meetup);
    stack.undo();
    QCOMPARE(m_service->eventOfPhoto(moved.first()), summit);

    // A new event from a selection.
    const EventEdit created = m_service->createFromPhotos({id("meetup4.jpg"), id("meetup5.jpg")},
                                                          QStringLiteral("Late drinks"));
    stack.push(new EventEditCommand(*m_service, created));
    QCOMPARE(m_service->event(created.focusEventId)->event.title, QStringLiteral("Late drinks"));
    QCOMPARE(EventService::splitReasonText(m_service->event(created.focusEventId)->event),
             QStringLiteral("Made by hand"));
    QCOMPARE(m_service->event(meetup)->photoCount, 3);
    stack.undo();
    QVERIFY(!m_service->event(created.focusEventId));
    QCOMPARE(m_service->event(meetup)->photoCount, 5);
    // Redo brings the event back under the same id.
    stack.redo();
    QCOMPARE(m_service->event(created.focusEventId)->photoCount, 2);
}

void TestEventService::clockCorrectionIsPreviewedAppliedAndUndone()
{
    // A second camera, its clock 1 h 03 min slow, shoots the summit too: without the offset in
    // its files, its photos are placed in the system zone (Madrid, +02:00 in May).
    addConferenceDay();
    const qint64 summit = m_service->events().at(1).event.id;
    const qint64 slow = add({QStringLiteral("slow.jpg"), QStringLiteral("2019-05-20T09:07:00"),
                             std::nullopt, QStringLiteral("X100V")});
    QVERIFY(m_service->movePhotos({slow}, summit).photosAfter.size() == 1);
    QUndoStack stack;
    stack.push(new EventEditCommand(*m_service, m_service->movePhotos({slow}, summit)));
    const QList<CameraClock> cameras = m_service->cameras(summit);
    QCOMPARE(cameras.size(), 2);
    const CameraClock x100 = cameras.at(1);
    QCOMPARE(x100.model, QStringLiteral("X100V"));
    QCOMPARE(x100.photoCount, 1);

    const qint64 shift = 3600 + 3 * 60;
    const QList<ClockShiftPreview> preview = m_service->previewClockShift(summit, x100, shift);
    QCOMPARE(preview.size(), 1);
    QCOMPARE(preview.first().before, QDateTime(QDate(2019, 5, 20), QTime(9, 7), Qt::UTC));
    QCOMPARE(preview.first().after, QDateTime(QDate(2019, 5, 20), QTime(10, 10), Qt::UTC));
    QCOMPARE(preview.first().positionBefore, 1); // after 9:00
    QCOMPARE(preview.first().positionAfter, 2);  // after 9:40 now
    // The preview writes nothing.
    QCOMPARE(m_service->photoIds(summit).at(1), slow);

    stack.push(new EventEditCommand(*m_service, m_service->shiftCameraClock(summit, x100, shift)));
    QCOMPARE(m_service->photoIds(summit).at(2), slow);
    QCOMPARE(m_service->cameras(summit).at(1).clockShiftSeconds, shift);
    stack.undo();
    QCOMPARE(m_service->photoIds(summit).at(1), slow);
    QCOMPARE(m_service->cameras(summit).at(1).clockShiftSeconds, 0);
}

void TestEventService::eventTimeZonePlacesPhotosWithoutOffset()
{
    // A phone with offsets and a camera without, at 12:00 wall time each: in Madrid (system
    // zone) the camera's photo is 10:00 UTC; once the event says New York, 16:00 UTC.
    const qint64 phone = add({QStringLiteral("phone.jpg"), QStringLiteral("2024-07-04T12:00:00"),
                              -4 * 3600, QStringLiteral("Pixel 8")});
    const qint64 camera =
        add({QStringLiteral("camera.jpg"), QStringLiteral("2024-07-04T12:05:00"), std::nullopt});
    // A camera with GPS but no offset: its GPS time stamp says it is four hours behind UTC.
    const qint64 gps = add({QStringLiteral("gps.jpg"), QStringLiteral("2024-07-04T12:10:00"),
                            std::nullopt, QStringLiteral("Z9"), std::nullopt,
                            QDateTime(QDate(2024, 7, 4), QTime(16, 10), Qt::UTC)});
    QVERIFY(m_service->regroup().ok);
    QUndoStack stack;
    const EventEdit created = m_service->createFromPhotos({phone, camera, gps});
    stack.push(new EventEditCommand(*m_service, created));
    const qint64 event = created.focusEventId;
    // Madrid placed the camera's photo six hours before the phone's; the GPS one is right.
    QCOMPARE(m_service->photoIds(event), (QList<qint64>{camera, phone, gps}));
    stack.push(new EventEditCommand(
        *m_service, m_service->setTimeZone(event, QStringLiteral("America/New_York"))));
    QCOMPARE(m_service->photoIds(event), (QList<qint64>{phone, camera, gps}));
    const EventSummary summary = *m_service->event(event);
    QCOMPARE(summary.lastOffsetSeconds, -4 * 3600);
    QCOMPARE(summary.lastLocalTime(), QDateTime(QDate(2024, 7, 4), QTime(12, 10), Qt::UTC));
    QVERIFY(m_service->setTimeZone(event, QStringLiteral("Mars/Olympus_Mons")).isEmpty());
    stack.undo();
    QCOMPARE(m_service->photoIds(event), (QList<qint64>{camera, phone, gps}));
}

void TestEventService::regroupingKeepsWhatWasDoneByHand()
{
    addConferenceDay();
    const qint64 meetup = m_service->events().at(0).event.id;
    const qint64 summit = m_service->events().at(1).event.id;
    QUndoStack stack;
    stack.push(
        new EventEditCommand(*m_service, m_service->rename(summit, QStringLiteral("Summit"))));
    stack.push(
        new EventEditCommand(*m_service, m_service->movePhotos({id("meetup1.jpg")}, summit)));

    // Photos of another camera arrive later (a re-import): one during the summit, two on the
    // next day.
    const qint64 during = add({QStringLiteral("late1.jpg"), QStringLiteral("2019-05-20T11:30:00"),
                               7200, QStringLiteral("X100V")});
    const qint64 next1 = add({QStringLiteral("late2.jpg"), QStringLiteral("2019-05-22T10:00:00"),
                              7200, QStringLiteral("X100V")});
    add({QStringLiteral("late3.jpg"), QStringLiteral("2019-05-22T10:20:00"), 7200,
         QStringLiteral("X100V")});
    const RegroupResult result = m_service->regroup();
    QVERIFY(result.ok);
    QCOMPARE(result.eventsCreated, 1);

    // The renamed event kept its name, its photos and the one moved into it; the photo taken
    // during it joined it; the meetup kept its other photos.
    QCOMPARE(m_service->event(summit)->event.title, QStringLiteral("Summit"));
    QCOMPARE(m_service->eventOfPhoto(id("meetup1.jpg")), summit);
    QCOMPARE(m_service->eventOfPhoto(during), summit);
    QCOMPARE(m_service->event(summit)->photoCount, 13);
    QCOMPARE(m_service->event(meetup)->photoCount, 4);
    const qint64 nextDay = m_service->eventOfPhoto(next1);
    QVERIFY(nextDay != 0 && nextDay != summit && nextDay != meetup);
    QCOMPARE(m_service->event(nextDay)->event.splitReason.kind, EventSplitReason::Kind::TimeGap);
}

void TestEventService::reimportKeepsWhatWasDoneByHand()
{
    // Real files through the importer: two mornings, a day apart.
    const QString folder = m_dir->filePath(QStringLiteral("photos"));
    QVERIFY(QDir().mkpath(folder));
    const auto write = [&](const QString &name, const char *taken) {
        TestPhotoSpec spec;
        spec.size = QSize(32, 24);
        spec.tags = {
            TestPhotoFactory::tag("Exif.Photo.DateTimeOriginal", QLatin1String(taken)),
            TestPhotoFactory::tag("Exif.Photo.OffsetTimeOriginal", QStringLiteral("+02:00"))};
        const QString error = TestPhotoFactory::write(folder + QLatin1Char('/') + name, spec);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    };
    write(QStringLiteral("a1.jpg"), "2019:05:20 09:00:00");
    write(QStringLiteral("a2.jpg"), "2019:05:20 09:30:00");
    write(QStringLiteral("b1.jpg"), "2019:05:21 09:00:00");
    write(QStringLiteral("b2.jpg"), "2019:05:21 09:30:00");
    const std::atomic_bool cancelled = false;
    ImportReport report = ImportWorker(m_catalog->path(), {folder}).run(cancelled, {});
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    QCOMPARE(report.eventsCreated, 2);
    QCOMPARE(m_service->events().size(), 2);
    const qint64 first = m_service->events().at(1).event.id;
    const qint64 second = m_service->events().at(0).event.id;

    // By hand: the first morning is named, and b1 is moved into it.
    PhotoRepository photos(m_catalog->connection());
    const qint64 b1 = photos.findByPath(QDir(folder).filePath(QStringLiteral("b1.jpg")))->id;
    QUndoStack stack;
    stack.push(new EventEditCommand(*m_service, m_service->rename(first, QStringLiteral("Day 1"))));
    stack.push(new EventEditCommand(*m_service, m_service->movePhotos({b1}, first)));

    // A third morning arrives, and the folder is imported again.
    write(QStringLiteral("c1.jpg"), "2019:05:22 09:00:00");
    report = ImportWorker(m_catalog->path(), {folder}).run(cancelled, {});
    QVERIFY2(report.fatalError.isEmpty(), qPrintable(report.fatalError));
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.eventsCreated, 1);
    QCOMPARE(m_service->event(first)->event.title, QStringLiteral("Day 1"));
    QCOMPARE(m_service->eventOfPhoto(b1), first);
    QCOMPARE(m_service->event(first)->photoCount, 3);
    QCOMPARE(m_service->event(second)->photoCount, 1);
    QCOMPARE(m_service->events().size(), 3);
}

std::pair<qint64, qint64> TestEventService::attachTo(qint64 eventId)
{
    QSqlQuery query(m_catalog->connection().database());
    query.prepare(QStringLiteral("INSERT INTO galleries (event_id, title) VALUES (?, 'Notes')"));
    query.addBindValue(eventId);
    if (!query.exec())
        return {};
    const qint64 gallery = query.lastInsertId().toLongLong();
    query.prepare(QStringLiteral("INSERT INTO journal_entries (event_id, title, created_at, "
                                 "updated_at) VALUES (?, 'Day one', '2019-05-21', '2019-05-21')"));
    query.addBindValue(eventId);
    if (!query.exec())
        return {};
    return {gallery, query.lastInsertId().toLongLong()};
}

qint64 TestEventService::eventOf(const char *table, qint64 id) const
{
    QSqlQuery query(m_catalog->connection().database());
    query.prepare(QStringLiteral("SELECT event_id FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestEventService::galleriesAndEntriesFollowTheirEvent()
{
    addConferenceDay();
    const qint64 meetup = m_service->events().at(0).event.id;
    const qint64 summit = m_service->events().at(1).event.id;
    const auto [gallery, entry] = attachTo(meetup);
    QVERIFY(gallery != 0 && entry != 0);
    QUndoStack stack;

    // Merged away: the meetup's gallery and entry go with its photos, and come back on undo.
    stack.push(new EventEditCommand(*m_service, m_service->merge({meetup, summit})));
    QCOMPARE(eventOf("galleries", gallery), summit);
    QCOMPARE(eventOf("journal_entries", entry), summit);
    stack.undo();
    QCOMPARE(eventOf("galleries", gallery), meetup);
    QCOMPARE(eventOf("journal_entries", entry), meetup);
    stack.redo();
    QCOMPARE(eventOf("galleries", gallery), summit);
    stack.undo();

    // A split-off event got a gallery of its own: undoing the split hands it to the event its
    // photos return to, redoing gives it back.
    const EventEdit split = m_service->splitAt(summit, id("summit6.jpg"));
    stack.push(new EventEditCommand(*m_service, split));
    const auto [splitGallery, splitEntry] = attachTo(split.focusEventId);
    stack.undo();
    QCOMPARE(eventOf("galleries", splitGallery), summit);
    QCOMPARE(eventOf("journal_entries", splitEntry), summit);
    stack.redo();
    QCOMPARE(eventOf("galleries", splitGallery), split.focusEventId);
    QCOMPARE(eventOf("journal_entries", splitEntry), split.focusEventId);
    // The meetup's own were not touched by any of it.
    QCOMPARE(eventOf("galleries", gallery), meetup);
}

void TestEventService::regroupingHandsOnWhatWasMadeForAnEvent()
{
    addConferenceDay();
    const qint64 meetup = m_service->events().at(0).event.id;
    const qint64 summit = m_service->events().at(1).event.id;
    const auto [gallery, entry] = attachTo(meetup);
    // Photos found later fill the evening between the two: one event now, and the meetup's
    // gallery and entry go where its photos went instead of standing alone.
    for (const char *time : {"17:45", "18:00", "18:20", "18:40", "19:00", "19:15"})
        add({QStringLiteral("walk%1.jpg").arg(QLatin1String(time)),
             QStringLiteral("2019-05-20T%1:00").arg(QLatin1String(time)), 7200,
             QStringLiteral("EOS R5")});
    const RegroupResult result = m_service->regroup();
    QVERIFY(result.ok);
    QCOMPARE(eventIds().size(), 1);
    const qint64 remaining = eventIds().constFirst();
    QVERIFY(remaining == summit || remaining == meetup);
    QCOMPARE(eventOf("galleries", gallery), remaining);
    QCOMPARE(eventOf("journal_entries", entry), remaining);
}

QTEST_GUILESS_MAIN(TestEventService)
#include "tst_eventservice.moc"
