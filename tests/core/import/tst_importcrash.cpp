#include "core/catalog/catalog.h"
#include "core/catalog/catalogconnection.h"
#include "core/catalog/photorepository.h"
#include "core/import/importworker.h"
#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A real corkboard-cli process is killed (SIGKILL: no chance to clean up) in the middle of an
// import. The catalog it leaves must pass SQLite's integrity check, hold only whole chunks, and a
// second import must finish the job without duplicates.
class TestImportCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedImportLeavesConsistentCatalogAndResumes();
};

namespace {

int photoCount(const QString &catalogPath)
{
    CatalogConnection connection(catalogPath);
    if (!connection.open().isEmpty())
        return -1;
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM photos")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

void TestImportCrash::killedImportLeavesConsistentCatalogAndResumes()
{
    constexpr int photoTotal = 4000;
    QTemporaryDir dir;
    const QString photos = dir.filePath(QStringLiteral("photos"));
    for (int day = 0; day < 4; ++day)
        QVERIFY(QDir().mkpath(photos + QStringLiteral("/day%1").arg(day)));
    for (int i = 0; i < photoTotal; ++i) {
        TestPhotoSpec spec;
        spec.size = QSize(16, 16);
        spec.seed = i;
        spec.tags = {{QStringLiteral("Exif.Image.ImageDescription"), QString::number(i)}};
        const QString path = photos + QStringLiteral("/day%1/IMG_%2.jpg").arg(i % 4).arg(i);
        const QString error = TestPhotoFactory::write(path, spec);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        Catalog catalog(catalogPath); // created and migrated before the child starts
        QCOMPARE(catalog.open(), QString());
    }

    QProcess child;
    child.setProgram(QStringLiteral(CORKBOARD_CLI_PATH));
    child.setArguments(
        {QStringLiteral("--catalog"), catalogPath, QStringLiteral("import"), photos});
    child.start();
    QVERIFY(child.waitForStarted());
    // Kill it as soon as the first chunks are committed.
    QElapsedTimer timer;
    timer.start();
    int seen = 0;
    while (seen <= 0 && timer.elapsed() < 30000 && child.state() == QProcess::Running) {
        QTest::qWait(2);
        seen = photoCount(catalogPath);
    }
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const int afterKill = photoCount(catalogPath);
    QVERIFY2(afterKill > 0, "the child committed nothing before it was killed");
    QVERIFY2(afterKill < photoTotal, "the import finished before it could be killed");
    {
        CatalogConnection connection(catalogPath);
        QCOMPARE(connection.open(), QString());
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!query.next());
        // The killed run is recorded as started and never finished.
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM imports WHERE finished_at IS NULL")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    const std::atomic_bool cancelled = false;
    const ImportReport resumed = ImportWorker(catalogPath, {photos}).run(cancelled, {});
    QCOMPARE(resumed.fatalError, QString());
    QVERIFY(resumed.unchanged >= afterKill);
    QCOMPARE(resumed.unchanged + resumed.imported, photoTotal);
    QVERIFY(resumed.duplicates.isEmpty());
    QCOMPARE(photoCount(catalogPath), photoTotal);
}

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
