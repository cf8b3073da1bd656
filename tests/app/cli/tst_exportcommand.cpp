#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// corkboard-cli export, run as a user runs it: its argument errors, and whole exports of a small
// catalog made by `corkboard-cli import`.
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
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// "6 images made" once the English plural forms are in the CLI's translation, "6 image(s) made"
// before: %1 in `text` stands for the ending.
QRegularExpression plural(const QString &text)
{
    return QRegularExpression(text.arg(QLatin1String("(s|\\(s\\))")));
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void wrongUsageExitsTwo_data();
    void wrongUsageExitsTwo();
    void missingCatalogExitsOne();
    void unknownSubjectExitsOne();
    void exportsAWebsiteThenReusesItsImages();
    void exportsAJekyllPost();

private:
    QString catalogPath() const { return m_dir.filePath(QStringLiteral("catalog.sqlite")); }

    QTemporaryDir m_dir;
    qint64 m_eventId = 0;
};

void TestExportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString folder = m_dir.filePath(QStringLiteral("Fotos del día"));
    QVERIFY(QDir().mkpath(folder));
    for (int i = 0; i < 3; ++i) {
        TestPhotoSpec spec;
        spec.size = i == 1 ? QSize(90, 120) : QSize(160, 120);
        spec.seed = i;
        spec.tags = {
            {QStringLiteral("Exif.Image.Model"), QStringLiteral("Canon EOS R6")},
            {QStringLiteral("Exif.Photo.DateTimeOriginal"),
             QStringLiteral("2019:05:21 18:3%1:01").arg(i)},
            {QStringLiteral("Exif.GPSInfo.GPSLatitudeRef"), QStringLiteral("N")},
            {QStringLiteral("Exif.GPSInfo.GPSLatitude"), QStringLiteral("41/1 24/1 0/1")},
        };
        const QString error =
            TestPhotoFactory::write(folder + QStringLiteral("/Café %1.jpg").arg(i), spec);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    CliRun run =
        runCli({QStringLiteral("--catalog"), catalogPath(), QStringLiteral("import"), folder});
    QCOMPARE(run.exitCode, 0);
    run = runCli({QStringLiteral("--catalog"), catalogPath(), QStringLiteral("events"),
                  QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject event =
        QJsonDocument::fromJson(run.out.section(QLatin1Char('\n'), 0, 0).toUtf8()).object();
    m_eventId = event.value(QLatin1String("id")).toInteger();
    QVERIFY(m_eventId > 0);
}

void TestExportCommand::help()
{
    const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Usage: corkboard-cli export ")),
             qPrintable(run.out));
    for (const char *option : {"--html", "--jekyll", "--event", "--gallery", "--entry", "--theme",
                               "--sizes", "--quality", "--keep-private-metadata", "--originals",
                               "--no-exif-line", "--image-folder"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
    // And the global help lists the command.
    QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QLatin1String("export")));
}

void TestExportCommand::wrongUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString html = QStringLiteral("--html");
    const QString dir = m_dir.filePath(QStringLiteral("never"));
    const QString event = QStringLiteral("--event");
    QTest::newRow("no format") << QStringList{event, QStringLiteral("1")}
                               << QStringLiteral("--html DIR or --jekyll DIR");
    QTest::newRow("two formats") << QStringList{html, dir,   QStringLiteral("--jekyll"),
                                                dir,  event, QStringLiteral("1")}
                                 << QStringLiteral("--html DIR or --jekyll DIR");
    QTest::newRow("no subject") << QStringList{html, dir}
                                << QStringLiteral("--event ID, --gallery ID or --entry ID");
    QTest::newRow("two subjects") << QStringList{html,
                                                 dir,
                                                 event,
                                                 QStringLiteral("1"),
                                                 QStringLiteral("--gallery"),
                                                 QStringLiteral("2")}
                                  << QStringLiteral("--event ID, --gallery ID or --entry ID");
    QTest::newRow("id not a number") << QStringList{html, dir, event, QStringLiteral("kubecon")}
                                     << QStringLiteral("'kubecon' is not an id");
    QTest::newRow("id zero") << QStringList{html, dir, QStringLiteral("--entry"),
                                            QStringLiteral("0")}
                             << QStringLiteral("'0' is not an id");
    QTest::newRow("sizes not numbers") << QStringList{html,
                                                      dir,
                                                      event,
                                                      QStringLiteral("1"),
                                                      QStringLiteral("--sizes"),
                                                      QStringLiteral("480,big")}
                                       << QStringLiteral("not a list of image sizes");
    QTest::newRow("size too small") << QStringList{html,
                                                   dir,
                                                   event,
                                                   QStringLiteral("1"),
                                                   QStringLiteral("--sizes"),
                                                   QStringLiteral("8")}
                                    << QStringLiteral("not a list of image sizes");
    QTest::newRow("quality 0") << QStringList{html,
                                              dir,
                                              event,
                                              QStringLiteral("1"),
                                              QStringLiteral("--quality"),
                                              QStringLiteral("0")}
                               << QStringLiteral("not a JPEG quality");
    QTest::newRow("quality 101") << QStringList{html,
                                                dir,
                                                event,
                                                QStringLiteral("1"),
                                                QStringLiteral("--quality"),
                                                QStringLiteral("101")}
                                 << QStringLiteral("not a JPEG quality");
    QTest::newRow("image folder for a website")
        << QStringList{html,
                       dir,
                       event,
                       QStringLiteral("1"),
                       QStringLiteral("--image-folder"),
                       QStringLiteral("img")}
        << QStringLiteral("--image-folder is for --jekyll only");
    QTest::newRow("image folder outside the site")
        << QStringList{QStringLiteral("--jekyll"),
                       dir,
                       event,
                       QStringLiteral("1"),
                       QStringLiteral("--image-folder"),
                       QStringLiteral("../img")}
        << QStringLiteral("not a folder inside the site");
    QTest::newRow("theme as a path") << QStringList{html,
                                                    dir,
                                                    event,
                                                    QStringLiteral("1"),
                                                    QStringLiteral("--theme"),
                                                    QStringLiteral("../../etc")}
                                     << QStringLiteral("not a theme name");
    QTest::newRow("an argument") << QStringList{html, dir, event, QStringLiteral("1"),
                                                QStringLiteral("extra")}
                                 << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("unknown option")
        << QStringList{html, dir, event, QStringLiteral("1"), QStringLiteral("--zip")}
        << QStringLiteral("zip");
}

void TestExportCommand::wrongUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run =
        runCli(QStringList{QStringLiteral("--catalog"), catalogPath(), QStringLiteral("export")} +
               arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never"))));
}

void TestExportCommand::missingCatalogExitsOne()
{
    const CliRun run = runCli(
        {QStringLiteral("--catalog"), m_dir.filePath(QStringLiteral("none.sqlite")),
         QStringLiteral("export"), QStringLiteral("--html"), m_dir.filePath(QStringLiteral("site")),
         QStringLiteral("--event"), QString::number(m_eventId)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no catalog")), qPrintable(run.err));
}

void TestExportCommand::unknownSubjectExitsOne()
{
    const QString site = m_dir.filePath(QStringLiteral("nothing"));
    const CliRun run = runCli({QStringLiteral("--catalog"), catalogPath(), QStringLiteral("export"),
                               QStringLiteral("--html"), site, QStringLiteral("--gallery"),
                               QStringLiteral("999")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("the catalog has no gallery 999")),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(site));
}

void TestExportCommand::exportsAWebsiteThenReusesItsImages()
{
    const QString site = m_dir.filePath(QStringLiteral("site"));
    const QStringList arguments = {QStringLiteral("--catalog"),
                                   catalogPath(),
                                   QStringLiteral("export"),
                                   QStringLiteral("--html"),
                                   site,
                                   QStringLiteral("--event"),
                                   QString::number(m_eventId),
                                   QStringLiteral("--sizes"),
                                   QStringLiteral("64,100"),
                                   QStringLiteral("--quality"),
                                   QStringLiteral("80")};
    CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("Exporting the event")), qPrintable(run.out));
    QVERIFY2(run.out.contains(plural(QStringLiteral("6 image%1 made, 0 reused"))),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(plural(QStringLiteral("0 photo%1 skipped"))), qPrintable(run.out));
    const QString index = site + QStringLiteral("/index.html");
    QVERIFY(QFileInfo::exists(index));
    QVERIFY2(run.out.contains(QUrl::fromLocalFile(index).toString()), qPrintable(run.out));
    QCOMPARE(QDir(site + QStringLiteral("/images")).entryList(QDir::Files).size(), 6);

    // The same export again makes no image: each is still current.
    run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(plural(QStringLiteral("0 image%1 made, 6 reused"))),
             qPrintable(run.out));
}

void TestExportCommand::exportsAJekyllPost()
{
    const QString site = m_dir.filePath(QStringLiteral("blog"));
    const CliRun run =
        runCli({QStringLiteral("--catalog"), catalogPath(), QStringLiteral("export"),
                QStringLiteral("--jekyll"), site, QStringLiteral("--event"),
                QString::number(m_eventId), QStringLiteral("--sizes"), QStringLiteral("100"),
                QStringLiteral("--image-folder"), QStringLiteral("assets/posts")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("The post: ")), qPrintable(run.out));
    const QStringList posts =
        QDir(site + QStringLiteral("/_posts")).entryList({QStringLiteral("*.md")});
    QVERIFY2(!posts.isEmpty(), qPrintable(run.out));
    QCOMPARE(QDir(site + QStringLiteral("/assets/posts")).entryList(QDir::Files).size(), 3);
}

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
