#include "core/events/timeresolver.h"

#include <QTest>

namespace {

// A wall time as the camera clock shows it, held as Qt::UTC like PhotoTimeFacts::wallTime.
QDateTime wall(const char *isoWithoutOffset)
{
    const QDateTime time =
        QDateTime::fromString(QString::fromLatin1(isoWithoutOffset), Qt::ISODate);
    return QDateTime(time.date(), time.time(), Qt::UTC);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso) + u'Z', Qt::ISODate);
}

qint64 instantMs(const char *isoWithOffset)
{
    return QDateTime::fromString(QString::fromLatin1(isoWithOffset), Qt::ISODate)
        .toMSecsSinceEpoch();
}

QTimeZone zone(const char *ianaId)
{
    return QTimeZone(QByteArray(ianaId));
}

constexpr int hours(double h)
{
    return int(h * 3600);
}

} // namespace

class TestTimeResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void noTimeIsNoInstant();
    void correctedWallTimeKeepsTheFieldsOnly();
    void offsetFromGps_data();
    void offsetFromGps();
    void offsetInZone_data();
    void offsetInZone();
    void offsetInZoneRoundTripsEveryWallTimeOfAYear_data();
    void offsetInZoneRoundTripsEveryWallTimeOfAYear();
};

void TestTimeResolver::resolve_data()
{
    QTest::addColumn<QDateTime>("wallTime");
    QTest::addColumn<std::optional<int>>("fileOffset");
    QTest::addColumn<std::optional<QDateTime>>("gpsTime");
    QTest::addColumn<qint64>("clockShift");
    QTest::addColumn<QTimeZone>("eventZone");
    QTest::addColumn<QTimeZone>("systemZone");
    QTest::addColumn<qint64>("expectedInstant");
    QTest::addColumn<int>("expectedOffset");
    QTest::addColumn<OffsetSource>("expectedSource");

    const QTimeZone madrid = zone("Europe/Madrid");
    const QTimeZone newYork = zone("America/New_York");
    const QTimeZone none;
    const std::optional<int> noOffset;
    const std::optional<QDateTime> noGps;

    // The GPS would say +01:00: the file's own offset comes first.
    QTest::newRow("file offset first")
        << wall("2019-05-21T10:00:00") << std::optional<int>(hours(2))
        << std::optional<QDateTime>(utc("2019-05-21T09:00:00")) << qint64(0) << newYork << newYork
        << instantMs("2019-05-21T10:00:00+02:00") << hours(2) << OffsetSource::File;
    // The fix is 2 min 50 s older than the shot; the offset is still a whole +02:00.
    QTest::newRow("gps time") << wall("2019-05-21T10:00:00") << noOffset
                              << std::optional<QDateTime>(utc("2019-05-21T07:57:10")) << qint64(0)
                              << newYork << newYork << instantMs("2019-05-21T10:00:00+02:00")
                              << hours(2) << OffsetSource::GpsTime;
    QTest::newRow("gps time, Nepal +05:45")
        << wall("2024-10-10T12:00:00") << noOffset
        << std::optional<QDateTime>(utc("2024-10-10T06:16:00")) << qint64(0) << none << none
        << instantMs("2024-10-10T12:00:00+05:45") << hours(5.75) << OffsetSource::GpsTime;
    QTest::newRow("gps time, Denver -06:00")
        << wall("2024-08-06T18:00:00") << noOffset
        << std::optional<QDateTime>(utc("2024-08-07T00:00:30")) << qint64(0) << none << none
        << instantMs("2024-08-06T18:00:00-06:00") << hours(-6) << OffsetSource::GpsTime;
    // A GPS date stamp a day stale gives +26:00, no zone's: the event's zone is next.
    QTest::newRow("gps time a day off")
        << wall("2019-05-21T10:00:00") << noOffset
        << std::optional<QDateTime>(utc("2019-05-20T08:00:00")) << qint64(0) << madrid << newYork
        << instantMs("2019-05-21T10:00:00+02:00") << hours(2) << OffsetSource::EventZone;
    QTest::newRow("file offset beyond any zone")
        << wall("2019-05-21T10:00:00") << std::optional<int>(hours(99)) << noGps << qint64(0)
        << madrid << newYork << instantMs("2019-05-21T10:00:00+02:00") << hours(2)
        << OffsetSource::EventZone;
    QTest::newRow("event zone") << wall("2019-01-21T10:00:00") << noOffset << noGps << qint64(0)
                                << madrid << newYork << instantMs("2019-01-21T10:00:00+01:00")
                                << hours(1) << OffsetSource::EventZone;
    QTest::newRow("system zone") << wall("2019-05-21T10:00:00") << noOffset << noGps << qint64(0)
                                 << none << newYork << instantMs("2019-05-21T10:00:00-04:00")
                                 << hours(-4) << OffsetSource::SystemZone;
    QTest::newRow("no zone at all is UTC")
        << wall("2019-05-21T10:00:00") << noOffset << noGps << qint64(0) << none << none
        << instantMs("2019-05-21T10:00:00Z") << 0 << OffsetSource::SystemZone;
    // A clock 1 h 03 min fast: the correction comes before everything else.
    QTest::newRow("clock shift, file offset")
        << wall("2019-05-21T11:03:00") << std::optional<int>(hours(2)) << noGps << qint64(-3780)
        << none << none << instantMs("2019-05-21T10:00:00+02:00") << hours(2) << OffsetSource::File;
    // The zone is read at the corrected time: 03:30, after the spring-forward (01:30 was +01:00).
    QTest::newRow("clock shift, event zone")
        << wall("2024-03-31T01:30:00") << noOffset << noGps << qint64(7200) << zone("Europe/Berlin")
        << none << instantMs("2024-03-31T03:30:00+02:00") << hours(2) << OffsetSource::EventZone;
    // An hour slow against the GPS: corrected first, the GPS then gives the real zone.
    QTest::newRow("clock shift, gps time")
        << wall("2019-05-21T09:00:00") << noOffset
        << std::optional<QDateTime>(utc("2019-05-21T08:00:00")) << qint64(3600) << none << none
        << instantMs("2019-05-21T10:00:00+02:00") << hours(2) << OffsetSource::GpsTime;
    QTest::newRow("event zone, spring-forward gap")
        << wall("2024-03-31T02:30:00") << noOffset << noGps << qint64(0) << zone("Europe/Berlin")
        << none << instantMs("2024-03-31T02:30:00+01:00") << hours(1) << OffsetSource::EventZone;
    QTest::newRow("event zone, fall-back fold")
        << wall("2024-10-27T02:30:00") << noOffset << noGps << qint64(0) << zone("Europe/Berlin")
        << none << instantMs("2024-10-27T02:30:00+02:00") << hours(2) << OffsetSource::EventZone;
}

void TestTimeResolver::resolve()
{
    QFETCH(QDateTime, wallTime);
    QFETCH(std::optional<int>, fileOffset);
    QFETCH(std::optional<QDateTime>, gpsTime);
    QFETCH(qint64, clockShift);
    QFETCH(QTimeZone, eventZone);
    QFETCH(QTimeZone, systemZone);
    QFETCH(qint64, expectedInstant);
    QFETCH(int, expectedOffset);
    QFETCH(OffsetSource, expectedSource);

    PhotoTimeFacts facts;
    facts.wallTime = wallTime;
    facts.fileOffsetSeconds = fileOffset;
    facts.gpsTimeUtc = gpsTime;
    facts.clockShiftSeconds = clockShift;
    const std::optional<ResolvedTime> resolved =
        TimeResolver::resolve(facts, eventZone, systemZone);
    QVERIFY(resolved);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(resolved->instantMs, Qt::UTC),
             QDateTime::fromMSecsSinceEpoch(expectedInstant, Qt::UTC));
    QCOMPARE(resolved->offsetSeconds, expectedOffset);
    QCOMPARE(resolved->source, expectedSource);
    QCOMPARE(resolved->correctedWallTime, wallTime.addSecs(clockShift));
    QCOMPARE(resolved->correctedWallTime.timeSpec(), Qt::UTC);
}

void TestTimeResolver::noTimeIsNoInstant()
{
    PhotoTimeFacts facts;
    facts.fileOffsetSeconds = 7200;
    facts.gpsTimeUtc = utc("2019-05-21T08:00:00");
    QVERIFY(!TimeResolver::resolve(facts, zone("Europe/Madrid"), zone("Europe/Madrid")));
}

void TestTimeResolver::correctedWallTimeKeepsTheFieldsOnly()
{
    // A caller that forgot to hold the wall time as UTC must not have it converted.
    PhotoTimeFacts facts;
    facts.wallTime = QDateTime(QDate(2019, 5, 21), QTime(10, 0), QTimeZone("Asia/Tokyo"));
    facts.fileOffsetSeconds = 7200;
    const std::optional<ResolvedTime> resolved = TimeResolver::resolve(facts, {}, {});
    QVERIFY(resolved);
    QCOMPARE(resolved->correctedWallTime, wall("2019-05-21T10:00:00"));
    QCOMPARE(resolved->instantMs, instantMs("2019-05-21T10:00:00+02:00"));
}

void TestTimeResolver::offsetFromGps_data()
{
    QTest::addColumn<QDateTime>("wallTime");
    QTest::addColumn<QDateTime>("gpsTime");
    QTest::addColumn<std::optional<int>>("expected");

    const QDateTime noon = wall("2024-06-01T12:00:00");
    auto row = [&](const char *name, const char *gps, std::optional<int> expected) {
        QTest::newRow(name) << noon << utc(gps) << expected;
    };
    row("UTC", "2024-06-01T12:00:00", 0);
    row("+02:00", "2024-06-01T10:00:00", hours(2));
    row("just under half a quarter rounds down", "2024-06-01T09:52:31", hours(2));
    row("just over half a quarter rounds up", "2024-06-01T09:52:29", hours(2.25));
    row("-03:30 Newfoundland", "2024-06-01T15:30:00", hours(-3.5));
    row("+12:45 Chatham", "2024-05-31T23:15:00", hours(12.75));
    row("+14:00 Kiribati", "2024-05-31T22:00:00", hours(14));
    row("beyond +14:00", "2024-05-31T21:45:00", std::nullopt);
    row("-12:00", "2024-06-02T00:00:00", hours(-12));
    row("beyond -12:00", "2024-06-02T00:15:00", std::nullopt);
    row("a day stale", "2024-05-31T10:00:00", std::nullopt);
    QTest::newRow("no GPS time") << noon << QDateTime() << std::optional<int>();
    QTest::newRow("no wall time") << QDateTime() << utc("2024-06-01T12:00:00")
                                  << std::optional<int>();
}

void TestTimeResolver::offsetFromGps()
{
    QFETCH(QDateTime, wallTime);
    QFETCH(QDateTime, gpsTime);
    QFETCH(std::optional<int>, expected);
    QCOMPARE(TimeResolver::offsetFromGps(wallTime, gpsTime), expected);
}

void TestTimeResolver::offsetInZone_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDateTime>("wallTime");
    QTest::addColumn<int>("expected");

    const QTimeZone berlin = zone("Europe/Berlin");
    QTest::newRow("Berlin winter") << berlin << wall("2024-01-15T12:00:00") << hours(1);
    QTest::newRow("Berlin summer") << berlin << wall("2024-07-15T12:00:00") << hours(2);
    // 2024-03-31: 02:00 CET jumps to 03:00 CEST; 02:xx never happened.
    QTest::newRow("Berlin before gap") << berlin << wall("2024-03-31T01:59:59") << hours(1);
    QTest::newRow("Berlin gap start") << berlin << wall("2024-03-31T02:00:00") << hours(1);
    QTest::newRow("Berlin gap") << berlin << wall("2024-03-31T02:30:00") << hours(1);
    QTest::newRow("Berlin gap end") << berlin << wall("2024-03-31T02:59:59") << hours(1);
    QTest::newRow("Berlin after gap") << berlin << wall("2024-03-31T03:00:00") << hours(2);
    // 2024-10-27: 03:00 CEST falls back to 02:00 CET; 02:xx happened twice.
    QTest::newRow("Berlin before fold") << berlin << wall("2024-10-27T01:59:59") << hours(2);
    QTest::newRow("Berlin fold start") << berlin << wall("2024-10-27T02:00:00") << hours(2);
    QTest::newRow("Berlin fold") << berlin << wall("2024-10-27T02:30:00") << hours(2);
    QTest::newRow("Berlin fold end") << berlin << wall("2024-10-27T02:59:59") << hours(2);
    QTest::newRow("Berlin after fold") << berlin << wall("2024-10-27T03:00:00") << hours(1);

    const QTimeZone newYork = zone("America/New_York");
    QTest::newRow("New York gap") << newYork << wall("2024-03-10T02:30:00") << hours(-5);
    QTest::newRow("New York after gap") << newYork << wall("2024-03-10T03:00:00") << hours(-4);
    QTest::newRow("New York fold") << newYork << wall("2024-11-03T01:30:00") << hours(-4);
    QTest::newRow("New York after fold") << newYork << wall("2024-11-03T02:00:00") << hours(-5);

    // Half-hour DST: 02:00 +10:30 jumps to 02:30 +11:00, and back in April.
    const QTimeZone lordHowe = zone("Australia/Lord_Howe");
    QTest::newRow("Lord Howe gap") << lordHowe << wall("2024-10-06T02:15:00") << hours(10.5);
    QTest::newRow("Lord Howe fold") << lordHowe << wall("2024-04-07T01:45:00") << hours(11);

    QTest::newRow("Kolkata") << zone("Asia/Kolkata") << wall("2024-06-01T12:00:00") << hours(5.5);
    QTest::newRow("fixed offset") << QTimeZone(-hours(3)) << wall("2024-06-01T12:00:00")
                                  << hours(-3);
    QTest::newRow("UTC") << QTimeZone(QByteArray("UTC")) << wall("2024-06-01T12:00:00") << 0;
    QTest::newRow("invalid zone") << QTimeZone() << wall("2024-06-01T12:00:00") << 0;
}

void TestTimeResolver::offsetInZone()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDateTime, wallTime);
    QFETCH(int, expected);
    QCOMPARE(TimeResolver::offsetInZone(wallTime, zone), expected);
}

void TestTimeResolver::offsetInZoneRoundTripsEveryWallTimeOfAYear_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::newRow("Europe/Berlin") << zone("Europe/Berlin");
    QTest::newRow("America/New_York") << zone("America/New_York");
    QTest::newRow("Australia/Lord_Howe") << zone("Australia/Lord_Howe");
}

void TestTimeResolver::offsetInZoneRoundTripsEveryWallTimeOfAYear()
{
    // Every quarter hour of 2024 as the zone's clocks showed it: the offset found for that wall
    // time leads back to it, and in a fold it is the earlier (larger) of the two.
    QFETCH(QTimeZone, zone);
    QVERIFY(zone.isValid());
    const qint64 start = instantMs("2024-01-01T00:00:00Z");
    const qint64 end = instantMs("2025-01-01T00:00:00Z");
    int folds = 0;
    for (qint64 ms = start; ms < end; ms += 15 * 60 * 1000) {
        const QDateTime instant = QDateTime::fromMSecsSinceEpoch(ms, zone);
        const QDateTime wallTime(instant.date(), instant.time(), Qt::UTC);
        const int actual = zone.offsetFromUtc(instant);
        const int found = TimeResolver::offsetInZone(wallTime, zone);
        const QDateTime back =
            QDateTime::fromMSecsSinceEpoch(wallTime.toMSecsSinceEpoch() - found * 1000LL, zone);
        if (back.date() != wallTime.date() || back.time() != wallTime.time()) {
            QFAIL(qPrintable(QStringLiteral("%1 gives %2, which is %3")
                                 .arg(wallTime.toString(Qt::ISODate))
                                 .arg(found)
                                 .arg(back.toString(Qt::ISODate))));
        }
        if (found != actual) {
            QVERIFY2(found > actual, qPrintable(wallTime.toString(Qt::ISODate)));
            ++folds;
        }
    }
    // Each fold's second pass: an hour (half an hour on Lord Howe) of quarters.
    QCOMPARE(folds, zone.id() == "Australia/Lord_Howe" ? 2 : 4);
}

QTEST_GUILESS_MAIN(TestTimeResolver)
#include "tst_timeresolver.moc"
