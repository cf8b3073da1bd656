#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/import/importjob.h"
#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestImportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsProgressCommitsAndFinishesOnCallersThread();
    void destroyingARunningJobCancelsIt();

private:
    QTemporaryDir m_dir;
    QString m_photos;
};

void TestImportJob::initTestCase()
{
    m_photos = m_dir.filePath(QStringLiteral("photos"));
    QVERIFY(QDir().mkpath(m_photos));
    for (int i = 0; i < 300; ++i) {
        TestPhotoSpec spec;
        spec.seed = i;
        spec.size = QSize(32, 24);
        const QString error =
            TestPhotoFactory::write(m_photos + QStringLiteral("/%1.jpg").arg(i), spec);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestImportJob::reportsProgressCommitsAndFinishesOnCallersThread()
{
    Catalog catalog(m_dir.filePath(QStringLiteral("a.sqlite")));
    QCOMPARE(catalog.open(), QString());
    ImportJob job(catalog.path());
    ImportWorker::Options options;
    options.chunkSize = 16;
    job.setOptions(options);
    QSignalSpy started(&job, &ImportJob::started);
    QSignalSpy progress(&job, &ImportJob::progressChanged);
    QSignalSpy committed(&job, &ImportJob::photosCommitted);
    QSignalSpy finished(&job, &ImportJob::finished);
    QThread *const testThread = QThread::currentThread();
    bool allOnCallersThread = true;
    connect(&job, &ImportJob::photosCommitted, this, [&]() {
        allOnCallersThread = allOnCallersThread && QThread::currentThread() == testThread;
    });

    job.start({m_photos});
    QCOMPARE(started.size(), 1);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(allOnCallersThread);
    QVERIFY(!progress.isEmpty());
    QVERIFY(committed.size() >= 300 / 16);
    int committedPhotos = 0;
    for (const QList<QVariant> &arguments : committed)
        committedPhotos += static_cast<int>(arguments.at(0).value<QList<qint64>>().size());
    QCOMPARE(committedPhotos, 300);
    const auto report = finished.at(0).at(0).value<ImportReport>();
    QCOMPARE(report.imported, 300);
    QCOMPARE(job.report().imported, 300);
    const auto last = progress.constLast().at(0).value<ImportProgress>();
    QCOMPARE(last.done, 300);
    QCOMPARE(PhotoRepository(catalog.connection()).count(), 300);
}

void TestImportJob::destroyingARunningJobCancelsIt()
{
    Catalog catalog(m_dir.filePath(QStringLiteral("b.sqlite")));
    QCOMPARE(catalog.open(), QString());
    {
        ImportJob job(catalog.path());
        ImportWorker::Options options;
        options.chunkSize = 8;
        job.setOptions(options);
        job.start({m_photos});
    } // must not crash, hang, or leave a thread writing
    const int count = PhotoRepository(catalog.connection()).count();
    QVERIFY(count <= 300);
    QTest::qWait(100);
    QCOMPARE(PhotoRepository(catalog.connection()).count(), count);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
