#include "core/thumbnails/thumbnailservice.h"
#include "tests/support/testimagewriter.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// Waits for the service's signals; a generous limit, since a loaded machine is slow.
constexpr int timeoutMs = 20000;

} // namespace

class TestThumbnailService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void bucketSizes_data();
    void bucketSizes();
    void thumbnailMadeOffThreadInItsBucket();
    void failureIsRememberedWithItsReason();
    void diskCacheServesAfterARestart();
    void otherSizeShownMeanwhile();
    void reorientedPhotoGetsANewThumbnail();
    void setVisiblePhotosDropsQueuedRequests();
    void diskCacheLimitAndClear();

private:
    ThumbnailService::Settings settings(const QString &cacheDirectory, int threads = 2) const;
    // A 1200x800 JPEG of quadrants named after `name`; its request with a distinct identity.
    ThumbnailRequest photo(const QString &name, qint64 photoId, int pixelSize = 256);

    QTemporaryDir m_dir;
};

void TestThumbnailService::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

ThumbnailService::Settings TestThumbnailService::settings(const QString &cacheDirectory,
                                                          int threads) const
{
    ThumbnailService::Settings result;
    result.cacheDirectory = cacheDirectory;
    result.threadCount = threads;
    return result;
}

ThumbnailRequest TestThumbnailService::photo(const QString &name, qint64 photoId, int pixelSize)
{
    ThumbnailRequest request;
    request.photoId = photoId;
    request.path = m_dir.filePath(name);
    request.identityKey = name.toUtf8().rightJustified(16, '-');
    request.pixelSize = pixelSize;
    if (!QFile::exists(request.path)) {
        const QString error = TestImageWriter::write(
            request.path, TestImageWriter::quadrants(QSize(1200, 800)), "jpeg");
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
    }
    return request;
}

void TestThumbnailService::bucketSizes_data()
{
    QTest::addColumn<int>("pixelSize");
    QTest::addColumn<int>("bucket");
    QTest::newRow("tiny") << 16 << 128;
    QTest::newRow("128") << 128 << 128;
    QTest::newRow("129") << 129 << 256;
    QTest::newRow("hidpi-160x2") << 320 << 512;
    QTest::newRow("512") << 512 << 512;
    QTest::newRow("600") << 600 << 1024;
    QTest::newRow("huge") << 5000 << 1024;
}

void TestThumbnailService::bucketSizes()
{
    QFETCH(int, pixelSize);
    QFETCH(int, bucket);
    QCOMPARE(ThumbnailService::bucketSize(pixelSize), bucket);
}

void TestThumbnailService::thumbnailMadeOffThreadInItsBucket()
{
    QTemporaryDir cache;
    ThumbnailService service(settings(cache.path()));
    QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
    const ThumbnailRequest request = photo(QStringLiteral("made.jpg"), 1, 200);
    // Nothing in memory yet: null at once, the work queued.
    QVERIFY(service.thumbnail(request).isNull());
    QVERIFY(ready.wait(timeoutMs));
    QCOMPARE(ready.takeFirst().at(0).toLongLong(), 1);
    const QImage image = service.thumbnail(request);
    QCOMPARE(image.size(), QSize(256, 170)); // 200 px rounds up to the 256 bucket
    QVERIFY(TestImageWriter::similar(image.pixelColor(32, 32), TestImageWriter::TopLeft));
    QVERIFY(!service.failure(1));
    QTRY_VERIFY_WITH_TIMEOUT(service.diskCacheSize() > 0, timeoutMs);
    // Answered from memory: no second decode, no second signal.
    QCOMPARE(service.thumbnail(request).cacheKey(), image.cacheKey());
    QTest::qWait(50);
    QCOMPARE(ready.count(), 0);
}

void TestThumbnailService::failureIsRememberedWithItsReason()
{
    ThumbnailService service(settings(QString(), 1));
    QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
    QSignalSpy failed(&service, &ThumbnailService::thumbnailFailed);
    ThumbnailRequest broken;
    broken.photoId = 5;
    broken.path = m_dir.filePath(QStringLiteral("broken.jpg"));
    broken.identityKey = "broken-identity";
    {
        QFile file(broken.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xff\xd8\xff\xe0 this is no JPEG");
    }
    QVERIFY(service.thumbnail(broken).isNull());
    QVERIFY(failed.wait(timeoutMs));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toLongLong(), 5);
    const QString reason = failed.at(0).at(1).toString();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(service.failure(5), std::optional<QString>(reason));

    // Asked again, it stays failed and is not decoded again: with one thread and the broken
    // photo first on screen, a second attempt would fail before the good photo is made.
    service.setVisiblePhotos({5, 6});
    QVERIFY(service.thumbnail(broken).isNull());
    const ThumbnailRequest good = photo(QStringLiteral("good.jpg"), 6);
    QVERIFY(service.thumbnail(good).isNull());
    QVERIFY(ready.wait(timeoutMs));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!service.failure(6));

    // The file replaced (a new identity): tried again.
    broken.identityKey = "repaired-identity";
    QVERIFY(service.thumbnail(broken).isNull());
    QVERIFY(failed.wait(timeoutMs));
    QCOMPARE(failed.count(), 2);
}

void TestThumbnailService::diskCacheServesAfterARestart()
{
    QTemporaryDir cache;
    const ThumbnailRequest request = photo(QStringLiteral("restart.jpg"), 1);
    {
        ThumbnailService service(settings(cache.path()));
        QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
        service.thumbnail(request);
        QVERIFY(ready.wait(timeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(service.diskCacheSize() > 0, timeoutMs);
    }
    // The photo is gone (an unplugged drive): only the disk cache can answer now.
    QVERIFY(QFile::remove(request.path));
    ThumbnailService service(settings(cache.path()));
    QTRY_VERIFY_WITH_TIMEOUT(service.diskCacheSize() > 0, timeoutMs); // the scan counted it
    QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
    QSignalSpy failed(&service, &ThumbnailService::thumbnailFailed);
    QVERIFY(service.thumbnail(request).isNull());
    QVERIFY(ready.wait(timeoutMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(service.thumbnail(request).size(), QSize(256, 170));
}

void TestThumbnailService::otherSizeShownMeanwhile()
{
    ThumbnailService service(settings(QString()));
    QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
    const ThumbnailRequest large = photo(QStringLiteral("sizes.jpg"), 3, 512);
    service.thumbnail(large);
    QVERIFY(ready.wait(timeoutMs));
    QCOMPARE(service.thumbnail(large).size(), QSize(512, 341));

    // The slider moved down: the 512 px thumbnail shows until the 128 px one is made from it.
    ThumbnailRequest small = large;
    small.pixelSize = 100;
    QCOMPARE(service.thumbnail(small).size(), QSize(512, 341));
    QVERIFY(ready.wait(timeoutMs));
    QCOMPARE(service.thumbnail(small).size(), QSize(128, 85));
    QCOMPARE(service.thumbnail(large).size(), QSize(512, 341));
}

void TestThumbnailService::reorientedPhotoGetsANewThumbnail()
{
    ThumbnailService service(settings(QString()));
    QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
    ThumbnailRequest request = photo(QStringLiteral("turned.jpg"), 4);
    service.thumbnail(request);
    QVERIFY(ready.wait(timeoutMs));
    QCOMPARE(service.thumbnail(request).size(), QSize(256, 170));
    request.orientation = 6; // the user turned it
    QVERIFY(service.thumbnail(request).isNull());
    QVERIFY(ready.wait(timeoutMs));
    QCOMPARE(service.thumbnail(request).size(), QSize(170, 256));
}

void TestThumbnailService::setVisiblePhotosDropsQueuedRequests()
{
#ifndef Q_OS_UNIX
    QSKIP("needs a named pipe to hold the only worker on its first job");
#else
    // Photo 1 is a named pipe: opening it blocks the service's only thread until the test
    // opens the other end, so photos 2-4 stay queued for as long as the test needs.
    const QString pipe = m_dir.filePath(QStringLiteral("blocking.jpg"));
    QVERIFY(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    ThumbnailService service(settings(QString(), 1));
    QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
    QSignalSpy failed(&service, &ThumbnailService::thumbnailFailed);

    service.setVisiblePhotos({1});
    ThumbnailRequest blocking;
    blocking.photoId = 1;
    blocking.path = pipe;
    service.thumbnail(blocking);
    for (qint64 id : {2, 3, 4})
        service.thumbnail(photo(QStringLiteral("queued-%1.jpg").arg(id), id));

    // Scrolled: photo 2 went off screen; 4 is now above 3.
    service.setVisiblePhotos({1, 4, 3});
    {
        QFile writer(pipe);
        QVERIFY(writer.open(QIODevice::WriteOnly)); // meets the worker's open: both go on
    }
    QVERIFY(failed.wait(timeoutMs)); // an empty stream is no photo
    QCOMPARE(failed.at(0).at(0).toLongLong(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, timeoutMs);
    QCOMPARE(ready.at(0).at(0).toLongLong(), 4);
    QCOMPARE(ready.at(1).at(0).toLongLong(), 3);
    // The queue is empty now; photo 2 was never made...
    QTest::qWait(100);
    QCOMPARE(ready.count(), 2);
    QVERIFY(service.thumbnail(photo(QStringLiteral("queued-2.jpg"), 2)).isNull());
    // ...and is made when it is asked for again.
    QVERIFY(ready.wait(timeoutMs));
    QCOMPARE(ready.at(2).at(0).toLongLong(), 2);
#endif
}

void TestThumbnailService::diskCacheLimitAndClear()
{
    QTemporaryDir cache;
    ThumbnailService service(settings(cache.path()));
    QCOMPARE(service.diskCacheLimit(), ThumbnailService::Settings().diskCacheLimitBytes);
    QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
    for (qint64 id : {1, 2, 3})
        service.thumbnail(photo(QStringLiteral("cached-%1.jpg").arg(id), id));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(service.diskCacheSize() > 0, timeoutMs);

    // A limit below one thumbnail leaves none.
    service.setDiskCacheLimit(100);
    QCOMPARE(service.diskCacheLimit(), 100);
    QTRY_COMPARE_WITH_TIMEOUT(service.diskCacheSize(), 0, timeoutMs);

    service.setDiskCacheLimit(ThumbnailService::Settings().diskCacheLimitBytes);
    service.thumbnail(photo(QStringLiteral("cached-4.jpg"), 4));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 4, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(service.diskCacheSize() > 0, timeoutMs);
    service.clearDiskCache();
    QTRY_COMPARE_WITH_TIMEOUT(service.diskCacheSize(), 0, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        QDir(cache.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(), timeoutMs);
    // Memory still answers.
    QVERIFY(!service.thumbnail(photo(QStringLiteral("cached-4.jpg"), 4)).isNull());
}

QTEST_GUILESS_MAIN(TestThumbnailService)
#include "tst_thumbnailservice.moc"
