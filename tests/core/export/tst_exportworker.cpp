#include "core/catalog/catalog.h"
#include "core/export/exportmanifest.h"
#include "core/export/exportworker.h"
#include "core/galleries/galleryservice.h"
#include "tests/core/export/exporttestcatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

// One export from start to end: the catalog read, the images made on the pool and reused when
// still current, the pages or the post written, a broken photo skipped, and a cancel that keeps
// what was made for next time.
class TestExportWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void publishesAnEvent();
    void exportsAgainReusingImages();
    void aTouchedPhotoIsMadeAgain();
    void aChangedCaptionMakesNoImage();
    void brokenPhotosAreSkipped();
    void cancelKeepsWhatWasMade();
    void jekyllPost();
    void errors();

private:
    ExportReport run(const ExportOptions &options, const std::atomic_bool &cancelled,
                     const ExportWorker::ProgressCallback &progress = {});
    ExportReport run(const ExportOptions &options);
    ExportOptions htmlOptions() const;
    QStringList imageFiles(const QString &folder = QStringLiteral("images")) const;

    QTemporaryDir m_dir;
    ExportTestCatalog m_fixture;
    std::unique_ptr<QTemporaryDir> m_out;
};

void TestExportWorker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = m_fixture.build(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestExportWorker::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
}

ExportOptions TestExportWorker::htmlOptions() const
{
    ExportOptions options;
    options.subject = ExportSubject{ExportSubject::Kind::Event, m_fixture.eventA};
    options.outputDirectory = m_out->filePath(QStringLiteral("site"));
    return options;
}

ExportReport TestExportWorker::run(const ExportOptions &options, const std::atomic_bool &cancelled,
                                   const ExportWorker::ProgressCallback &progress)
{
    return ExportWorker::run(m_fixture.catalogPath, options, cancelled, progress);
}

ExportReport TestExportWorker::run(const ExportOptions &options)
{
    const std::atomic_bool cancelled = false;
    return run(options, cancelled);
}

QStringList TestExportWorker::imageFiles(const QString &folder) const
{
    QDir dir(QDir(m_out->filePath(QStringLiteral("site"))).filePath(folder));
    return dir.entryList(QDir::Files, QDir::Name);
}

void TestExportWorker::publishesAnEvent()
{
    QList<ExportProgress> heard;
    const std::atomic_bool cancelled = false;
    const ExportOptions options = htmlOptions();
    const ExportReport report =
        run(options, cancelled, [&](const ExportProgress &progress) { heard.append(progress); });
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.outputDirectory, options.outputDirectory);
    QCOMPARE(QFileInfo(report.entryPoint).fileName(), QStringLiteral("index.html"));
    QVERIFY(QFileInfo::exists(report.entryPoint));
    // Six photos of 640 x 480 or less: 480 px and their own size each.
    QCOMPARE(report.imagesMade, 12);
    QCOMPARE(report.imagesReused, 0);
    QVERIFY(report.skipped.isEmpty());
    QVERIFY(report.pagesWritten > 0);
    QVERIFY(report.elapsedMs >= 0);
    QCOMPARE(imageFiles().size(), 12);
    QVERIFY(
        imageFiles().contains(QStringLiteral("img-100-%1-640.jpg").arg(m_fixture.photosA.first())));
    // The turned photo is published upright.
    const QString turned = QStringLiteral("images/img-102-%1-480.jpg").arg(m_fixture.photosA.at(2));
    QCOMPARE(QImageReader(QDir(options.outputDirectory).filePath(turned)).size(), QSize(360, 480));
    QVERIFY(QFileInfo::exists(QDir(options.outputDirectory).filePath(ExportManifest::fileName())));

    // Reading first, then the images up to all six, then the pages.
    QVERIFY(!heard.isEmpty());
    QCOMPARE(heard.first().phase, ExportProgress::Phase::Reading);
    QCOMPARE(heard.last().phase, ExportProgress::Phase::Pages);
    bool allImages = false;
    for (const ExportProgress &p : std::as_const(heard)) {
        if (p.phase == ExportProgress::Phase::Images) {
            QCOMPARE(p.total, 6);
            QVERIFY(p.done <= p.total);
            allImages = allImages || p.done == 6;
        }
    }
    QVERIFY(allImages);
}

void TestExportWorker::exportsAgainReusingImages()
{
    const ExportOptions options = htmlOptions();
    QVERIFY(run(options).succeeded());
    // Something of the user's in the folder stays.
    QFile mine(QDir(options.outputDirectory).filePath(QStringLiteral("images/notes.txt")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.close();
    const ExportReport again = run(options);
    QVERIFY2(again.succeeded(), qPrintable(again.error));
    QCOMPARE(again.imagesMade, 0);
    QCOMPARE(again.imagesReused, 12);
    QCOMPARE(again.pagesWritten, 0);
    QVERIFY(again.pagesUnchanged > 0);
    QVERIFY(mine.exists());

    // Another quality: every image is made again, into the same files.
    ExportOptions other = options;
    other.jpegQuality = 60;
    const ExportReport third = run(other);
    QCOMPARE(third.imagesMade, 12);
    QCOMPARE(third.imagesReused, 0);
    QCOMPARE(imageFiles().size(), 13);
}

void TestExportWorker::aTouchedPhotoIsMadeAgain()
{
    const ExportOptions options = htmlOptions();
    QVERIFY(run(options).succeeded());
    QFile photo(m_fixture.paths.at(1));
    QVERIFY(photo.open(QIODevice::ReadWrite));
    const QDateTime modified = QFileInfo(photo).lastModified();
    QVERIFY(photo.setFileTime(modified.addSecs(60), QFileDevice::FileModificationTime));
    photo.close();
    const ExportReport again = run(options);
    QVERIFY(photo.open(QIODevice::ReadWrite));
    QVERIFY(photo.setFileTime(modified, QFileDevice::FileModificationTime));
    QVERIFY2(again.succeeded(), qPrintable(again.error));
    QCOMPARE(again.imagesMade, 2);
    QCOMPARE(again.imagesReused, 10);
}

void TestExportWorker::aChangedCaptionMakesNoImage()
{
    const ExportOptions options = htmlOptions();
    QVERIFY(run(options).succeeded());
    {
        Catalog catalog(m_fixture.catalogPath);
        QCOMPARE(catalog.open(), QString());
        GalleryService galleries(catalog.connection());
        const GalleryEdit edit =
            galleries.setCaption(m_fixture.captionedItem, QStringLiteral("Joe Beda, again"));
        QVERIFY(galleries.apply(edit, true));
    }
    const ExportReport again = run(options);
    {
        Catalog catalog(m_fixture.catalogPath);
        QCOMPARE(catalog.open(), QString());
        GalleryService galleries(catalog.connection());
        QVERIFY(galleries.apply(
            galleries.setCaption(m_fixture.captionedItem, QStringLiteral("Joe Beda")), true));
    }
    QVERIFY2(again.succeeded(), qPrintable(again.error));
    QCOMPARE(again.imagesMade, 0);
    QCOMPARE(again.imagesReused, 12);
    QVERIFY(again.pagesWritten >= 1);
}

void TestExportWorker::brokenPhotosAreSkipped()
{
    const QString path = m_fixture.paths.at(4);
    const QString aside = path + QStringLiteral(".aside");
    QVERIFY(QFile::rename(path, aside));
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray("\xff\xd8\xff\xe0 not really a JPEG", 23));
    broken.close();
    const ExportReport report = run(htmlOptions());
    QFile::remove(path);
    QVERIFY(QFile::rename(aside, path));
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.skipped.size(), 1);
    QCOMPARE(report.skipped.first().photoId, m_fixture.photosB.first());
    QCOMPARE(report.skipped.first().path, path);
    QVERIFY(!report.skipped.first().reason.isEmpty());
    QCOMPARE(report.imagesMade, 10);
}

void TestExportWorker::cancelKeepsWhatWasMade()
{
    const ExportOptions options = htmlOptions();
    // Cancelled before it starts: nothing is written but the folder.
    std::atomic_bool cancelled = true;
    ExportReport report = run(options, cancelled);
    QVERIFY(report.cancelled);
    QVERIFY(!report.succeeded());
    QCOMPARE(report.imagesMade, 0);
    QVERIFY(
        !QFileInfo::exists(QDir(options.outputDirectory).filePath(QStringLiteral("index.html"))));

    // Cancelled while the images are made: the photos begun are finished and recorded, no page
    // is written, and the next export reuses what was made.
    cancelled = false;
    report = run(options, cancelled, [&](const ExportProgress &progress) {
        if (progress.phase == ExportProgress::Phase::Images)
            cancelled = true;
    });
    QVERIFY(report.cancelled);
    QVERIFY(
        !QFileInfo::exists(QDir(options.outputDirectory).filePath(QStringLiteral("index.html"))));
    QVERIFY(QFileInfo::exists(QDir(options.outputDirectory).filePath(ExportManifest::fileName())));
    const int madeBefore = report.imagesMade;
    // How many were under way when the cancel came depends on the threads; all of them are
    // in the folder and in the manifest.
    QCOMPARE(imageFiles().size(), madeBefore);
    const ExportReport resumed = run(options);
    QVERIFY2(resumed.succeeded(), qPrintable(resumed.error));
    QCOMPARE(resumed.imagesReused, madeBefore);
    QCOMPARE(resumed.imagesMade, 12 - madeBefore);
}

void TestExportWorker::jekyllPost()
{
    ExportOptions options;
    options.format = ExportFormat::Jekyll;
    options.subject = ExportSubject{ExportSubject::Kind::Entry, m_fixture.entryOfA};
    options.outputDirectory = m_out->filePath(QStringLiteral("blog"));
    options.jekyllImageFolder = QStringLiteral("/assets/posts/");
    const ExportReport report = run(options);
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QVERIFY(report.entryPoint.startsWith(
        QDir(options.outputDirectory).filePath(QStringLiteral("_posts/"))));
    QVERIFY(report.entryPoint.endsWith(QStringLiteral(".md")));
    // The cover, the photo in the text and the gallery's photo, in the folder asked for.
    const QDir images(QDir(options.outputDirectory).filePath(QStringLiteral("assets/posts")));
    QCOMPARE(images.entryList(QDir::Files).size(), 6);
    QCOMPARE(report.imagesMade, 6);
}

void TestExportWorker::errors()
{
    ExportOptions options = htmlOptions();
    options.subject.id = 9999;
    ExportReport report = run(options);
    QVERIFY(!report.succeeded());
    QVERIFY2(report.error.contains(QStringLiteral("event")), qPrintable(report.error));

    options = htmlOptions();
    options.outputDirectory = QStringLiteral("relative/site");
    QVERIFY(!run(options).error.isEmpty());

    options = htmlOptions();
    options.format = ExportFormat::Jekyll;
    options.jekyllImageFolder = QStringLiteral("../outside");
    report = run(options);
    QVERIFY2(report.error.contains(QStringLiteral("../outside")), qPrintable(report.error));
    QVERIFY(!QFileInfo::exists(m_out->filePath(QStringLiteral("outside"))));

    // A file where the folder should be.
    QFile blocker(m_out->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    options = htmlOptions();
    options.outputDirectory = blocker.fileName();
    QVERIFY(!run(options).error.isEmpty());

    QCOMPARE(ExportWorker::run(m_out->filePath(QStringLiteral("no/such/catalog.sqlite")),
                               htmlOptions(), std::atomic_bool(false))
                 .succeeded(),
             false);
}

QTEST_GUILESS_MAIN(TestExportWorker)
#include "tst_exportworker.moc"
