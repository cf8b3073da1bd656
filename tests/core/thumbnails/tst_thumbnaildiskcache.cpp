#include "core/thumbnails/thumbnaildiskcache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 plenty = qint64(100) * 1024 * 1024;

QByteArray key(int n)
{
    // 16 bytes, like ContentIdentity's keys.
    return QByteArray::number(n).rightJustified(16, '0');
}

// Noise compresses badly, so every thumbnail costs about the same number of bytes.
QImage noise(int seed, QSize size = QSize(256, 170), bool alpha = false)
{
    QImage image(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    quint32 state = quint32(seed) * 2654435761U + 1U;
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            state = state * 1664525U + 1013904223U;
            line[x] = alpha ? (state & 0x7fffffffU) : (state | 0xff000000U);
        }
    }
    return image;
}

QStringList filesUnder(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(directory).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// Makes a stored thumbnail look last used `ageSeconds` ago, for the next session's scan.
void age(const QString &directory, const QByteArray &identityKey, int ageSeconds)
{
    QFile file(directory + QLatin1Char('/') + ThumbnailDiskCache::baseName(identityKey, 256, 1) +
               QStringLiteral(".jpg"));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                             QFileDevice::FileModificationTime));
}

} // namespace

class TestThumbnailDiskCache : public QObject
{
    Q_OBJECT

private slots:
    void storedThumbnailLoadsBack();
    void transparencyIsKept();
    void keyedByIdentityBucketAndOrientation();
    void survivesARestart();
    void prunesLeastRecentlyUsedPastTheLimit();
    void loadCountsAsUse();
    void damagedFileIsDropped();
    void scanRemovesWhatACrashLeft();
    void clearLeavesOtherFilesAlone();
};

void TestThumbnailDiskCache::storedThumbnailLoadsBack()
{
    QTemporaryDir dir;
    ThumbnailDiskCache cache(dir.path(), plenty);
    QImage picture(200, 150, QImage::Format_RGB32);
    picture.fill(QColor(20, 120, 220));
    QVERIFY(cache.store(key(1), 256, 1, picture));
    const QImage loaded = cache.load(key(1), 256, 1);
    QCOMPARE(loaded.size(), QSize(200, 150));
    QCOMPARE(loaded.format(), QImage::Format_RGB32);
    const QColor centre = loaded.pixelColor(100, 75);
    QVERIFY(qAbs(centre.red() - 20) + qAbs(centre.green() - 120) + qAbs(centre.blue() - 220) < 12);
    QCOMPARE(cache.size(), QFileInfo(dir.filePath(ThumbnailDiskCache::baseName(key(1), 256, 1) +
                                                  QStringLiteral(".jpg")))
                               .size());
    // Written through QSaveFile: nothing but the thumbnail is left behind.
    QCOMPARE(filesUnder(dir.path()),
             QStringList{ThumbnailDiskCache::baseName(key(1), 256, 1) + QStringLiteral(".jpg")});
}

void TestThumbnailDiskCache::transparencyIsKept()
{
    QTemporaryDir dir;
    ThumbnailDiskCache cache(dir.path(), plenty);
    QImage picture(64, 64, QImage::Format_ARGB32_Premultiplied);
    picture.fill(Qt::transparent);
    QVERIFY(cache.store(key(1), 128, 1, picture));
    const QImage loaded = cache.load(key(1), 128, 1);
    QVERIFY(loaded.hasAlphaChannel());
    QCOMPARE(qAlpha(loaded.pixel(10, 10)), 0);
}

void TestThumbnailDiskCache::keyedByIdentityBucketAndOrientation()
{
    QTemporaryDir dir;
    ThumbnailDiskCache cache(dir.path(), plenty);
    QVERIFY(cache.store(key(1), 256, 1, noise(1)));
    QVERIFY(!cache.load(key(1), 256, 1).isNull());
    QVERIFY(cache.load(key(2), 256, 1).isNull());
    QVERIFY(cache.load(key(1), 512, 1).isNull());
    QVERIFY(cache.load(key(1), 256, 6).isNull());
    // Without an identity there is nothing to find it again by.
    QVERIFY(!cache.store(QByteArray(), 256, 1, noise(1)));
}

void TestThumbnailDiskCache::survivesARestart()
{
    QTemporaryDir dir;
    qint64 bytes = 0;
    {
        ThumbnailDiskCache cache(dir.path(), plenty);
        for (int n = 1; n <= 3; ++n)
            QVERIFY(cache.store(key(n), 256, 1, noise(n)));
        bytes = cache.size();
        QVERIFY(bytes > 0);
    }
    ThumbnailDiskCache cache(dir.path(), plenty);
    QCOMPARE(cache.size(), 0); // until the scan has counted what is there
    QCOMPARE(cache.load(key(2), 256, 1).size(), QSize(256, 170));
    cache.scan();
    QCOMPARE(cache.size(), bytes);
}

void TestThumbnailDiskCache::prunesLeastRecentlyUsedPastTheLimit()
{
    QTemporaryDir dir;
    qint64 one = 0;
    {
        ThumbnailDiskCache cache(dir.path(), plenty);
        for (int n = 1; n <= 5; ++n)
            QVERIFY(cache.store(key(n), 256, 1, noise(n)));
        one = cache.size() / 5;
    }
    // Photo 1 was used longest ago, photo 5 last.
    for (int n = 1; n <= 5; ++n)
        age(dir.path(), key(n), 1000 * (6 - n));

    // Room for a bit over three: pruning goes 10 % below the limit, so two stay.
    ThumbnailDiskCache cache(dir.path(), one * 3 + one / 5);
    cache.scan();
    QVERIFY(cache.size() <= cache.limit());
    for (int n = 1; n <= 3; ++n)
        QVERIFY2(cache.load(key(n), 256, 1).isNull(), qPrintable(QString::number(n)));
    for (int n = 4; n <= 5; ++n)
        QVERIFY2(!cache.load(key(n), 256, 1).isNull(), qPrintable(QString::number(n)));
    QCOMPARE(filesUnder(dir.path()).size(), 2);

    // A new thumbnail past the limit prunes at once, oldest first.
    cache.setLimit(one + one / 2);
    QVERIFY(cache.store(key(6), 256, 1, noise(6)));
    QVERIFY(cache.size() <= cache.limit());
    QVERIFY(!cache.load(key(6), 256, 1).isNull());
    QVERIFY(cache.load(key(4), 256, 1).isNull());
}

void TestThumbnailDiskCache::loadCountsAsUse()
{
    QTemporaryDir dir;
    qint64 one = 0;
    {
        ThumbnailDiskCache cache(dir.path(), plenty);
        for (int n = 1; n <= 3; ++n)
            QVERIFY(cache.store(key(n), 256, 1, noise(n)));
        one = cache.size() / 3;
    }
    for (int n = 1; n <= 3; ++n)
        age(dir.path(), key(n), 1000 * (4 - n));
    {
        // Showing photo 1 makes it the most recently used, in this session and the next.
        ThumbnailDiskCache cache(dir.path(), plenty);
        QVERIFY(!cache.load(key(1), 256, 1).isNull());
    }
    ThumbnailDiskCache cache(dir.path(), one * 2 + one / 5);
    cache.scan();
    QVERIFY(!cache.load(key(1), 256, 1).isNull());
    QVERIFY(cache.load(key(2), 256, 1).isNull());
}

void TestThumbnailDiskCache::damagedFileIsDropped()
{
    QTemporaryDir dir;
    ThumbnailDiskCache cache(dir.path(), plenty);
    QVERIFY(cache.store(key(1), 256, 1, noise(1)));
    const QString path =
        dir.filePath(ThumbnailDiskCache::baseName(key(1), 256, 1) + QStringLiteral(".jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("not a JPEG");
    file.close();
    QVERIFY(cache.load(key(1), 256, 1).isNull());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(cache.size(), 0);
}

void TestThumbnailDiskCache::scanRemovesWhatACrashLeft()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("ab")));
    const auto write = [&dir](const char *name, int ageSeconds) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("half a thumbnail");
        QVERIFY(file.flush()); // or closing the file writes, and makes it new again
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                                 QFileDevice::FileModificationTime));
    };
    // Written under a temporary name when the process died; the recent one may be another
    // process's thumbnail being written right now.
    write("ab/ab01-256-1.jpg.Xy12Zq", 2 * 3600);
    write("ab/ab02-256-1.jpg.Qw34Er", 10);
    ThumbnailDiskCache cache(dir.path(), plenty);
    cache.scan();
    QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("ab/ab02-256-1.jpg.Qw34Er")});
    QCOMPARE(cache.size(), 0);
}

void TestThumbnailDiskCache::clearLeavesOtherFilesAlone()
{
    QTemporaryDir dir;
    // The user may point the cache at a folder that holds other things.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("ab")));
    for (const char *name : {"notes.txt", "ab/other.jpg", "ab/ab-256-1.jpg.txt"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    ThumbnailDiskCache cache(dir.path(), plenty);
    for (int n = 1; n <= 3; ++n)
        QVERIFY(cache.store(key(n), 256, 1, noise(n)));
    cache.scan();
    cache.clear();
    QCOMPARE(cache.size(), 0);
    QCOMPARE(filesUnder(dir.path()),
             QStringList({QStringLiteral("ab/ab-256-1.jpg.txt"), QStringLiteral("ab/other.jpg"),
                          QStringLiteral("notes.txt")}));
    QVERIFY(cache.load(key(1), 256, 1).isNull());
}

QTEST_GUILESS_MAIN(TestThumbnailDiskCache)
#include "tst_thumbnaildiskcache.moc"
