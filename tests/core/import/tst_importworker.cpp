#include "core/catalog/catalog.h"
#include "core/catalog/importhistoryrepository.h"
#include "core/catalog/photorepository.h"
#include "core/import/importworker.h"
#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A camera photo with a time and a model; `seed` makes its pixels (and so its content) unique.
void makePhoto(const QString &path, int seed,
               const QString &taken = QStringLiteral("2019:05:21 10:00:00"))
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    TestPhotoSpec spec;
    spec.seed = seed;
    spec.tags = {{QStringLiteral("Exif.Image.Model"), QStringLiteral("Test Camera")},
                 {QStringLiteral("Exif.Photo.DateTimeOriginal"), taken}};
    const QString error = TestPhotoFactory::write(path, spec);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestImportWorker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsPhotosReportsProblemsSkipsNonPhotos();
    void reimportSkipsUnchangedFiles();
    void recognisesDuplicatesByContent();
    void changedFileIsUpdated();
    void goneFileIsMarkedMissingAndComesBack();
    void movedFileKeepsItsPhoto();
    void nonAsciiAndSpacedPaths();
    void cancelKeepsWhatWasCommitted();
    void neverWritesToOriginals();
    void recordsTheImportInHistory();

private:
    ImportReport import(const QStringList &paths, const std::atomic_bool &cancelled = false,
                        const ImportWorker::Callbacks &callbacks = {});
    QString photosDir() const { return m_dir->filePath(QStringLiteral("photos")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestImportWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
}

void TestImportWorker::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

ImportReport TestImportWorker::import(const QStringList &paths, const std::atomic_bool &cancelled,
                                      const ImportWorker::Callbacks &callbacks)
{
    ImportWorker::Options options;
    options.chunkSize = 4; // several transactions even for a handful of files
    return ImportWorker(m_catalog->path(), paths, options).run(cancelled, callbacks);
}

void TestImportWorker::importsPhotosReportsProblemsSkipsNonPhotos()
{
    for (int i = 0; i < 5; ++i)
        makePhoto(photosDir() + QStringLiteral("/day1/IMG_%1.jpg").arg(i), i);
    writeText(photosDir() + QStringLiteral("/day1/broken.jpg"), "this is not a JPEG");
    writeText(photosDir() + QStringLiteral("/notes.txt"), "shopping list");
    writeText(photosDir() + QStringLiteral("/animation.gif"), "GIF89a\x01\x00\x01\x00");
    writeText(photosDir() + QStringLiteral("/IMG_0.jpg.xmp"), "<x:xmpmeta/>");

    const ImportReport report = import({photosDir()});
    QCOMPARE(report.fatalError, QString());
    QCOMPARE(report.imported, 5);
    QCOMPARE(report.notPhotos, 1); // the text file; the sidecar is not even looked at
    // An image Corkboard does not read is reported, not passed over like the text file.
    QCOMPARE(report.problems.size(), 2);
    QVERIFY(report.problems.at(0).path.endsWith(QLatin1String("animation.gif")));
    QVERIFY(report.problems.at(1).path.endsWith(QLatin1String("broken.jpg")));
    QVERIFY(!report.problems.at(1).reason.isEmpty());
    QVERIFY(!report.succeeded());

    const PhotoRepository photos(m_catalog->connection());
    QCOMPARE(photos.count(), 7); // the broken files are kept as unreadable, with their reasons
    const auto broken = photos.findByPath(photosDir() + QStringLiteral("/day1/broken.jpg"));
    QVERIFY(broken);
    QCOMPARE(broken->state, PhotoState::Unreadable);
    QCOMPARE(broken->stateReason, report.problems.at(1).reason);
    const auto photo = photos.findByPath(photosDir() + QStringLiteral("/day1/IMG_3.jpg"));
    QVERIFY(photo);
    QCOMPARE(photo->metadata.model, QStringLiteral("Test Camera"));
    QCOMPARE(photo->metadata.format, ImageFormat::Jpeg);
    QCOMPARE(photo->identityKey.size(), 16);
    QCOMPARE(photo->importId, report.importId);
}

void TestImportWorker::reimportSkipsUnchangedFiles()
{
    for (int i = 0; i < 3; ++i)
        makePhoto(photosDir() + QStringLiteral("/%1.jpg").arg(i), i);
    writeText(photosDir() + QStringLiteral("/broken.jpg"), "not a photo");
    QCOMPARE(import({photosDir()}).imported, 3);
    const ImportReport again = import({photosDir()});
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.problems.size(), 1); // still broken, still reported
    QCOMPARE(PhotoRepository(m_catalog->connection()).count(), 4);
}

void TestImportWorker::recognisesDuplicatesByContent()
{
    makePhoto(photosDir() + QStringLiteral("/a.jpg"), 1);
    QVERIFY(QFile::copy(photosDir() + QStringLiteral("/a.jpg"),
                        photosDir() + QStringLiteral("/copy of a.jpg")));
    makePhoto(photosDir() + QStringLiteral("/b.jpg"), 2);
    const ImportReport report = import({photosDir()});
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.duplicates.size(), 1);
    const PhotoRepository photos(m_catalog->connection());
    QCOMPARE(photos.count(), 2);

    // A copy elsewhere, imported later, is recognised against the catalog.
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QDir().mkpath(other);
    QVERIFY(QFile::copy(photosDir() + QStringLiteral("/b.jpg"), other + QStringLiteral("/b.jpg")));
    const ImportReport later = import({other});
    QCOMPARE(later.imported, 0);
    QCOMPARE(later.duplicates.size(), 1);
    QCOMPARE(later.duplicates.first().existingPath, photosDir() + QStringLiteral("/b.jpg"));
    QVERIFY(later.succeeded());
}

void TestImportWorker::changedFileIsUpdated()
{
    const QString path = photosDir() + QStringLiteral("/a.jpg");
    makePhoto(path, 1, QStringLiteral("2019:05:21 10:00:00"));
    QCOMPARE(import({photosDir()}).imported, 1);
    const qint64 id = PhotoRepository(m_catalog->connection()).findByPath(path)->id;
    QTest::qWait(20); // a different modification time
    makePhoto(path, 9, QStringLiteral("2020:01:02 03:04:05"));
    const ImportReport report = import({photosDir()});
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.imported, 0);
    const auto photo = PhotoRepository(m_catalog->connection()).find(id);
    QCOMPARE(photo->metadata.takenAt->wallTimeString(), QStringLiteral("2020-01-02T03:04:05"));
}

void TestImportWorker::goneFileIsMarkedMissingAndComesBack()
{
    const QString path = photosDir() + QStringLiteral("/a.jpg");
    makePhoto(path, 1);
    makePhoto(photosDir() + QStringLiteral("/b.jpg"), 2);
    QCOMPARE(import({photosDir()}).imported, 2);
    const QString aside = m_dir->filePath(QStringLiteral("aside.jpg"));
    QVERIFY(QFile::rename(path, aside));

    const ImportReport report = import({photosDir()});
    QCOMPARE(report.markedMissing, 1);
    const PhotoRepository photos(m_catalog->connection());
    QCOMPARE(photos.count(), 2); // never silently dropped
    QCOMPARE(photos.findByPath(path)->state, PhotoState::Missing);
    QCOMPARE(import({photosDir()}).markedMissing, 0); // already missing

    QVERIFY(QFile::rename(aside, path));
    const ImportReport back = import({photosDir()});
    QCOMPARE(back.unchanged, 2);
    QCOMPARE(PhotoRepository(m_catalog->connection()).findByPath(path)->state, PhotoState::Ok);
}

void TestImportWorker::movedFileKeepsItsPhoto()
{
    const QString path = photosDir() + QStringLiteral("/a.jpg");
    makePhoto(path, 1);
    QCOMPARE(import({photosDir()}).imported, 1);
    const qint64 id = PhotoRepository(m_catalog->connection()).findByPath(path)->id;
    const QString moved = photosDir() + QStringLiteral("/sorted/a renamed.jpg");
    QDir().mkpath(QFileInfo(moved).absolutePath());
    QVERIFY(QFile::rename(path, moved));

    const ImportReport report = import({photosDir()});
    QCOMPARE(report.relocated, 1);
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.markedMissing, 0);
    const PhotoRepository photos(m_catalog->connection());
    QCOMPARE(photos.count(), 1);
    QCOMPARE(photos.find(id)->path, moved);
    QCOMPARE(photos.find(id)->state, PhotoState::Ok);
}

void TestImportWorker::nonAsciiAndSpacedPaths()
{
    const QStringList names = {QStringLiteral("Café Barcelona 01.jpg"), QStringLiteral("会場.jpg"),
                               QStringLiteral("Straße mit Leerzeichen.jpg")};
    for (int i = 0; i < names.size(); ++i)
        makePhoto(photosDir() + QStringLiteral("/Día de fiesta/") + names.at(i), i);
    const ImportReport report = import({photosDir() + QStringLiteral("/Día de fiesta")});
    QCOMPARE(report.imported, 3);
    QVERIFY(report.succeeded());
    const PhotoRepository photos(m_catalog->connection());
    for (const QString &name : names) {
        const auto photo =
            photos.findByPath(photosDir() + QStringLiteral("/Día de fiesta/") + name);
        QVERIFY2(photo, qPrintable(name));
        QCOMPARE(photo->metadata.model, QStringLiteral("Test Camera"));
    }
}

void TestImportWorker::cancelKeepsWhatWasCommitted()
{
    for (int i = 0; i < 40; ++i)
        makePhoto(photosDir() + QStringLiteral("/%1.jpg").arg(i, 3, 10, QLatin1Char('0')), i);
    std::atomic_bool cancelled = false;
    ImportWorker::Callbacks callbacks;
    int committedPhotos = 0;
    callbacks.committed = [&](const QList<qint64> &ids) {
        committedPhotos += static_cast<int>(ids.size());
        cancelled = true; // the user presses Cancel after the first chunk
    };
    const ImportReport report = import({photosDir()}, cancelled, callbacks);
    QVERIFY(report.cancelled);
    QVERIFY(report.imported > 0);
    QVERIFY(report.imported < 40);
    QCOMPARE(report.markedMissing, 0);
    QCOMPARE(PhotoRepository(m_catalog->connection()).count(), report.imported);
    QCOMPARE(committedPhotos, report.imported);

    const ImportReport resumed = import({photosDir()});
    QVERIFY(!resumed.cancelled);
    QCOMPARE(resumed.unchanged, report.imported);
    QCOMPARE(resumed.imported, 40 - report.imported);
    QCOMPARE(PhotoRepository(m_catalog->connection()).count(), 40);
}

void TestImportWorker::neverWritesToOriginals()
{
    const QString path = photosDir() + QStringLiteral("/a.jpg");
    makePhoto(path, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const QDateTime modified = QFileInfo(path).lastModified();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner)); // read-only works too
    QCOMPARE(import({photosDir()}).imported, 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFile::exists(path + QStringLiteral(".xmp")));
}

void TestImportWorker::recordsTheImportInHistory()
{
    makePhoto(photosDir() + QStringLiteral("/a.jpg"), 1);
    const ImportReport report = import({photosDir()});
    const auto record = ImportHistoryRepository(m_catalog->connection()).find(report.importId);
    QVERIFY(record);
    QCOMPARE(record->imported, 1);
    QVERIFY(record->finishedAt.isValid());
    QCOMPARE(record->roots, QStringList{QDir::cleanPath(photosDir())});
    QCOMPARE(ImportHistoryRepository(m_catalog->connection()).recent(10).size(), 1);
}

QTEST_GUILESS_MAIN(TestImportWorker)
#include "tst_importworker.moc"
