#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CORKBOARD_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QList<QJsonObject> jsonLines(const QString &text)
{
    QList<QJsonObject> objects;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void wrongUsageExitsTwo_data();
    void wrongUsageExitsTwo();
    void inspectJson();
    void inspectFailureExitsOne();
    void importThenListPhotos();
    void importThenListAndRegroupEvents();

private:
    QTemporaryDir m_dir;
    QString m_photo;
};

void TestCli::initTestCase()
{
    m_photo = m_dir.filePath(QStringLiteral("Fotos del día/Café 01.jpg"));
    QVERIFY(QDir().mkpath(QFileInfo(m_photo).absolutePath()));
    TestPhotoSpec spec;
    spec.size = QSize(80, 60);
    spec.tags = {
        {QStringLiteral("Exif.Image.Make"), QStringLiteral("Canon")},
        {QStringLiteral("Exif.Image.Model"), QStringLiteral("Canon EOS R6")},
        {QStringLiteral("Exif.Image.Orientation"), QStringLiteral("6")},
        {QStringLiteral("Exif.Photo.DateTimeOriginal"), QStringLiteral("2019:05:21 18:30:01")},
        {QStringLiteral("Exif.Photo.OffsetTimeOriginal"), QStringLiteral("+02:00")},
        {QStringLiteral("Exif.Photo.ISOSpeedRatings"), QStringLiteral("400")},
        {QStringLiteral("Exif.Photo.FNumber"), QStringLiteral("28/10")},
        {QStringLiteral("Exif.Photo.ExposureTime"), QStringLiteral("1/250")},
        {QStringLiteral("Exif.Photo.FocalLength"), QStringLiteral("35/1")},
        {QStringLiteral("Exif.GPSInfo.GPSLatitudeRef"), QStringLiteral("N")},
        {QStringLiteral("Exif.GPSInfo.GPSLatitude"), QStringLiteral("41/1 24/1 0/1")},
        {QStringLiteral("Exif.GPSInfo.GPSLongitudeRef"), QStringLiteral("E")},
        {QStringLiteral("Exif.GPSInfo.GPSLongitude"), QStringLiteral("2/1 9/1 0/1")},
        {QStringLiteral("Xmp.dc.subject"), QStringLiteral("kubecon;barcelona")},
    };
    const QString error = TestPhotoFactory::write(m_photo, spec);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("global") << QStringList{QStringLiteral("--help")};
    QTest::newRow("inspect") << QStringList{QStringLiteral("inspect"), QStringLiteral("--help")};
    QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--help")};
    QTest::newRow("photos") << QStringList{QStringLiteral("photos"), QStringLiteral("--help")};
    QTest::newRow("events") << QStringList{QStringLiteral("events"), QStringLiteral("--help")};
    QTest::newRow("regroup") << QStringList{QStringLiteral("regroup"), QStringLiteral("--help")};
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Usage:")));
    if (arguments.size() > 1) // a command's help names the command
        QVERIFY2(
            run.out.startsWith(QStringLiteral("Usage: corkboard-cli %1 ").arg(arguments.first())),
            qPrintable(run.out));
}

void TestCli::wrongUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("inspect without files") << QStringList{QStringLiteral("inspect")};
    QTest::newRow("import without paths") << QStringList{QStringLiteral("import")};
    QTest::newRow("photos bad option")
        << QStringList{QStringLiteral("photos"), QStringLiteral("--nope")};
    QTest::newRow("catalog without value") << QStringList{QStringLiteral("--catalog")};
    QTest::newRow("events with an argument")
        << QStringList{QStringLiteral("events"), QStringLiteral("all")};
    QTest::newRow("regroup bad option")
        << QStringList{QStringLiteral("regroup"), QStringLiteral("--json")};
}

void TestCli::wrongUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::inspectJson()
{
    const CliRun run = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), m_photo});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), 1);
    const QJsonObject &o = objects.first();
    QCOMPARE(o.value(QLatin1String("path")).toString(), m_photo);
    QCOMPARE(o.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("JPEG"));
    QCOMPARE(o.value(QLatin1String("width")).toInt(), 80);
    QCOMPARE(o.value(QLatin1String("height")).toInt(), 60);
    QCOMPARE(o.value(QLatin1String("orientation")).toInt(), 6);
    QCOMPARE(o.value(QLatin1String("takenAt")).toString(), QStringLiteral("2019-05-21T18:30:01"));
    QCOMPARE(o.value(QLatin1String("takenOffset")).toString(), QStringLiteral("+02:00"));
    QCOMPARE(o.value(QLatin1String("make")).toString(), QStringLiteral("Canon"));
    QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("Canon EOS R6"));
    QCOMPARE(o.value(QLatin1String("iso")).toInt(), 400);
    QCOMPARE(o.value(QLatin1String("fNumber")).toDouble(), 2.8);
    QCOMPARE(o.value(QLatin1String("exposureTime")).toDouble(), 0.004);
    QCOMPARE(o.value(QLatin1String("focalLength")).toDouble(), 35.0);
    QVERIFY(qAbs(o.value(QLatin1String("gpsLatitude")).toDouble() - 41.4) < 1e-9);
    QVERIFY(qAbs(o.value(QLatin1String("gpsLongitude")).toDouble() - 2.15) < 1e-9);
    QCOMPARE(o.value(QLatin1String("keywords")).toArray(),
             QJsonArray({QStringLiteral("kubecon"), QStringLiteral("barcelona")}));
    // Unknown fields are left out, not null.
    QVERIFY(!o.contains(QLatin1String("lens")));
    QVERIFY(!o.contains(QLatin1String("rating")));
    QVERIFY(!o.contains(QLatin1String("error")));
}

void TestCli::inspectFailureExitsOne()
{
    const QString text = m_dir.filePath(QStringLiteral("text.jpg"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just text");
    file.close();
    const CliRun run = runCli({QStringLiteral("inspect"), QStringLiteral("--json"), m_photo, text});
    QCOMPARE(run.exitCode, 1);
    const QList<QJsonObject> objects = jsonLines(run.out);
    QCOMPARE(objects.size(), 2);
    QCOMPARE(objects.at(1).value(QLatin1String("ok")).toBool(), false);
    QVERIFY(!objects.at(1).value(QLatin1String("error")).toString().isEmpty());
}

void TestCli::importThenListPhotos()
{
    const QString catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
    const QString folder = QFileInfo(m_photo).absolutePath();
    const QString broken = folder + QStringLiteral("/broken.jpg");
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xff\xd8\xff garbage");
    file.close();

    CliRun run = runCli({QStringLiteral("--catalog"), catalog, QStringLiteral("import"), folder});
    QCOMPARE(run.exitCode, 1); // one file failed
    QVERIFY2(run.out.contains(QLatin1String("Imported 1 photo")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("failed: %1: ").arg(broken)), qPrintable(run.out));
    QVERIFY(QFile::remove(broken));

    run = runCli({QStringLiteral("--catalog"), catalog, QStringLiteral("import"), folder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("1 unchanged")), qPrintable(run.out));

    run = runCli(
        {QStringLiteral("--catalog"), catalog, QStringLiteral("photos"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> photos = jsonLines(run.out);
    QCOMPARE(photos.size(), 2); // the broken file is kept, marked missing now that it is gone
    QCOMPARE(photos.at(0).value(QLatin1String("path")).toString(), m_photo);
    QCOMPARE(photos.at(0).value(QLatin1String("state")).toString(), QStringLiteral("ok"));
    QCOMPARE(photos.at(0).value(QLatin1String("model")).toString(), QStringLiteral("Canon EOS R6"));
    QCOMPARE(photos.at(1).value(QLatin1String("state")).toString(), QStringLiteral("missing"));

    run = runCli({QStringLiteral("--catalog"), catalog, QStringLiteral("photos")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("Canon EOS R6")));

    run = runCli({QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("none.sqlite")),
                  QStringLiteral("photos")});
    QCOMPARE(run.exitCode, 1);
}

void TestCli::importThenListAndRegroupEvents()
{
    const QString catalog = m_dir.filePath(QStringLiteral("events.sqlite"));
    CliRun run = runCli({QStringLiteral("--catalog"), catalog, QStringLiteral("import"),
                         QFileInfo(m_photo).absolutePath()});
    QCOMPARE(run.exitCode, 0);

    run = runCli(
        {QStringLiteral("--catalog"), catalog, QStringLiteral("events"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> events = jsonLines(run.out);
    QCOMPARE(events.size(), 1);
    const QJsonObject event = events.constFirst();
    QCOMPARE(event.value(QLatin1String("photoCount")).toInt(), 1);
    QCOMPARE(event.value(QLatin1String("byHand")).toBool(), false);
    // Where it happened: the wall time with the file's own offset.
    QCOMPARE(event.value(QLatin1String("start")).toString(),
             QStringLiteral("2019-05-21T18:30:01+02:00"));
    QCOMPARE(event.value(QLatin1String("split")).toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("first"));

    run = runCli({QStringLiteral("--catalog"), catalog, QStringLiteral("events")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("21 May 2019")), qPrintable(run.out));

    run = runCli({QStringLiteral("--catalog"), catalog, QStringLiteral("regroup")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Events: 1 kept, 0 new, 0 removed.")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("0 photos changed event")), qPrintable(run.out));

    run = runCli({QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("none.sqlite")),
                  QStringLiteral("regroup")});
    QCOMPARE(run.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
