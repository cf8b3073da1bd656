#include "core/events/eventgrouper.h"
#include "core/events/timeresolver.h"

#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

struct Place
{
    double latitude = 0.0;
    double longitude = 0.0;
};

// Real places; the distances in the comments are great circles between them.
namespace Barcelona {
constexpr Place llotja{41.3826, 2.1818};      // Casa Llotja de Mar, the security summit
constexpr Place placaDelSol{41.4017, 2.1574}; // the meetup's bar in Gràcia, 2.9 km from Llotja
constexpr Place firaHall8{41.3545, 2.1276};   // Fira Gran Via, 5.5 km from Llotja
constexpr Place firaHall2{41.3580, 2.1240};   // the other end of Fira, 0.5 km from Hall 8
constexpr Place salaApolo{41.3743, 2.1693};   // the party, 4.2 km from Hall 2, 4.1 from Hall 8
} // namespace Barcelona

namespace RoadTrip {
constexpr Place chicago{41.8826, -87.6226}; // Millennium Park
constexpr Place iowaCity{41.6611, -91.5360};
constexpr Place omahaOldMarket{41.2565, -95.9345};
constexpr Place omahaHotel{41.2587, -95.9378};   // 0.4 km from the Old Market
constexpr Place northPlatte{41.1240, -100.7654}; // Central time
constexpr Place ogallala{41.1280, -101.7196};    // Mountain time, 80 km further west
constexpr Place denver{39.7527, -104.9997};      // Union Station
constexpr Place redRocks{39.6654, -105.2057};
constexpr Place laramie{41.3114, -105.5911};
constexpr Place saltLakeCity{40.7707, -111.8919};
} // namespace RoadTrip

namespace Berlin {
constexpr Place kreuzbergFlat{52.4890, 13.3930};
constexpr Place tempelhoferFeld{52.4730, 13.4020}; // 1.9 km from the flat
} // namespace Berlin

QDateTime at(const char *isoWithOffset)
{
    return QDateTime::fromString(QString::fromLatin1(isoWithOffset), Qt::ISODate);
}

qint64 secondsBetween(const char *from, const char *to)
{
    return at(from).secsTo(at(to));
}

QList<int> minutes(std::initializer_list<int> values)
{
    QList<int> seconds;
    for (const int value : values)
        seconds.append(value * 60);
    return seconds;
}

// How a camera writes a photo's time: its clock shows the local time of `zone` plus its error;
// it may write the offset and the GPS time stamp. The user's correction goes in clockShift.
struct Camera
{
    QTimeZone zone;
    qint64 clockErrorSeconds = 0;
    bool writesOffset = false;
    bool writesGpsTime = false;
    qint64 clockShiftSeconds = 0;

    PhotoTimeFacts factsAt(const QDateTime &trueInstant) const
    {
        const QDateTime local = trueInstant.toTimeZone(zone).addSecs(clockErrorSeconds);
        PhotoTimeFacts facts;
        facts.wallTime = QDateTime(local.date(), local.time(), Qt::UTC);
        if (writesOffset)
            facts.fileOffsetSeconds = zone.offsetFromUtc(trueInstant);
        if (writesGpsTime)
            facts.gpsTimeUtc = trueInstant.toUTC();
        facts.clockShiftSeconds = clockShiftSeconds;
        return facts;
    }
};

// Builds a timeline the way a trip fills one: sessions of photos at a place.
class Timeline
{
public:
    QTimeZone eventZone;
    QTimeZone systemZone = QTimeZone(QByteArray("Europe/Berlin"));

    // Photos from `start` to `end` (true instants; the last is exactly at `end`), the pauses
    // between them cycling through `cadenceSeconds`. Without a camera a photo's instant is the true
    // one; with one it is what TimeResolver makes of what the camera wrote. Returns the photos'
    // ids.
    QList<qint64> shoot(const char *start, const char *end, const QList<int> &cadenceSeconds,
                        std::optional<Place> place, const std::optional<Camera> &camera = {})
    {
        QList<qint64> ids;
        const QDateTime last = at(end);
        QDateTime time = at(start);
        for (int i = 0; time < last;
             time = time.addSecs(cadenceSeconds[i++ % cadenceSeconds.size()]))
            ids.append(add(time, place, camera));
        ids.append(add(last, place, camera));
        return ids;
    }

    const QList<GroupingPhoto> &photos() const { return m_photos; }

private:
    qint64 add(const QDateTime &trueInstant, const std::optional<Place> &place,
               const std::optional<Camera> &camera)
    {
        GroupingPhoto photo;
        photo.photoId = m_nextId++;
        photo.instantMs = trueInstant.toMSecsSinceEpoch();
        if (camera) {
            photo.instantMs =
                TimeResolver::resolve(camera->factsAt(trueInstant), eventZone, systemZone)
                    .value()
                    .instantMs;
        }
        if (place) {
            photo.latitude = place->latitude;
            photo.longitude = place->longitude;
        }
        m_photos.append(photo);
        return photo.photoId;
    }

    QList<GroupingPhoto> m_photos;
    qint64 m_nextId = 1;
};

QList<QList<qint64>> idsOf(const QList<PhotoGroup> &groups)
{
    QList<QList<qint64>> ids;
    for (const PhotoGroup &group : groups)
        ids.append(group.photoIds);
    return ids;
}

EventSplitReason timeGap(qint64 seconds)
{
    return {EventSplitReason::Kind::TimeGap, seconds, 0.0};
}

// Compares a Moved reason, its distance within 0.5 %.
bool isMoved(const EventSplitReason &reason, qint64 seconds, double metres)
{
    const bool same = reason.kind == EventSplitReason::Kind::Moved &&
                      reason.gapSeconds == seconds &&
                      std::abs(reason.distanceMetres - metres) <= metres * 0.005;
    if (!same)
        qWarning("kind %d, %lld s, %.0f m", int(reason.kind), reason.gapSeconds,
                 reason.distanceMetres);
    return same;
}

GroupingPhoto photo(qint64 id, const char *instant, std::optional<Place> place = {})
{
    GroupingPhoto result{id, at(instant).toMSecsSinceEpoch(), {}, {}};
    if (place) {
        result.latitude = place->latitude;
        result.longitude = place->longitude;
    }
    return result;
}

// A conference day's rhythm: a photo every 5 to 40 min (16.5 min the median of these; with the
// short pauses where sessions end, the rhythm the grouper measures is 13.5 to 15 min).
const QList<int> kConferenceCadence = minutes({12, 5, 27, 18, 40, 9, 22, 15, 33, 7});
// An evening out: every 5 to 20 min.
const QList<int> kEveningCadence = minutes({8, 15, 6, 20, 11, 5, 14});

} // namespace

class TestEventGrouper : public QObject
{
    Q_OBJECT

private slots:
    void conferenceInBarcelona();
    void conferenceInBarcelonaWithoutGps();
    void roadTripAcrossTimeZones();
    void newYearsPartyAcrossMidnight();
    void easterNightAcrossSpringForward();
    void twoCamerasWithDifferentClocks();
    void emptyAndSingle();
    void identicalInstantsAndUnsortedInput();
    void burstThenNormalPauses();
    void burstsDoNotSetTheRhythm();
    void thresholds();
    void photosWithoutGpsDoNotBlock();
    void distance();
};

// KubeCon-like, May 2019, +02:00. Day 1: a security summit at Casa Llotja 09:00-17:30; that
// evening a meetup at a bar in Gràcia, 2.9 km away, 19:30-22:30. Days 2 and 3: the conference at
// Fira Gran Via (5.8 km from the bar), 09:00-17:30 with a 75-min lunch without photos on day 2,
// 09:00-18:00 at the other end of the venue on day 3. The party at Sala Apolo, 4.2 km away,
// 20:00-23:30. Expected: the summit; the meetup (moved 2.9 km after 2 h); days 2 and 3 as one
// (moved 5.8 km; the 15.5 h overnight at one venue does not split); the party (moved 4.2 km).
void TestEventGrouper::conferenceInBarcelona()
{
    using namespace Barcelona;
    Timeline trip;
    const auto summit = trip.shoot("2019-05-20T09:00:00+02:00", "2019-05-20T17:30:00+02:00",
                                   kConferenceCadence, llotja);
    const auto meetup = trip.shoot("2019-05-20T19:30:00+02:00", "2019-05-20T22:30:00+02:00",
                                   kEveningCadence, placaDelSol);
    const auto day2Morning = trip.shoot("2019-05-21T09:00:00+02:00", "2019-05-21T12:30:00+02:00",
                                        kConferenceCadence, firaHall8);
    const auto day2Afternoon = trip.shoot("2019-05-21T13:45:00+02:00", "2019-05-21T17:30:00+02:00",
                                          kConferenceCadence, firaHall8);
    const auto day3 = trip.shoot("2019-05-22T09:00:00+02:00", "2019-05-22T18:00:00+02:00",
                                 kConferenceCadence, firaHall2);
    const auto party = trip.shoot("2019-05-22T20:00:00+02:00", "2019-05-22T23:30:00+02:00",
                                  kEveningCadence, salaApolo);

    const QList<PhotoGroup> groups = EventGrouper::group(trip.photos());
    QCOMPARE(idsOf(groups),
             (QList<QList<qint64>>{summit, meetup, day2Morning + day2Afternoon + day3, party}));
    QCOMPARE(groups[0].reason, EventSplitReason());
    QVERIFY(isMoved(groups[1].reason, 2 * 3600, 2942));
    QVERIFY(isMoved(groups[2].reason,
                    secondsBetween("2019-05-20T22:30:00+02:00", "2019-05-21T09:00:00+02:00"),
                    5808));
    QVERIFY(isMoved(groups[3].reason, 2 * 3600, 4192));
    QCOMPARE(groups[2].firstInstantMs, at("2019-05-21T09:00:00+02:00").toMSecsSinceEpoch());
    QCOMPARE(groups[2].lastInstantMs, at("2019-05-22T18:00:00+02:00").toMSecsSinceEpoch());
}

// The same trip shot with a camera without GPS. Nothing says days 2 and 3 are at one place, so the
// 15.5 h overnight is what it looks like: a pause fifty times the day's rhythm, and the days split.
// The 75-min lunch stays (the rhythm around it is 13.5 min: it would take 81 min). Expected:
// summit, meetup, day 2, day 3, party, each after a time gap.
void TestEventGrouper::conferenceInBarcelonaWithoutGps()
{
    Timeline trip;
    const auto summit = trip.shoot("2019-05-20T09:00:00+02:00", "2019-05-20T17:30:00+02:00",
                                   kConferenceCadence, {});
    const auto meetup =
        trip.shoot("2019-05-20T19:30:00+02:00", "2019-05-20T22:30:00+02:00", kEveningCadence, {});
    const auto day2 = trip.shoot("2019-05-21T09:00:00+02:00", "2019-05-21T12:30:00+02:00",
                                 kConferenceCadence, {}) +
                      trip.shoot("2019-05-21T13:45:00+02:00", "2019-05-21T17:30:00+02:00",
                                 kConferenceCadence, {});
    const auto day3 = trip.shoot("2019-05-22T09:00:00+02:00", "2019-05-22T18:00:00+02:00",
                                 kConferenceCadence, {});
    const auto party =
        trip.shoot("2019-05-22T20:00:00+02:00", "2019-05-22T23:30:00+02:00", kEveningCadence, {});

    const QList<PhotoGroup> groups = EventGrouper::group(trip.photos());
    QCOMPARE(idsOf(groups), (QList<QList<qint64>>{summit, meetup, day2, day3, party}));
    QCOMPARE(groups[1].reason, timeGap(2 * 3600));
    QCOMPARE(groups[2].reason, timeGap(10 * 3600 + 30 * 60));
    QCOMPARE(groups[3].reason, timeGap(15 * 3600 + 30 * 60));
    QCOMPARE(groups[4].reason, timeGap(2 * 3600));
}

// Chicago to Salt Lake City by car, August 2024, a phone writing its offset (and, on day 2, only
// the GPS time, as older phones do); its clock follows the zone. Each drive is hundreds of km and
// hours: a new event, moved so far. The night in Omaha (evening downtown, morning at the hotel
// 0.4 km away) is one event. North Platte (Central) and Ogallala (Mountain) are 50 min apart: one
// event, in the right order although Ogallala's clock shows earlier times. Salt Lake City comes 23
// h after Laramie: beyond alwaysSplitSeconds, and still reported as the 532 km it moved.
void TestEventGrouper::roadTripAcrossTimeZones()
{
    using namespace RoadTrip;
    const Camera central{QTimeZone(QByteArray("America/Chicago")), 0, true, true, 0};
    const Camera mountain{QTimeZone(QByteArray("America/Denver")), 0, true, true, 0};
    Camera olderPhone = central;
    olderPhone.writesOffset = false;
    Camera olderPhoneMountain = mountain;
    olderPhoneMountain.writesOffset = false;
    const QList<int> stops = minutes({8, 5, 12, 7, 10});

    Timeline trip; // no event zone; the computer is in Berlin, which nothing must use
    const auto chicagoIds = trip.shoot("2024-08-05T09:00:00-05:00", "2024-08-05T10:30:00-05:00",
                                       stops, chicago, central);
    const auto iowa = trip.shoot("2024-08-05T14:30:00-05:00", "2024-08-05T15:15:00-05:00", stops,
                                 iowaCity, central);
    const auto omaha = trip.shoot("2024-08-05T19:30:00-05:00", "2024-08-05T21:00:00-05:00", stops,
                                  omahaOldMarket, central) +
                       trip.shoot("2024-08-06T08:30:00-05:00", "2024-08-06T09:15:00-05:00", stops,
                                  omahaHotel, olderPhone);
    const auto platte = trip.shoot("2024-08-06T13:30:00-05:00", "2024-08-06T14:00:00-05:00", stops,
                                   northPlatte, olderPhone);
    // 13:50-14:10 on the phone's clock, which has just gone back an hour.
    const auto ogallalaIds = trip.shoot("2024-08-06T13:50:00-06:00", "2024-08-06T14:10:00-06:00",
                                        stops, ogallala, olderPhoneMountain);
    const auto denverIds = trip.shoot("2024-08-06T18:00:00-06:00", "2024-08-06T19:30:00-06:00",
                                      stops, denver, mountain);
    const auto redRocksIds = trip.shoot("2024-08-07T09:00:00-06:00", "2024-08-07T10:30:00-06:00",
                                        stops, redRocks, mountain);
    const auto laramieIds = trip.shoot("2024-08-07T14:30:00-06:00", "2024-08-07T15:00:00-06:00",
                                       stops, laramie, mountain);
    const auto saltLake = trip.shoot("2024-08-08T14:00:00-06:00", "2024-08-08T16:00:00-06:00",
                                     stops, saltLakeCity, mountain);

    QVERIFY(olderPhoneMountain.factsAt(at("2024-08-06T13:50:00-06:00")).wallTime <
            olderPhone.factsAt(at("2024-08-06T14:00:00-05:00")).wallTime);

    const QList<PhotoGroup> groups = EventGrouper::group(trip.photos());
    QCOMPARE(idsOf(groups), (QList<QList<qint64>>{chicagoIds, iowa, omaha, platte + ogallalaIds,
                                                  denverIds, redRocksIds, laramieIds, saltLake}));
    QCOMPARE(groups[0].reason.kind, EventSplitReason::Kind::First);
    QVERIFY(isMoved(groups[1].reason, 4 * 3600, 325442));
    QVERIFY(isMoved(groups[2].reason, 4 * 3600 + 15 * 60, 369250));
    QVERIFY(isMoved(groups[3].reason, 4 * 3600 + 15 * 60, 404179));
    QVERIFY(isMoved(groups[4].reason, 3 * 3600 + 50 * 60, 316895));
    QVERIFY(isMoved(groups[5].reason, 13 * 3600 + 30 * 60, 20119));
    QVERIFY(isMoved(groups[6].reason, 4 * 3600, 185906));
    QVERIFY(isMoved(groups[7].reason, 23 * 3600, 531722));
}

// New Year's Eve in a flat in Kreuzberg, 21:00 to 01:30, a photo every 2 to 9 min: one event, the
// date changing at midnight means nothing. The walk on Tempelhofer Feld at 11:00, 1.9 km away
// (neither the same place nor moved far): the 9.5 h pause against a 5-min rhythm splits it.
void TestEventGrouper::newYearsPartyAcrossMidnight()
{
    for (const bool withGps : {true, false}) {
        Timeline day;
        const auto party = day.shoot("2023-12-31T21:00:00+01:00", "2024-01-01T01:30:00+01:00",
                                     minutes({3, 7, 4, 9, 5, 2, 6}),
                                     withGps ? std::optional(Berlin::kreuzbergFlat) : std::nullopt);
        const auto walk =
            day.shoot("2024-01-01T11:00:00+01:00", "2024-01-01T12:00:00+01:00", minutes({6, 10, 4}),
                      withGps ? std::optional(Berlin::tempelhoferFeld) : std::nullopt);

        const QList<PhotoGroup> groups = EventGrouper::group(day.photos());
        QCOMPARE(idsOf(groups), (QList<QList<qint64>>{party, walk}));
        const qint64 midnight = at("2024-01-01T00:00:00+01:00").toMSecsSinceEpoch();
        QVERIFY(groups[0].firstInstantMs < midnight && groups[0].lastInstantMs > midnight);
        QCOMPARE(groups[1].reason, timeGap(9 * 3600 + 30 * 60));
    }
}

// Easter night 2024 in Berlin, the night clocks sprang forward. A camera without offset or GPS,
// the event's zone set to Europe/Berlin, a photo every 10 min from 22:00 to 04:30: its clock reads
// 01:50 and then 03:00. Resolved, those are 10 min apart and the party is one event; read as they
// are, the wall times would show a 70-min pause against a 10-min rhythm and split it. Brunch at
// 12:00 is its own event. A photo without any time gets no instant: it is not grouped.
void TestEventGrouper::easterNightAcrossSpringForward()
{
    const QTimeZone berlin(QByteArray("Europe/Berlin"));
    const Camera camera{berlin, 0, false, false, 0};
    const QList<int> everyTenMinutes = minutes({10});
    Timeline night;
    night.eventZone = berlin;
    const auto party = night.shoot("2024-03-30T22:00:00+01:00", "2024-03-31T04:30:00+02:00",
                                   everyTenMinutes, {}, camera);
    const auto brunch = night.shoot("2024-03-31T12:00:00+02:00", "2024-03-31T13:30:00+02:00",
                                    everyTenMinutes, {}, camera);

    const QList<PhotoGroup> groups = EventGrouper::group(night.photos());
    QCOMPARE(idsOf(groups), (QList<QList<qint64>>{party, brunch}));
    QCOMPARE(groups[1].reason, timeGap(7 * 3600 + 30 * 60));
    for (qsizetype i = 1; i < party.size(); ++i)
        QCOMPARE(night.photos()[i].instantMs - night.photos()[i - 1].instantMs, qint64(600'000));

    // The wall times taken for instants, which is what a timeline without zones would do.
    QList<GroupingPhoto> naive = night.photos();
    for (GroupingPhoto &photo : naive) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(photo.instantMs, berlin);
        photo.instantMs = QDateTime(local.date(), local.time(), Qt::UTC).toMSecsSinceEpoch();
    }
    QCOMPARE(EventGrouper::group(naive).size(), 3);

    PhotoTimeFacts undated;
    undated.gpsTimeUtc = at("2024-03-31T01:00:00Z");
    QVERIFY(!TimeResolver::resolve(undated, berlin, berlin));
}

// The summit day in Barcelona shot with a phone (offset and GPS) and a camera whose clock is 1 h
// 03 min fast, without GPS, the event's zone Europe/Madrid. The user's correction (-1 h 03 min)
// puts the camera's photos among the phone's: one summit event, then the meetup 2 h later.
// Without it the camera's last photos land at 18:33, 57 min before the meetup, and summit and
// meetup run together.
void TestEventGrouper::twoCamerasWithDifferentClocks()
{
    const QTimeZone madrid(QByteArray("Europe/Madrid"));
    const Camera phone{madrid, 0, true, true, 0};
    for (const bool corrected : {true, false}) {
        const Camera camera{madrid, 3780, false, false, corrected ? -3780 : 0};
        Timeline day;
        day.eventZone = madrid;
        const auto phoneSummit = day.shoot("2019-05-20T09:00:00+02:00", "2019-05-20T17:30:00+02:00",
                                           kConferenceCadence, Barcelona::llotja, phone);
        const auto cameraSummit =
            day.shoot("2019-05-20T09:20:00+02:00", "2019-05-20T17:30:00+02:00",
                      minutes({25, 35, 30, 40}), {}, camera);
        const auto meetup = day.shoot("2019-05-20T19:30:00+02:00", "2019-05-20T22:30:00+02:00",
                                      kEveningCadence, Barcelona::placaDelSol, phone);

        // The true order of the summit's photos: by true instant, which is the phone's order of
        // shooting and the camera's, interleaved.
        QList<GroupingPhoto> truth = day.photos().mid(0, phoneSummit.size() + cameraSummit.size());
        std::stable_sort(truth.begin(), truth.end(), [&](const auto &a, const auto &b) {
            const auto trueMs = [&](const GroupingPhoto &p) {
                return cameraSummit.contains(p.photoId) && !corrected ? p.instantMs - 3780'000
                                                                      : p.instantMs;
            };
            return trueMs(a) < trueMs(b);
        });
        QList<qint64> summitInTrueOrder;
        for (const GroupingPhoto &p : truth)
            summitInTrueOrder.append(p.photoId);

        const QList<PhotoGroup> groups = EventGrouper::group(day.photos());
        if (corrected) {
            QCOMPARE(idsOf(groups), (QList<QList<qint64>>{summitInTrueOrder, meetup}));
            QVERIFY(isMoved(groups[1].reason, 2 * 3600, 2942));
        } else {
            QCOMPARE(groups.size(), 1);
            QVERIFY(groups[0].photoIds != summitInTrueOrder + meetup);
            QCOMPARE(groups[0].photoIds.size(), summitInTrueOrder.size() + meetup.size());
        }
    }
}

void TestEventGrouper::emptyAndSingle()
{
    QVERIFY(EventGrouper::group({}).isEmpty());

    const QList<PhotoGroup> groups = EventGrouper::group({photo(7, "2024-06-01T12:00:00Z")});
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups[0].photoIds, QList<qint64>{7});
    QCOMPARE(groups[0].reason, EventSplitReason());
    QCOMPARE(groups[0].firstInstantMs, at("2024-06-01T12:00:00Z").toMSecsSinceEpoch());
    QCOMPARE(groups[0].lastInstantMs, groups[0].firstInstantMs);
}

void TestEventGrouper::identicalInstantsAndUnsortedInput()
{
    // Ties go by photo id, whatever order the photos come in: the same input gives the same groups.
    QList<GroupingPhoto> photos{
        photo(30, "2024-06-02T12:00:00Z"), photo(3, "2024-06-01T12:00:00Z"),
        photo(1, "2024-06-01T12:00:00Z"),  photo(2, "2024-06-01T12:00:00Z"),
        photo(20, "2024-06-02T12:00:00Z"),
    };
    const QList<QList<qint64>> expected{{1, 2, 3}, {20, 30}};
    QCOMPARE(idsOf(EventGrouper::group(photos)), expected);
    std::reverse(photos.begin(), photos.end());
    QCOMPARE(idsOf(EventGrouper::group(photos)), expected);
}

// Fifty photos in ten seconds, a 20-min pause, then a photo every 10 min for an hour: one event.
// The burst's pauses (0.2 s) are no rhythm to measure a 20-min pause against.
void TestEventGrouper::burstThenNormalPauses()
{
    QList<GroupingPhoto> photos;
    const qint64 start = at("2024-06-01T14:00:00Z").toMSecsSinceEpoch();
    for (int i = 0; i < 50; ++i)
        photos.append({i + 1, start + i * 200, {}, {}});
    for (int i = 0; i < 7; ++i)
        photos.append({100 + i, start + 9'800 + (20 + 10 * i) * 60'000, {}, {}});
    QCOMPARE(EventGrouper::group(photos).size(), 1);
}

// Every 20 min a burst of five photos in two seconds, then a 75-min pause, then more of the same.
// The rhythm is the 20 min between moments, not the half second inside a burst: 75 min is under
// six times 20, one event.
void TestEventGrouper::burstsDoNotSetTheRhythm()
{
    QList<GroupingPhoto> photos;
    qint64 id = 1;
    qint64 moment = at("2024-06-01T10:00:00Z").toMSecsSinceEpoch();
    for (int m = 0; m < 12; ++m) {
        for (int i = 0; i < 5; ++i)
            photos.append({id++, moment + i * 500, {}, {}});
        moment += (m == 5 ? 75 : 20) * 60'000;
    }
    QCOMPARE(EventGrouper::group(photos).size(), 1);
}

void TestEventGrouper::thresholds()
{
    const GroupingSettings settings = GroupingSettings::defaults();
    QVERIFY(settings.neverSplitSeconds < settings.alwaysSplitSeconds);
    QVERIFY(settings.samePlaceMetres < settings.movedMetres);
    QVERIFY(settings.rhythmFactor > 1.0);

    const Place here = Barcelona::firaHall8;
    const Place far = Barcelona::salaApolo;
    auto groupsOf = [&](const char *second, Place secondPlace) {
        return EventGrouper::group({photo(1, "2024-06-01T08:00:00Z", here),
                                    photo(2, "2024-06-01T08:10:00Z", here),
                                    photo(3, second, secondPlace)});
    };
    // alwaysSplitSeconds splits even at the same place; a second less does not.
    QCOMPARE(groupsOf("2024-06-02T04:10:00Z", here).size(), 2);
    QCOMPARE(groupsOf("2024-06-02T04:09:59Z", here).size(), 1);
    QCOMPARE(groupsOf("2024-06-02T04:10:00Z", here)[1].reason, timeGap(20 * 3600));
    // Under neverSplitSeconds nothing splits, even 4 km away.
    QCOMPARE(groupsOf("2024-06-01T09:09:59Z", far).size(), 1);
    // At it, the move does.
    const QList<PhotoGroup> moved = groupsOf("2024-06-01T09:10:00Z", far);
    QCOMPARE(moved.size(), 2);
    QVERIFY(isMoved(moved[1].reason, 3600, 4118));
}

// Photos without GPS between the places: the place before a pause is the nearest one with GPS in
// the event so far, the place after it the first with GPS after it; none means the rhythm decides.
void TestEventGrouper::photosWithoutGpsDoNotBlock()
{
    using namespace Barcelona;
    const QList<PhotoGroup> groups = EventGrouper::group({
        photo(1, "2024-06-01T08:00:00Z", firaHall8),
        photo(2, "2024-06-01T08:40:00Z"),
        photo(3, "2024-06-01T09:20:00Z"),
        // 70 min against a 40-min rhythm: no time gap, but the place moved 4.1 km.
        photo(4, "2024-06-01T10:30:00Z"),
        photo(5, "2024-06-01T11:10:00Z", salaApolo),
        // Then 5 h with no place after it at all: over six times the 40-min rhythm, a time gap.
        photo(6, "2024-06-01T16:10:00Z"),
        photo(7, "2024-06-01T16:50:00Z"),
    });
    QCOMPARE(idsOf(groups), (QList<QList<qint64>>{{1, 2, 3}, {4, 5}, {6, 7}}));
    QVERIFY(isMoved(groups[1].reason, 70 * 60, 4118));
    QCOMPARE(groups[2].reason, timeGap(5 * 3600));
}

void TestEventGrouper::distance()
{
    // A degree of longitude on the equator: 2 pi R / 360.
    QVERIFY(std::abs(EventGrouper::distanceMetres(0, 0, 0, 1) - 111195.08) < 0.01);
    QCOMPARE(EventGrouper::distanceMetres(41.3826, 2.1818, 41.3826, 2.1818), 0.0);
    // Antipodes: half the circumference, without NaN from rounding.
    QVERIFY(std::abs(EventGrouper::distanceMetres(10, 20, -10, -160) - 20015114.4) < 1.0);
    // Symmetric.
    QCOMPARE(EventGrouper::distanceMetres(41.8826, -87.6226, 40.7707, -111.8919),
             EventGrouper::distanceMetres(40.7707, -111.8919, 41.8826, -87.6226));
}

QTEST_GUILESS_MAIN(TestEventGrouper)
#include "tst_eventgrouper.moc"
