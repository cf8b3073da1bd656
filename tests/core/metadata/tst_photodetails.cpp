#include "core/metadata/photodetails.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <optional>

class TestPhotoDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void exposureTime_data();
    void exposureTime();
    void aperture_data();
    void aperture();
    void iso_data();
    void iso();
    void focalLength_data();
    void focalLength();
    void exposureLeavesOutWhatIsUnknown_data();
    void exposureLeavesOutWhatIsUnknown();
    void camera_data();
    void camera();
    void utcOffset_data();
    void utcOffset();
    void takenTime_data();
    void takenTime();
    void coordinates_data();
    void coordinates();
    void altitude_data();
    void altitude();
    void openStreetMapUrl_data();
    void openStreetMapUrl();
    void fileSize_data();
    void fileSize();
    void dimensions_data();
    void dimensions();
    void followsTheUserLocale();
};

void TestPhotoDetails::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPhotoDetails::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPhotoDetails::exposureTime_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1/250") << 1.0 / 250 << QStringLiteral("1/250 s");
    QTest::newRow("1/391 (phone)") << 1.0 / 391 << QStringLiteral("1/391 s");
    QTest::newRow("1/8000") << 0.000125 << QStringLiteral("1/8000 s");
    QTest::newRow("rounded 1/60") << 0.01666 << QStringLiteral("1/60 s");
    QTest::newRow("1/4") << 0.25 << QStringLiteral("1/4 s");
    QTest::newRow("1/3") << 1.0 / 3 << QStringLiteral("1/3 s");
    QTest::newRow("1/2") << 0.5 << QStringLiteral("1/2 s");
    QTest::newRow("0.3 is not 1/3") << 0.3 << QStringLiteral("0.3 s");
    QTest::newRow("0.8 (1/1.25)") << 0.8 << QStringLiteral("0.8 s");
    QTest::newRow("1 s") << 1.0 << QStringLiteral("1 s");
    QTest::newRow("2.5 s") << 2.5 << QStringLiteral("2.5 s");
    QTest::newRow("30 s") << 30.0 << QStringLiteral("30 s");
    QTest::newRow("zero") << 0.0 << QString();
    QTest::newRow("negative") << -1.0 << QString();
}

void TestPhotoDetails::exposureTime()
{
    QFETCH(double, seconds);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::exposureTime(seconds), expected);
}

void TestPhotoDetails::aperture_data()
{
    QTest::addColumn<double>("fNumber");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2.8") << 2.8 << QStringLiteral("f/2.8");
    QTest::newRow("whole") << 8.0 << QStringLiteral("f/8");
    QTest::newRow("22") << 22.0 << QStringLiteral("f/22");
    QTest::newRow("rational noise") << 1.7999999 << QStringLiteral("f/1.8");
    QTest::newRow("zero") << 0.0 << QString();
}

void TestPhotoDetails::aperture()
{
    QFETCH(double, fNumber);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::aperture(fNumber), expected);
}

void TestPhotoDetails::iso_data()
{
    QTest::addColumn<int>("speed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("200") << 200 << QStringLiteral("ISO 200");
    QTest::newRow("no group separator") << 12800 << QStringLiteral("ISO 12800");
    QTest::newRow("zero") << 0 << QString();
}

void TestPhotoDetails::iso()
{
    QFETCH(int, speed);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::iso(speed), expected);
}

void TestPhotoDetails::focalLength_data()
{
    QTest::addColumn<double>("millimetres");
    QTest::addColumn<QString>("expected");
    QTest::newRow("35") << 35.0 << QStringLiteral("35 mm");
    QTest::newRow("phone") << 4.25 << QStringLiteral("4.25 mm");
    QTest::newRow("rational noise") << 4.2000001 << QStringLiteral("4.2 mm");
    QTest::newRow("long") << 1200.0 << QStringLiteral("1200 mm");
    QTest::newRow("zero") << 0.0 << QString();
}

void TestPhotoDetails::focalLength()
{
    QFETCH(double, millimetres);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::focalLength(millimetres), expected);
}

void TestPhotoDetails::exposureLeavesOutWhatIsUnknown_data()
{
    QTest::addColumn<std::optional<double>>("exposureTime");
    QTest::addColumn<std::optional<double>>("fNumber");
    QTest::addColumn<std::optional<int>>("iso");
    QTest::addColumn<std::optional<double>>("focalLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all") << std::optional(1.0 / 250) << std::optional(2.8) << std::optional(200)
                         << std::optional(35.0)
                         << QStringLiteral("1/250 s · f/2.8 · ISO 200 · 35 mm");
    QTest::newRow("no ISO") << std::optional(1.0 / 60) << std::optional(4.0) << std::optional<int>()
                            << std::optional<double>() << QStringLiteral("1/60 s · f/4");
    QTest::newRow("zero values are unknown")
        << std::optional(0.0) << std::optional(0.0) << std::optional(100) << std::optional(0.0)
        << QStringLiteral("ISO 100");
    QTest::newRow("nothing") << std::optional<double>() << std::optional<double>()
                             << std::optional<int>() << std::optional<double>() << QString();
}

void TestPhotoDetails::exposureLeavesOutWhatIsUnknown()
{
    QFETCH(std::optional<double>, exposureTime);
    QFETCH(std::optional<double>, fNumber);
    QFETCH(std::optional<int>, iso);
    QFETCH(std::optional<double>, focalLength);
    QFETCH(QString, expected);
    PhotoMetadata metadata;
    metadata.exposureTime = exposureTime;
    metadata.fNumber = fNumber;
    metadata.iso = iso;
    metadata.focalLength = focalLength;
    QCOMPARE(PhotoDetails::exposure(metadata), expected);
}

void TestPhotoDetails::camera_data()
{
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("expected");
    QTest::newRow("make and model") << QStringLiteral("Apple") << QStringLiteral("iPhone 11 Pro")
                                    << QStringLiteral("Apple iPhone 11 Pro");
    QTest::newRow("model repeats make")
        << QStringLiteral("Canon") << QStringLiteral("Canon EOS 5D Mark IV")
        << QStringLiteral("Canon EOS 5D Mark IV");
    QTest::newRow("model repeats brand")
        << QStringLiteral("NIKON CORPORATION") << QStringLiteral("NIKON D750")
        << QStringLiteral("NIKON D750");
    QTest::newRow("case differs") << QStringLiteral("SONY") << QStringLiteral("Sony ILCE-7M3")
                                  << QStringLiteral("Sony ILCE-7M3");
    QTest::newRow("padding") << QStringLiteral("FUJIFILM  ") << QStringLiteral(" X-T3")
                             << QStringLiteral("FUJIFILM X-T3");
    QTest::newRow("make only") << QStringLiteral("Kodak") << QString() << QStringLiteral("Kodak");
    QTest::newRow("model only") << QString() << QStringLiteral("DSC-RX100")
                                << QStringLiteral("DSC-RX100");
    QTest::newRow("neither") << QString() << QString() << QString();
}

void TestPhotoDetails::camera()
{
    QFETCH(QString, make);
    QFETCH(QString, model);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::camera(make, model), expected);
}

void TestPhotoDetails::utcOffset_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Barcelona summer") << 7200 << QStringLiteral("UTC+02:00");
    QTest::newRow("UTC") << 0 << QStringLiteral("UTC+00:00");
    QTest::newRow("India") << 19800 << QStringLiteral("UTC+05:30");
    QTest::newRow("Nepal") << 20700 << QStringLiteral("UTC+05:45");
    QTest::newRow("New York") << -4 * 3600 << QStringLiteral("UTC-04:00");
    QTest::newRow("Newfoundland") << -(3 * 3600 + 1800) << QStringLiteral("UTC-03:30");
}

void TestPhotoDetails::utcOffset()
{
    QFETCH(int, seconds);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::utcOffset(seconds), expected);
}

void TestPhotoDetails::takenTime_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<std::optional<int>>("offset");
    QTest::addColumn<QString>("expected");
    QTest::newRow("with offset") << QDate(2019, 5, 21) << QTime(18, 30, 1, 250)
                                 << std::optional(7200)
                                 << QStringLiteral(
                                        "Tuesday, May 21, 2019 at 6:30:01 PM (UTC+02:00)");
    QTest::newRow("offset unknown") << QDate(2019, 5, 21) << QTime(9, 5, 0) << std::optional<int>()
                                    << QStringLiteral("Tuesday, May 21, 2019 at 9:05:00 AM");
    QTest::newRow("no time") << QDate() << QTime() << std::optional<int>() << QString();
}

void TestPhotoDetails::takenTime()
{
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(std::optional<int>, offset);
    QFETCH(QString, expected);
    const TakenTime taken{date, time, offset, QStringLiteral("Exif.Photo.DateTimeOriginal")};
    QCOMPARE(PhotoDetails::takenTime(taken), expected);
    // The grid model's roles say the same thing the same way.
    QCOMPARE(PhotoDetails::takenTime(QDateTime(date, time), offset), expected);
}

void TestPhotoDetails::coordinates_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Barcelona") << 41.38740 << 2.16861 << QStringLiteral("41.3874° N, 2.1686° E");
    QTest::newRow("Sydney") << -33.8568 << 151.2153 << QStringLiteral("33.8568° S, 151.2153° E");
    QTest::newRow("New York") << 40.7128 << -74.006 << QStringLiteral("40.7128° N, 74.0060° W");
    QTest::newRow("Null Island") << 0.0 << 0.0 << QStringLiteral("0.0000° N, 0.0000° E");
}

void TestPhotoDetails::coordinates()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::coordinates(latitude, longitude), expected);
}

void TestPhotoDetails::altitude_data()
{
    QTest::addColumn<double>("metres");
    QTest::addColumn<QString>("expected");
    QTest::newRow("above") << 12.4 << QStringLiteral("12 m above sea level");
    QTest::newRow("below") << -3.0 << QStringLiteral("3 m below sea level");
    QTest::newRow("high") << 4809.0 << QStringLiteral("4809 m above sea level");
}

void TestPhotoDetails::altitude()
{
    QFETCH(double, metres);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::altitude(metres), expected);
}

void TestPhotoDetails::openStreetMapUrl_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Barcelona")
        << 41.3874 << 2.1686
        << QStringLiteral(
               "https://www.openstreetmap.org/?mlat=41.3874&mlon=2.1686#map=16/41.3874/2.1686");
    QTest::newRow("south west, rounded")
        << -33.856812345 << -70.1234567
        << QStringLiteral("https://www.openstreetmap.org/"
                          "?mlat=-33.85681&mlon=-70.12346#map=16/-33.85681/-70.12346");
}

void TestPhotoDetails::openStreetMapUrl()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(QString, expected);
    // URLs never follow the locale: a German user gets dots, not commas.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QUrl url = PhotoDetails::openStreetMapUrl(latitude, longitude);
    QVERIFY(url.isValid());
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
}

void TestPhotoDetails::fileSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bytes") << qint64(512) << QStringLiteral("512 bytes");
    QTest::newRow("kilobytes") << qint64(1536) << QStringLiteral("1.5 kB");
    QTest::newRow("megabytes") << qint64(4404019) << QStringLiteral("4.2 MB");
    QTest::newRow("gigabytes") << qint64(1) * 1024 * 1024 * 1024 << QStringLiteral("1.0 GB");
}

void TestPhotoDetails::fileSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::fileSize(bytes), expected);
}

void TestPhotoDetails::dimensions_data()
{
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<QString>("expected");
    QTest::newRow("phone") << QSize(4032, 3024) << QStringLiteral("4032 × 3024 pixels (12.2 MP)");
    QTest::newRow("portrait") << QSize(3024, 4032)
                              << QStringLiteral("3024 × 4032 pixels (12.2 MP)");
    QTest::newRow("tiny, no megapixels") << QSize(64, 48) << QStringLiteral("64 × 48 pixels");
    QTest::newRow("unknown") << QSize() << QString();
}

void TestPhotoDetails::dimensions()
{
    QFETCH(QSize, pixels);
    QFETCH(QString, expected);
    QCOMPARE(PhotoDetails::dimensions(pixels), expected);
}

void TestPhotoDetails::followsTheUserLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(PhotoDetails::aperture(2.8), QStringLiteral("f/2,8"));
    QCOMPARE(PhotoDetails::exposureTime(0.8), QStringLiteral("0,8 s"));
    QCOMPARE(PhotoDetails::coordinates(41.3874, 2.1686), QStringLiteral("41,3874° N, 2,1686° E"));
    QVERIFY2(
        PhotoDetails::takenTime(QDateTime(QDate(2019, 5, 21), QTime(18, 30, 1)), 7200)
            .contains(QStringLiteral("Dienstag")),
        qPrintable(PhotoDetails::takenTime(QDateTime(QDate(2019, 5, 21), QTime(18, 30, 1)), 7200)));
    QVERIFY(PhotoDetails::takenTime(QDateTime(QDate(2019, 5, 21), QTime(18, 30, 1)), 7200)
                .contains(QStringLiteral("18:30:01")));
}

QTEST_GUILESS_MAIN(TestPhotoDetails)
#include "tst_photodetails.moc"
