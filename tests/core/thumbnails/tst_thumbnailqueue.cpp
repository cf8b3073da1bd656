#include "core/thumbnails/thumbnailqueue.h"

#include <QTest>

namespace {

ThumbnailJob job(qint64 photoId, int bucket = 256)
{
    ThumbnailJob result;
    result.photoId = photoId;
    result.path = QStringLiteral("/photos/%1.jpg").arg(photoId);
    result.bucket = bucket;
    return result;
}

// Takes every job left, in order, marking each finished.
QList<qint64> drain(ThumbnailQueue &queue)
{
    QList<qint64> order;
    while (const std::optional<ThumbnailJob> next = queue.takeNext()) {
        order.append(next->photoId);
        queue.finish(ThumbnailQueue::keyOf(*next));
    }
    return order;
}

} // namespace

class TestThumbnailQueue : public QObject
{
    Q_OBJECT

private slots:
    void newestRequestFirst();
    void repeatedRequestQueuedOnce();
    void bucketsQueuedApart();
    void visiblePhotosFirstInTheirOrder();
    void laterRequestsWaitForVisiblePhotos();
    void runningJobIsNotDropped();
    void clearDropsQueuedJobs();
};

void TestThumbnailQueue::newestRequestFirst()
{
    ThumbnailQueue queue;
    for (qint64 id : {1, 2, 3})
        QVERIFY(queue.enqueue(job(id)));
    QCOMPARE(drain(queue), QList<qint64>({3, 2, 1}));
}

void TestThumbnailQueue::repeatedRequestQueuedOnce()
{
    ThumbnailQueue queue;
    QVERIFY(queue.enqueue(job(7)));
    QVERIFY(!queue.enqueue(job(7)));
    QCOMPARE(queue.queuedCount(), 1);
    const std::optional<ThumbnailJob> running = queue.takeNext();
    QVERIFY(running);
    // Being made: asking again must not queue a second decode of it.
    QVERIFY(!queue.enqueue(job(7)));
    QVERIFY(queue.isPending({7, 256}));
    queue.finish(ThumbnailQueue::keyOf(*running));
    QVERIFY(!queue.isPending({7, 256}));
    QVERIFY(queue.enqueue(job(7)));
}

void TestThumbnailQueue::bucketsQueuedApart()
{
    ThumbnailQueue queue;
    QVERIFY(queue.enqueue(job(7, 256)));
    QVERIFY(queue.enqueue(job(7, 512)));
    QCOMPARE(queue.queuedCount(), 2);
    const std::optional<ThumbnailJob> first = queue.takeNext();
    QVERIFY(first);
    QCOMPARE(first->bucket, 512);
}

void TestThumbnailQueue::visiblePhotosFirstInTheirOrder()
{
    ThumbnailQueue queue;
    for (qint64 id : {1, 2, 3, 4, 5})
        queue.enqueue(job(id));
    const QList<ThumbnailQueue::Key> dropped = queue.setVisible({4, 2, 9});
    QCOMPARE(dropped.size(), 3);
    for (qint64 id : {1, 3, 5}) {
        QVERIFY(dropped.contains(ThumbnailQueue::Key{id, 256}));
        QVERIFY(!queue.isPending({id, 256}));
    }
    QCOMPARE(drain(queue), QList<qint64>({4, 2}));
}

void TestThumbnailQueue::laterRequestsWaitForVisiblePhotos()
{
    ThumbnailQueue queue;
    queue.setVisible({1, 2});
    // Painted after the visible list was set: a prefetch margin, or a view not telling yet.
    queue.enqueue(job(2));
    queue.enqueue(job(8));
    queue.enqueue(job(1));
    queue.enqueue(job(9));
    QCOMPARE(drain(queue), QList<qint64>({1, 2, 9, 8}));
}

void TestThumbnailQueue::runningJobIsNotDropped()
{
    ThumbnailQueue queue;
    queue.enqueue(job(1));
    queue.enqueue(job(2));
    const std::optional<ThumbnailJob> running = queue.takeNext();
    QVERIFY(running);
    QCOMPARE(running->photoId, 2);
    const QList<ThumbnailQueue::Key> dropped = queue.setVisible({});
    QCOMPARE(dropped, QList<ThumbnailQueue::Key>({ThumbnailQueue::Key{1, 256}}));
    QVERIFY(queue.isPending({2, 256}));
    QCOMPARE(queue.runningCount(), 1);
    QVERIFY(!queue.takeNext());
}

void TestThumbnailQueue::clearDropsQueuedJobs()
{
    ThumbnailQueue queue;
    queue.enqueue(job(1));
    queue.enqueue(job(2));
    QVERIFY(queue.takeNext());
    queue.clear();
    QCOMPARE(queue.queuedCount(), 0);
    QCOMPARE(queue.runningCount(), 1);
    QVERIFY(!queue.takeNext());
}

QTEST_GUILESS_MAIN(TestThumbnailQueue)
#include "tst_thumbnailqueue.moc"
