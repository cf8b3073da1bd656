// ExportJob: an export on a thread of its own, heard from on the caller's thread; cancelled on
// request and when the job is destroyed mid-way.

#include "core/export/exportjob.h"
#include "tests/ui/galleries/gallerytestcatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestExportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsProgressAndFinishesOnCallersThread();
    void startWhileRunningIsIgnored();
    void cancelStopsItAndKeepsWhatWasWritten();
    void destroyingARunningJobCancelsAndWaits();

private:
    ExportOptions optionsInto(const QString &folderName) const;

    std::unique_ptr<GalleryTestCatalog> m_catalog;
    qint64 m_gallery = 0;
    QTemporaryDir m_out;
};

void TestExportJob::initTestCase()
{
    m_catalog = std::make_unique<GalleryTestCatalog>(40);
    QVERIFY2(m_catalog->error().isEmpty(), qPrintable(m_catalog->error()));
    m_gallery = m_catalog->newGallery(40, GalleryStyle::Board);
    QVERIFY(m_gallery > 0);
}

ExportOptions TestExportJob::optionsInto(const QString &folderName) const
{
    ExportOptions options;
    options.subject = {ExportSubject::Kind::Gallery, m_gallery};
    options.outputDirectory = m_out.filePath(folderName);
    options.imageSizes = {48, 96};
    return options;
}

void TestExportJob::reportsProgressAndFinishesOnCallersThread()
{
    ExportJob job(m_catalog->catalog().path());
    QSignalSpy started(&job, &ExportJob::started);
    QSignalSpy progress(&job, &ExportJob::progressChanged);
    QSignalSpy finished(&job, &ExportJob::finished);
    QThread *const testThread = QThread::currentThread();
    bool allOnCallersThread = true;
    QList<ExportProgress> seen;
    connect(&job, &ExportJob::progressChanged, this, [&](const ExportProgress &p) {
        allOnCallersThread = allOnCallersThread && QThread::currentThread() == testThread;
        seen.append(p);
    });
    connect(&job, &ExportJob::finished, this, [&]() {
        allOnCallersThread = allOnCallersThread && QThread::currentThread() == testThread;
    });

    const ExportOptions options = optionsInto(QStringLiteral("site"));
    job.start(options);
    QCOMPARE(started.size(), 1);
    QCOMPARE(job.options(), options);
    QVERIFY(finished.wait(60000));
    QVERIFY(!job.isRunning());
    QVERIFY(allOnCallersThread);

    const auto report = finished.constFirst().constFirst().value<ExportReport>();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(job.report().entryPoint, report.entryPoint);
    QVERIFY(QFileInfo::exists(report.entryPoint));
    QCOMPARE(report.imagesMade, 80);

    // Every phase is heard of, in order, and the images' last count is the whole.
    QVERIFY(!seen.isEmpty());
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(int(seen.at(i - 1).phase) <= int(seen.at(i).phase));
    bool imagesDone = false;
    for (const ExportProgress &p : std::as_const(seen))
        imagesDone = imagesDone ||
                     (p.phase == ExportProgress::Phase::Images && p.done == 40 && p.total == 40);
    QVERIFY(imagesDone);
    QCOMPARE(seen.constLast().phase, ExportProgress::Phase::Pages);
}

void TestExportJob::startWhileRunningIsIgnored()
{
    ExportJob job(m_catalog->catalog().path());
    QSignalSpy started(&job, &ExportJob::started);
    QSignalSpy finished(&job, &ExportJob::finished);
    const ExportOptions first = optionsInto(QStringLiteral("first"));
    job.start(first);
    job.start(optionsInto(QStringLiteral("second")));
    QCOMPARE(started.size(), 1);
    QCOMPARE(job.options(), first);
    QVERIFY(finished.wait(60000));
    QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("second"))));
    // Once finished, it starts again.
    job.start(optionsInto(QStringLiteral("second")));
    QCOMPARE(started.size(), 2);
    QVERIFY(finished.wait(60000));
    QVERIFY(job.report().succeeded());
}

void TestExportJob::cancelStopsItAndKeepsWhatWasWritten()
{
    ExportJob job(m_catalog->catalog().path());
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start(optionsInto(QStringLiteral("cancelled")));
    job.cancel(); // before the worker has read the catalog: it stops before the first photo
    QVERIFY(finished.wait(60000));
    const ExportReport report = job.report();
    QVERIFY(report.cancelled);
    QVERIFY(!report.succeeded());
    QVERIFY(report.imagesMade < 40);

    // A cancelled job runs again, to the end, reusing what it made.
    job.start(optionsInto(QStringLiteral("cancelled")));
    QVERIFY(finished.wait(60000));
    QVERIFY2(job.report().succeeded(), qPrintable(job.report().error));
    QCOMPARE(job.report().imagesMade + job.report().imagesReused, 80);
}

void TestExportJob::destroyingARunningJobCancelsAndWaits()
{
    auto job = std::make_unique<ExportJob>(m_catalog->catalog().path());
    QSignalSpy finished(job.get(), &ExportJob::finished);
    job->start(optionsInto(QStringLiteral("destroyed")));
    QVERIFY(job->isRunning());
    job.reset(); // cancels, and waits for the worker: nothing writes after this
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0); // the report it did not finish is not delivered to anyone
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
