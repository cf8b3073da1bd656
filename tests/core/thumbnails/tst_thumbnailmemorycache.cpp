#include "core/thumbnails/thumbnailmemorycache.h"

#include <QTest>

namespace {

const ThumbnailMemoryCache::Variant original{QByteArray("key-1"), 1};

// 100 x 100 x 4 bytes = 40,000 bytes.
QImage image(QColor color = Qt::red, QSize size = QSize(100, 100))
{
    QImage result(size, QImage::Format_RGB32);
    result.fill(color);
    return result;
}

} // namespace

class TestThumbnailMemoryCache : public QObject
{
    Q_OBJECT

private slots:
    void costIsBytes();
    void evictsLeastRecentlyUsedPastTheLimit();
    void imageLargerThanTheLimitIsNotKept();
    void otherVersionOfThePhotoIsNotReturned();
    void nearestPrefersLargerBuckets();
    void removeForgetsEveryBucket();
};

void TestThumbnailMemoryCache::costIsBytes()
{
    ThumbnailMemoryCache cache(1'000'000);
    cache.insert(1, 256, original, image());
    cache.insert(2, 256, original, image(Qt::blue, QSize(50, 20)));
    QCOMPARE(cache.cost(), 40'000 + 4'000);
}

void TestThumbnailMemoryCache::evictsLeastRecentlyUsedPastTheLimit()
{
    ThumbnailMemoryCache cache(120'000); // three thumbnails
    cache.insert(1, 256, original, image());
    cache.insert(2, 256, original, image());
    cache.insert(3, 256, original, image());
    QCOMPARE(cache.count(), 3);
    // Photo 1 painted again: 2 is now the least recently used.
    QVERIFY(!cache.find(1, 256, original).isNull());
    cache.insert(4, 256, original, image());
    QCOMPARE(cache.count(), 3);
    QVERIFY(cache.cost() <= cache.limit());
    QVERIFY(cache.find(2, 256, original).isNull());
    for (qint64 kept : {1, 3, 4})
        QVERIFY2(!cache.find(kept, 256, original).isNull(), qPrintable(QString::number(kept)));
}

void TestThumbnailMemoryCache::imageLargerThanTheLimitIsNotKept()
{
    ThumbnailMemoryCache cache(10'000);
    cache.insert(1, 256, original, image());
    QCOMPARE(cache.count(), 0);
    QCOMPARE(cache.cost(), 0);
}

void TestThumbnailMemoryCache::otherVersionOfThePhotoIsNotReturned()
{
    ThumbnailMemoryCache cache(1'000'000);
    cache.insert(1, 256, original, image());
    QVERIFY(cache.find(1, 256, {QByteArray("key-2"), 1}).isNull()); // the file was edited
    QVERIFY(cache.find(1, 256, original).isNull());                 // and the entry is gone
    cache.insert(1, 256, original, image());
    QVERIFY(cache.find(1, 256, {QByteArray("key-1"), 6}).isNull()); // turned by the user
    QVERIFY(cache.nearest(1, 128, {QByteArray("key-1"), 6}).image.isNull());
}

void TestThumbnailMemoryCache::nearestPrefersLargerBuckets()
{
    ThumbnailMemoryCache cache(10'000'000);
    cache.insert(1, 128, original, image(Qt::red, QSize(128, 96)));
    QCOMPARE(cache.nearest(1, 256, original).bucket, 128);
    cache.insert(1, 1024, original, image(Qt::blue, QSize(1024, 768)));
    cache.insert(1, 512, original, image(Qt::green, QSize(512, 384)));
    const ThumbnailMemoryCache::Found found = cache.nearest(1, 256, original);
    QCOMPARE(found.bucket, 512);
    QCOMPARE(found.image.size(), QSize(512, 384));
    QVERIFY(cache.find(1, 256, original).isNull());
    QVERIFY(cache.nearest(2, 256, original).image.isNull());
}

void TestThumbnailMemoryCache::removeForgetsEveryBucket()
{
    ThumbnailMemoryCache cache(10'000'000);
    cache.insert(1, 128, original, image());
    cache.insert(1, 512, original, image());
    cache.insert(2, 512, original, image());
    cache.remove(1);
    QCOMPARE(cache.count(), 1);
    QVERIFY(cache.nearest(1, 256, original).image.isNull());
}

QTEST_GUILESS_MAIN(TestThumbnailMemoryCache)
#include "tst_thumbnailmemorycache.moc"
