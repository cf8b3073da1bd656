#include "core/metadata/metadatareader.h"
#include "tests/support/testphotofactory.h"

#include <QTemporaryDir>
#include <QTest>

using Tags = QList<QPair<QString, QString>>;
using OptionalInt = std::optional<int>;
using OptionalDouble = std::optional<double>;
Q_DECLARE_METATYPE(OptionalInt)
Q_DECLARE_METATYPE(OptionalDouble)

using TestPhotoFactory::currentPhotoName;
using TestPhotoFactory::tag;

// The descriptive fields of photos the tests make themselves (TestPhotoFactory): GPS, camera and
// exposure, title, description, rating and keywords, with each fallback the reader knows.
class TestMetadataFields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gps_data();
    void gps();
    void gpsTime_data();
    void gpsTime();
    void camera_data();
    void camera();
    void text_data();
    void text();
    void keywords_data();
    void keywords();

private:
    MetadataReadResult writeAndRead(const QString &name, const TestPhotoSpec &spec);

    QTemporaryDir m_dir;
    MetadataReader m_reader;
};

void TestMetadataFields::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

MetadataReadResult TestMetadataFields::writeAndRead(const QString &name, const TestPhotoSpec &spec)
{
    return TestPhotoFactory::writeAndRead(m_dir.filePath(name), spec, m_reader);
}

void TestMetadataFields::gps_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<OptionalDouble>("latitude");
    QTest::addColumn<OptionalDouble>("longitude");
    QTest::addColumn<OptionalDouble>("altitude");

    const auto exifGps = [](const char *latRef, const char *lonRef) {
        return Tags{tag("Exif.GPSInfo.GPSLatitudeRef", QString::fromLatin1(latRef)),
                    tag("Exif.GPSInfo.GPSLatitude", QStringLiteral("41/1 23/1 1500/100")),
                    tag("Exif.GPSInfo.GPSLongitudeRef", QString::fromLatin1(lonRef)),
                    tag("Exif.GPSInfo.GPSLongitude", QStringLiteral("2/1 10/1 30/1"))};
    };
    const double lat = 41.0 + 23.0 / 60.0 + 15.0 / 3600.0;
    const double lon = 2.0 + 10.0 / 60.0 + 30.0 / 3600.0;
    QTest::newRow("barcelona-north-east")
        << exifGps("N", "E") << OptionalDouble(lat) << OptionalDouble(lon) << OptionalDouble();
    QTest::newRow("north-west") << exifGps("N", "W") << OptionalDouble(lat) << OptionalDouble(-lon)
                                << OptionalDouble();
    QTest::newRow("south-east") << exifGps("S", "E") << OptionalDouble(-lat) << OptionalDouble(lon)
                                << OptionalDouble();
    QTest::newRow("south-west") << exifGps("S", "W") << OptionalDouble(-lat) << OptionalDouble(-lon)
                                << OptionalDouble();
    QTest::newRow("dead-sea-negative-altitude")
        << (exifGps("N", "E") << tag("Exif.GPSInfo.GPSAltitudeRef", QStringLiteral("1"))
                              << tag("Exif.GPSInfo.GPSAltitude", QStringLiteral("4305/10")))
        << OptionalDouble(lat) << OptionalDouble(lon) << OptionalDouble(-430.5);
    QTest::newRow("altitude-above-sea")
        << (exifGps("N", "E") << tag("Exif.GPSInfo.GPSAltitudeRef", QStringLiteral("0"))
                              << tag("Exif.GPSInfo.GPSAltitude", QStringLiteral("12/1")))
        << OptionalDouble(lat) << OptionalDouble(lon) << OptionalDouble(12.0);
    QTest::newRow("xmp-south-west")
        << Tags{tag("Xmp.exif.GPSLatitude", QStringLiteral("33,51.5S")),
                tag("Xmp.exif.GPSLongitude", QStringLiteral("151,12,36W")),
                tag("Xmp.exif.GPSAltitude", QStringLiteral("58/1")),
                tag("Xmp.exif.GPSAltitudeRef", QStringLiteral("1"))}
        << OptionalDouble(-(33.0 + 51.5 / 60.0))
        << OptionalDouble(-(151.0 + 12.0 / 60.0 + 36.0 / 3600.0)) << OptionalDouble(-58.0);
    QTest::newRow("latitude-past-the-pole")
        << Tags{tag("Exif.GPSInfo.GPSLatitudeRef", QStringLiteral("N")),
                tag("Exif.GPSInfo.GPSLatitude", QStringLiteral("91/1 0/1 0/1"))}
        << OptionalDouble() << OptionalDouble() << OptionalDouble();
    QTest::newRow("zero-denominator")
        << Tags{tag("Exif.GPSInfo.GPSLatitudeRef", QStringLiteral("N")),
                tag("Exif.GPSInfo.GPSLatitude", QStringLiteral("41/0 0/1 0/1"))}
        << OptionalDouble() << OptionalDouble() << OptionalDouble();
}

void TestMetadataFields::gps()
{
    QFETCH(Tags, tags);
    QFETCH(OptionalDouble, latitude);
    QFETCH(OptionalDouble, longitude);
    QFETCH(OptionalDouble, altitude);
    const auto result = writeAndRead(currentPhotoName(), TestPhotoSpec{.tags = tags});
    QVERIFY2(result.ok, qPrintable(result.error));
    const auto near = [](OptionalDouble actual, OptionalDouble expected) {
        return actual.has_value() == expected.has_value() &&
               (!actual || qAbs(*actual - *expected) < 1e-9);
    };
    QVERIFY2(near(result.metadata.gpsLatitude, latitude),
             qPrintable(QString::number(result.metadata.gpsLatitude.value_or(-999))));
    QVERIFY2(near(result.metadata.gpsLongitude, longitude),
             qPrintable(QString::number(result.metadata.gpsLongitude.value_or(-999))));
    QVERIFY2(near(result.metadata.gpsAltitude, altitude),
             qPrintable(QString::number(result.metadata.gpsAltitude.value_or(-999))));
}

void TestMetadataFields::gpsTime_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("exif-stamps")
        << Tags{tag("Exif.GPSInfo.GPSDateStamp", QStringLiteral("2019:05:21")),
                tag("Exif.GPSInfo.GPSTimeStamp", QStringLiteral("7/1 5/1 3050/100"))}
        << QDateTime(QDate(2019, 5, 21), QTime(7, 5, 30, 500), Qt::UTC);
    QTest::newRow("xmp-timestamp-with-offset")
        << Tags{tag("Xmp.exif.GPSTimeStamp", QStringLiteral("2019-05-21T09:05:30+02:00"))}
        << QDateTime(QDate(2019, 5, 21), QTime(7, 5, 30), Qt::UTC);
    QTest::newRow("time-without-date")
        << Tags{tag("Exif.GPSInfo.GPSTimeStamp", QStringLiteral("7/1 5/1 30/1"))} << QDateTime();
}

void TestMetadataFields::gpsTime()
{
    QFETCH(Tags, tags);
    QFETCH(QDateTime, expected);
    const auto result = writeAndRead(currentPhotoName(), TestPhotoSpec{.tags = tags});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.metadata.gpsTimeUtc.value_or(QDateTime()), expected);
}

void TestMetadataFields::camera_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("lens");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<OptionalInt>("iso");
    QTest::addColumn<OptionalDouble>("fNumber");
    QTest::addColumn<OptionalDouble>("exposure");
    QTest::addColumn<OptionalDouble>("focal");

    QTest::newRow("exif-values")
        << Tags{tag("Exif.Image.Make", QStringLiteral("  Canon  ")),
                tag("Exif.Image.Model", QStringLiteral("Canon EOS 5D Mark III")),
                tag("Exif.Photo.LensModel", QStringLiteral("EF24-70mm f/2.8L USM")),
                tag("Exif.Photo.BodySerialNumber", QStringLiteral("123456789")),
                tag("Exif.Photo.ISOSpeedRatings", QStringLiteral("1000")),
                tag("Exif.Photo.FNumber", QStringLiteral("28/10")),
                tag("Exif.Photo.ExposureTime", QStringLiteral("1/200")),
                tag("Exif.Photo.FocalLength", QStringLiteral("35/1"))}
        << "Canon"
        << "Canon EOS 5D Mark III"
        << "EF24-70mm f/2.8L USM"
        << "123456789" << OptionalInt(1000) << OptionalDouble(2.8) << OptionalDouble(0.005)
        << OptionalDouble(35.0);
    QTest::newRow("apex-fallbacks")
        << Tags{tag("Exif.Photo.ApertureValue", QStringLiteral("4/1")),
                tag("Exif.Photo.ShutterSpeedValue", QStringLiteral("8/1"))}
        << ""
        << ""
        << ""
        << "" << OptionalInt() << OptionalDouble(4.0) << OptionalDouble(1.0 / 256.0)
        << OptionalDouble();
    QTest::newRow("iso-first-non-zero")
        << Tags{tag("Exif.Photo.ISOSpeedRatings", QStringLiteral("0 200"))} << ""
        << ""
        << ""
        << "" << OptionalInt(200) << OptionalDouble() << OptionalDouble() << OptionalDouble();
    QTest::newRow("xmp-only") << Tags{tag("Xmp.tiff.Make", QStringLiteral("FUJIFILM")),
                                      tag("Xmp.tiff.Model", QStringLiteral("X-T3")),
                                      tag("Xmp.aux.Lens", QStringLiteral("XF50mmF2 R WR")),
                                      tag("Xmp.aux.SerialNumber", QStringLiteral("0987")),
                                      tag("Xmp.exif.ISOSpeedRatings", QStringLiteral("800")),
                                      tag("Xmp.exif.FNumber", QStringLiteral("2/1")),
                                      tag("Xmp.exif.ExposureTime", QStringLiteral("1/8000")),
                                      tag("Xmp.exif.FocalLength", QStringLiteral("50/1"))}
                              << "FUJIFILM"
                              << "X-T3"
                              << "XF50mmF2 R WR"
                              << "0987" << OptionalInt(800) << OptionalDouble(2.0)
                              << OptionalDouble(1.0 / 8000.0) << OptionalDouble(50.0);
    QTest::newRow("zero-focal-length-is-unknown")
        << Tags{tag("Exif.Photo.FocalLength", QStringLiteral("0/1"))} << ""
        << ""
        << ""
        << "" << OptionalInt() << OptionalDouble() << OptionalDouble() << OptionalDouble();
}

void TestMetadataFields::camera()
{
    QFETCH(Tags, tags);
    const auto result = writeAndRead(currentPhotoName(), TestPhotoSpec{.tags = tags});
    QVERIFY2(result.ok, qPrintable(result.error));
    const PhotoMetadata &m = result.metadata;
    QTEST(m.make, "make");
    QTEST(m.model, "model");
    QTEST(m.lens, "lens");
    QTEST(m.serialNumber, "serial");
    QTEST(m.iso, "iso");
    QFETCH(OptionalDouble, fNumber);
    QFETCH(OptionalDouble, exposure);
    QFETCH(OptionalDouble, focal);
    for (const auto &[actual, expected] :
         {std::pair{m.fNumber, fNumber}, std::pair{m.exposureTime, exposure},
          std::pair{m.focalLength, focal}}) {
        QCOMPARE(actual.has_value(), expected.has_value());
        if (actual)
            QVERIFY2(qAbs(*actual - *expected) < 1e-9, qPrintable(QString::number(*actual)));
    }
}

void TestMetadataFields::text_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<OptionalInt>("rating");

    QTest::newRow("xmp-wins")
        << Tags{tag("Xmp.dc.title", QStringLiteral("Sagrada Família")),
                tag("Xmp.dc.description", QStringLiteral("La façade de la Nativité")),
                tag("Iptc.Application2.ObjectName", QStringLiteral("iptc title")),
                tag("Exif.Image.ImageDescription", QStringLiteral("exif description")),
                tag("Xmp.xmp.Rating", QStringLiteral("4")),
                tag("Exif.Image.Rating", QStringLiteral("2"))}
        << "Sagrada Família"
        << "La façade de la Nativité" << OptionalInt(4);
    QTest::newRow("iptc-and-exif-fallbacks")
        << Tags{tag("Iptc.Application2.ObjectName", QStringLiteral("Keynote")),
                tag("Exif.Image.ImageDescription", QStringLiteral("Porträtt på Eva")),
                tag("Exif.Image.Rating", QStringLiteral("2"))}
        << "Keynote"
        << "Porträtt på Eva" << OptionalInt(2);
    QTest::newRow("iptc-caption-utf8-declared")
        << Tags{tag("Iptc.Envelope.CharacterSet", QStringLiteral("\x1b%G")),
                tag("Iptc.Application2.Caption", QStringLiteral("会場の入口"))}
        << ""
        << "会場の入口" << OptionalInt();
    QTest::newRow("windows-xp-title")
        << Tags{tag("Exif.Image.XPTitle", QStringLiteral("Été à Montréal"))} << "Été à Montréal"
        << "" << OptionalInt();
    QTest::newRow("blank-description-is-missing")
        << Tags{tag("Exif.Image.ImageDescription",
                    QStringLiteral("                               "))}
        << ""
        << "" << OptionalInt();
    QTest::newRow("user-comment-last-resort")
        << Tags{tag("Exif.Photo.UserComment", QStringLiteral("charset=Ascii Team dinner"))} << ""
        << "Team dinner" << OptionalInt();
    QTest::newRow("rejected-rating") << Tags{tag("Xmp.xmp.Rating", QStringLiteral("-1"))} << ""
                                     << "" << OptionalInt(-1);
    QTest::newRow("rating-out-of-range") << Tags{tag("Xmp.xmp.Rating", QStringLiteral("7"))} << ""
                                         << "" << OptionalInt();
}

void TestMetadataFields::text()
{
    QFETCH(Tags, tags);
    const auto result = writeAndRead(currentPhotoName(), TestPhotoSpec{.tags = tags});
    QVERIFY2(result.ok, qPrintable(result.error));
    QTEST(result.metadata.title, "title");
    QTEST(result.metadata.description, "description");
    QTEST(result.metadata.rating, "rating");
}

void TestMetadataFields::keywords_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("iptc-keywords")
        << Tags{tag("Iptc.Application2.Keywords", QStringLiteral("istio;kubecon;Barcelona"))}
        << QStringList{QStringLiteral("istio"), QStringLiteral("kubecon"),
                       QStringLiteral("Barcelona")};
    QTest::newRow("xmp-subject") << Tags{tag("Xmp.dc.subject",
                                             QStringLiteral("envoy;service mesh;café"))}
                                 << QStringList{QStringLiteral("envoy"),
                                                QStringLiteral("service mesh"),
                                                QStringLiteral("café")};
    QTest::newRow("xmp-beats-iptc")
        << Tags{tag("Iptc.Application2.Keywords", QStringLiteral("old")),
                tag("Xmp.dc.subject", QStringLiteral("new;newer"))}
        << QStringList{QStringLiteral("new"), QStringLiteral("newer")};
    QTest::newRow("windows-xp-keywords")
        << Tags{tag("Exif.Image.XPKeywords", QStringLiteral("party; 会場 ;"))}
        << QStringList{QStringLiteral("party"), QStringLiteral("会場")};
    QTest::newRow("none") << Tags{} << QStringList{};
}

void TestMetadataFields::keywords()
{
    QFETCH(Tags, tags);
    const auto result = writeAndRead(currentPhotoName(), TestPhotoSpec{.tags = tags});
    QVERIFY2(result.ok, qPrintable(result.error));
    QTEST(result.metadata.keywords, "expected");
}

QTEST_GUILESS_MAIN(TestMetadataFields)
#include "tst_metadatafields.moc"
