#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/import/importworker.h"
#include "core/metadata/metadatareader.h"
#include "tests/support/corpus.h"

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The importer on real photos and on files that have crashed metadata parsers: every photo is
// imported with the metadata the reader gives for the whole file (the importer hands it only a
// JPEG's metadata segments), every broken file is reported with a reason, nothing crashes.
class TestImportCorpus : public QObject
{
    Q_OBJECT

private slots:
    void importsTheCorpus();
};

void TestImportCorpus::importsTheCorpus()
{
    const QString corpus = Corpus::directory();
    if (corpus.isEmpty())
        QSKIP(qPrintable(Corpus::unavailableReason()));
    const QString photos = QDir(corpus).filePath(QStringLiteral("photos"));
    const QString bad = QDir(corpus).filePath(QStringLiteral("bad"));

    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(catalog.open(), QString());
    const std::atomic_bool cancelled = false;
    const ImportReport report = ImportWorker(catalog.path(), {photos, bad}).run(cancelled, {});
    QCOMPARE(report.fatalError, QString());

    const QStringList photoFiles = QDir(photos).entryList(QDir::Files);
    const QStringList badFiles = QDir(bad).entryList(QDir::Files);
    QSet<QString> problemPaths;
    for (const ImportProblem &problem : report.problems) {
        QVERIFY2(problem.path.startsWith(bad),
                 qPrintable(problem.path + QLatin1String(": ") + problem.reason));
        QVERIFY2(!problem.reason.isEmpty(), qPrintable(problem.path));
        problemPaths.insert(problem.path);
    }
    QCOMPARE(report.imported + int(report.duplicates.size()),
             int(photoFiles.size() + badFiles.size()) - int(problemPaths.size()) -
                 report.notPhotos);

    const PhotoRepository repository(catalog.connection());
    const MetadataReader reader;
    for (const QString &name : photoFiles) {
        const QString path = QDir(photos).filePath(name);
        const auto photo = repository.findByPath(path);
        QVERIFY2(photo, qPrintable(path));
        QCOMPARE(photo->state, PhotoState::Ok);
        const MetadataReadResult whole = reader.read(path);
        QVERIFY2(whole.ok, qPrintable(path));
        // Sub-second precision survives the catalog; everything else must be identical.
        QVERIFY2(photo->metadata == whole.metadata, qPrintable(path));
    }
    for (const QString &name : badFiles) {
        const QString path = QDir(bad).filePath(name);
        const auto photo = repository.findByPath(path);
        if (!photo)
            continue; // not a photo by content or name (counted in notPhotos)
        if (problemPaths.contains(path)) {
            QCOMPARE(photo->state, PhotoState::Unreadable);
            QVERIFY(!photo->stateReason.isEmpty());
        } else {
            QCOMPARE(photo->state, PhotoState::Ok);
        }
    }

    const ImportReport again = ImportWorker(catalog.path(), {photos, bad}).run(cancelled, {});
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.problems.size(), report.problems.size());
}

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
