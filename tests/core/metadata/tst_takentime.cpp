#include "core/metadata/metadatadatetime.h"
#include "core/metadata/takentime.h"

#include <QTest>

using OptionalInt = std::optional<int>;
Q_DECLARE_METATYPE(OptionalInt)

class TestTakenTime : public QObject
{
    Q_OBJECT

private slots:
    void strings();
    void offsetString_data();
    void offsetString();
    void parseOffset_data();
    void parseOffset();
    void fromSortableString();
    void exif_data();
    void exif();
    void subSeconds_data();
    void subSeconds();
    void xmp_data();
    void xmp();
    void iptc_data();
    void iptc();
    void gpsUtc();
};

void TestTakenTime::strings()
{
    TakenTime taken;
    QVERIFY(!taken.isValid());
    QVERIFY(taken.wallTimeString().isEmpty());
    taken.date = QDate(2019, 5, 21);
    taken.time = QTime(9, 5, 7, 42);
    QVERIFY(taken.isValid());
    QCOMPARE(taken.wallTimeString(), QStringLiteral("2019-05-21T09:05:07"));
    QCOMPARE(taken.sortableWallTimeString(), QStringLiteral("2019-05-21T09:05:07.042"));
    QVERIFY(taken.offsetString().isEmpty());
}

void TestTakenTime::offsetString_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc") << 0 << "+00:00";
    QTest::newRow("barcelona-summer") << 7200 << "+02:00";
    QTest::newRow("india") << 19800 << "+05:30";
    QTest::newRow("california") << -28800 << "-08:00";
    QTest::newRow("newfoundland") << -12600 << "-03:30";
}

void TestTakenTime::offsetString()
{
    QFETCH(int, seconds);
    QFETCH(QString, expected);
    TakenTime taken;
    taken.utcOffsetSeconds = seconds;
    QCOMPARE(taken.offsetString(), expected);
}

void TestTakenTime::parseOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<OptionalInt>("expected");
    QTest::newRow("z") << "Z" << OptionalInt(0);
    QTest::newRow("colon") << "+02:00" << OptionalInt(7200);
    QTest::newRow("no-colon") << "-0530" << OptionalInt(-19800);
    QTest::newRow("spaces") << " +01:00 " << OptionalInt(3600);
    QTest::newRow("blank-exif") << "   :  " << OptionalInt();
    QTest::newRow("empty") << "" << OptionalInt();
    QTest::newRow("too-far") << "+15:00" << OptionalInt();
    QTest::newRow("bad-minutes") << "+01:75" << OptionalInt();
    QTest::newRow("words") << "CEST" << OptionalInt();
}

void TestTakenTime::parseOffset()
{
    QFETCH(QString, text);
    QFETCH(OptionalInt, expected);
    QCOMPARE(TakenTime::parseOffset(text), expected);
}

void TestTakenTime::fromSortableString()
{
    const auto taken =
        TakenTime::fromSortableString(QStringLiteral("2019-05-21T09:05:07.042"), 7200,
                                      QStringLiteral("Exif.Photo.DateTimeOriginal"));
    QVERIFY(taken);
    QCOMPARE(taken->date, QDate(2019, 5, 21));
    QCOMPARE(taken->time, QTime(9, 5, 7, 42));
    QCOMPARE(taken->utcOffsetSeconds, OptionalInt(7200));
    QCOMPARE(taken->sourceTag, QStringLiteral("Exif.Photo.DateTimeOriginal"));
    // What wallTimeString() and sortableWallTimeString() write reads back the same.
    QCOMPARE(TakenTime::fromSortableString(taken->sortableWallTimeString(), 7200, taken->sourceTag),
             taken);
    QVERIFY(TakenTime::fromSortableString(QStringLiteral("2019-05-21T09:05:07"), {}, {}));
    QVERIFY(!TakenTime::fromSortableString(QStringLiteral("2019-05-21"), {}, {}));
    QVERIFY(!TakenTime::fromSortableString(QStringLiteral("2019-13-21T09:05:07"), {}, {}));
}

void TestTakenTime::exif_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // sortable wall time, empty = rejected
    QTest::newRow("standard") << QByteArray("2019:05:21 09:05:07") << "2019-05-21T09:05:07.000";
    QTest::newRow("trailing-nul") << QByteArray("2019:05:21 09:05:07\0", 20)
                                  << "2019-05-21T09:05:07.000";
    QTest::newRow("dashes") << QByteArray("2019-05-21 09:05:07") << "2019-05-21T09:05:07.000";
    QTest::newRow("iso-t") << QByteArray("2019-05-21T09:05:07") << "2019-05-21T09:05:07.000";
    QTest::newRow("no-seconds") << QByteArray("2019:05:21 09:05") << "2019-05-21T09:05:00.000";
    QTest::newRow("fraction") << QByteArray("2019:05:21 09:05:07.5") << "2019-05-21T09:05:07.500";
    QTest::newRow("midnight-24") << QByteArray("2019:05:21 24:00:00") << "2019-05-21T23:59:59.000";
    QTest::newRow("all-zero") << QByteArray("0000:00:00 00:00:00") << "";
    QTest::newRow("blank-placeholder") << QByteArray("    :  :     :  :  ") << "";
    QTest::newRow("month-13") << QByteArray("2019:13:01 10:00:00") << "";
    QTest::newRow("february-30") << QByteArray("2019:02:30 10:00:00") << "";
    QTest::newRow("hour-25") << QByteArray("2019:05:21 25:00:00") << "";
    QTest::newRow("date-only") << QByteArray("2019:05:21") << "";
    QTest::newRow("garbage") << QByteArray("00000000Nikon") << "";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestTakenTime::exif()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto taken = MetadataDateTime::parseExif(std::string_view(text.constData(), text.size()));
    QCOMPARE(taken ? taken->sortableWallTimeString() : QString(), expected);
    if (taken)
        QVERIFY(!taken->utcOffsetSeconds);
}

void TestTakenTime::subSeconds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<OptionalInt>("expected");
    QTest::newRow("two-digits") << QByteArray("06") << OptionalInt(60);
    QTest::newRow("one-digit") << QByteArray("5") << OptionalInt(500);
    QTest::newRow("three-digits") << QByteArray("042") << OptionalInt(42);
    QTest::newRow("six-digits") << QByteArray("123456") << OptionalInt(123);
    QTest::newRow("padded") << QByteArray("12 ") << OptionalInt(120);
    QTest::newRow("blank") << QByteArray("   ") << OptionalInt();
    QTest::newRow("letters") << QByteArray("ab") << OptionalInt();
}

void TestTakenTime::subSeconds()
{
    QFETCH(QByteArray, text);
    QFETCH(OptionalInt, expected);
    QCOMPARE(MetadataDateTime::parseSubSeconds(std::string_view(text.constData(), text.size())),
             expected);
}

void TestTakenTime::xmp_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<OptionalInt>("offset");
    QTest::newRow("offset") << QByteArray("2013-09-23T10:09:46+02:00") << "2013-09-23T10:09:46.000"
                            << OptionalInt(7200);
    QTest::newRow("zulu") << QByteArray("2005-12-17T22:03:32Z") << "2005-12-17T22:03:32.000"
                          << OptionalInt(0);
    QTest::newRow("negative") << QByteArray("2005-09-07T15:07:40-07:00")
                              << "2005-09-07T15:07:40.000" << OptionalInt(-25200);
    QTest::newRow("india") << QByteArray("2021-01-01T08:00:00+05:30") << "2021-01-01T08:00:00.000"
                           << OptionalInt(19800);
    QTest::newRow("fraction") << QByteArray("2016-06-27T15:29:42.041-04:00")
                              << "2016-06-27T15:29:42.041" << OptionalInt(-14400);
    QTest::newRow("no-offset") << QByteArray("2009-09-09T17:00:00") << "2009-09-09T17:00:00.000"
                               << OptionalInt();
    QTest::newRow("minutes") << QByteArray("2009-09-09T17:00") << "2009-09-09T17:00:00.000"
                             << OptionalInt();
    QTest::newRow("date-only") << QByteArray("2019-09-02") << "2019-09-02T00:00:00.000"
                               << OptionalInt();
    QTest::newRow("exif-style") << QByteArray("2016:06:27 15:29:42") << "2016-06-27T15:29:42.000"
                                << OptionalInt();
    QTest::newRow("year-only") << QByteArray("2019") << "" << OptionalInt();
    QTest::newRow("zero") << QByteArray("0000-00-00T00:00:00") << "" << OptionalInt();
    QTest::newRow("junk-after") << QByteArray("2019-09-02T10:00:00 please") << "" << OptionalInt();
}

void TestTakenTime::xmp()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(OptionalInt, offset);
    const auto taken = MetadataDateTime::parseXmp(std::string_view(text.constData(), text.size()));
    QCOMPARE(taken ? taken->sortableWallTimeString() : QString(), expected);
    if (taken)
        QCOMPARE(taken->utcOffsetSeconds, offset);
}

void TestTakenTime::iptc_data()
{
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<OptionalInt>("offset");
    QTest::newRow("exiv2-spelling") << QByteArray("2009-09-09") << QByteArray("17:00:00+00:00")
                                    << "2009-09-09T17:00:00.000" << OptionalInt(0);
    QTest::newRow("iim-spelling") << QByteArray("20090909") << QByteArray("170000-0500")
                                  << "2009-09-09T17:00:00.000" << OptionalInt(-18000);
    QTest::newRow("date-only") << QByteArray("2006-10-31") << QByteArray()
                               << "2006-10-31T00:00:00.000" << OptionalInt();
    QTest::newRow("no-date") << QByteArray() << QByteArray("17:00:00") << "" << OptionalInt();
    QTest::newRow("zero-date") << QByteArray("0000-00-00") << QByteArray() << "" << OptionalInt();
}

void TestTakenTime::iptc()
{
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, time);
    QFETCH(QString, expected);
    QFETCH(OptionalInt, offset);
    const auto taken = MetadataDateTime::parseIptc(std::string_view(date.constData(), date.size()),
                                                   std::string_view(time.constData(), time.size()));
    QCOMPARE(taken ? taken->sortableWallTimeString() : QString(), expected);
    if (taken)
        QCOMPARE(taken->utcOffsetSeconds, offset);
}

void TestTakenTime::gpsUtc()
{
    const auto utc = MetadataDateTime::gpsUtc("2019:05:21", 7, 5, 30.5);
    QVERIFY(utc);
    QCOMPARE(*utc, QDateTime(QDate(2019, 5, 21), QTime(7, 5, 30, 500), Qt::UTC));
    QVERIFY(!MetadataDateTime::gpsUtc("2019:05:21", 24, 0, 0));
    QVERIFY(!MetadataDateTime::gpsUtc("0000:00:00", 7, 5, 30));
    QVERIFY(!MetadataDateTime::gpsUtc("", 7, 5, 30));
    QVERIFY(!MetadataDateTime::gpsUtc("2019:05:21", -1, 0, 0));
}

QTEST_GUILESS_MAIN(TestTakenTime)
#include "tst_takentime.moc"
