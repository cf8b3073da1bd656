#include "core/metadata/metadatajson.h"

#include <QJsonArray>
#include <QTest>

// The object `corkboard-cli inspect --json` prints.
class TestMetadataJson : public QObject
{
    Q_OBJECT

private slots:
    void failure();
    void everyField();
    void unknownFieldsLeftOut();
};

void TestMetadataJson::failure()
{
    MetadataReadResult result;
    result.error = QStringLiteral("The file is truncated");
    const QJsonObject json = metadataToJson(QStringLiteral("bad/cut.jpg"), result);
    QCOMPARE(json.value(u"path").toString(), QStringLiteral("bad/cut.jpg"));
    QCOMPARE(json.value(u"ok").toBool(true), false);
    QCOMPARE(json.value(u"error").toString(), QStringLiteral("The file is truncated"));
    QCOMPARE(json.size(), 3);
}

void TestMetadataJson::everyField()
{
    MetadataReadResult result;
    result.ok = true;
    PhotoMetadata &m = result.metadata;
    m.format = ImageFormat::Heic;
    m.width = 4032;
    m.height = 3024;
    m.orientation = 6;
    m.takenAt = TakenTime{QDate(2019, 5, 21), QTime(9, 5, 7, 250), 7200,
                          QStringLiteral("Exif.Photo.DateTimeOriginal")};
    m.make = QStringLiteral("Apple");
    m.model = QStringLiteral("iPhone 11 Pro Max");
    m.lens = QStringLiteral("iPhone 11 Pro Max back triple camera 4.25mm f/1.8");
    m.serialNumber = QStringLiteral("not printed");
    m.iso = 32;
    m.fNumber = 1.8;
    m.exposureTime = 1.0 / 391.0;
    m.focalLength = 4.25;
    m.gpsLatitude = 41.385;
    m.gpsLongitude = -2.17;
    m.gpsAltitude = -12.5;
    m.rating = 4;
    m.title = QStringLiteral("Keynote");
    m.description = QStringLiteral("Día 1 — «Istio»");
    m.keywords = {QStringLiteral("istio"), QStringLiteral("会場")};
    m.sidecarPath = QStringLiteral("/photos/IMG_0001.HEIC.xmp");

    const QJsonObject json = metadataToJson(QStringLiteral("/photos/IMG_0001.HEIC"), result);
    QCOMPARE(json.value(u"ok").toBool(), true);
    QVERIFY(!json.contains(u"error"));
    QCOMPARE(json.value(u"format").toString(), QStringLiteral("HEIC"));
    QCOMPARE(json.value(u"width").toInt(), 4032);
    QCOMPARE(json.value(u"height").toInt(), 3024);
    QCOMPARE(json.value(u"orientation").toInt(), 6);
    QCOMPARE(json.value(u"takenAt").toString(), QStringLiteral("2019-05-21T09:05:07"));
    QCOMPARE(json.value(u"takenOffset").toString(), QStringLiteral("+02:00"));
    QCOMPARE(json.value(u"takenSource").toString(), QStringLiteral("Exif.Photo.DateTimeOriginal"));
    QCOMPARE(json.value(u"make").toString(), QStringLiteral("Apple"));
    QCOMPARE(json.value(u"model").toString(), QStringLiteral("iPhone 11 Pro Max"));
    QCOMPARE(json.value(u"lens").toString(), m.lens);
    QCOMPARE(json.value(u"iso").toInt(), 32);
    QCOMPARE(json.value(u"fNumber").toDouble(), 1.8);
    QCOMPARE(json.value(u"exposureTime").toDouble(), 1.0 / 391.0);
    QCOMPARE(json.value(u"focalLength").toDouble(), 4.25);
    QCOMPARE(json.value(u"gpsLatitude").toDouble(), 41.385);
    QCOMPARE(json.value(u"gpsLongitude").toDouble(), -2.17);
    QCOMPARE(json.value(u"gpsAltitude").toDouble(), -12.5);
    QCOMPARE(json.value(u"rating").toInt(), 4);
    QCOMPARE(json.value(u"title").toString(), QStringLiteral("Keynote"));
    QCOMPARE(json.value(u"description").toString(), QStringLiteral("Día 1 — «Istio»"));
    QCOMPARE(json.value(u"keywords").toArray(),
             (QJsonArray{QStringLiteral("istio"), QStringLiteral("会場")}));
    QCOMPARE(json.value(u"sidecar").toString(), m.sidecarPath);
    QVERIFY(!json.contains(u"serialNumber"));
}

void TestMetadataJson::unknownFieldsLeftOut()
{
    MetadataReadResult result;
    result.ok = true;
    result.metadata.format = ImageFormat::Jpeg;
    result.metadata.width = 1;
    result.metadata.height = 1;
    result.metadata.rating = 0; // zero is a value, not "unknown"
    TakenTime noOffset{QDate(2020, 9, 2), QTime(18, 52, 42), std::nullopt,
                       QStringLiteral("Xmp.xmp.CreateDate")};
    result.metadata.takenAt = noOffset;
    const QJsonObject json = metadataToJson(QStringLiteral("a.jpg"), result);
    const QStringList expectedKeys = {QStringLiteral("format"),      QStringLiteral("height"),
                                      QStringLiteral("ok"),          QStringLiteral("path"),
                                      QStringLiteral("rating"),      QStringLiteral("takenAt"),
                                      QStringLiteral("takenSource"), QStringLiteral("width")};
    QCOMPARE(json.keys(), expectedKeys);
    QCOMPARE(json.value(u"rating").toInt(-1), 0);
}

QTEST_GUILESS_MAIN(TestMetadataJson)
#include "tst_metadatajson.moc"
