#include "core/import/contentidentity.h"
#include "core/import/photofilebytes.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray segment(unsigned char marker, int payloadSize, char fill)
{
    const int length = payloadSize + 2;
    QByteArray bytes;
    bytes.append(char(0xff)).append(char(marker));
    bytes.append(char(length >> 8)).append(char(length & 0xff));
    bytes.append(QByteArray(payloadSize, fill));
    return bytes;
}

// SOI, the given segments, SOS, `scanSize` bytes of scan data, EOI.
QByteArray jpeg(const QList<QByteArray> &segments, int scanSize)
{
    QByteArray bytes("\xff\xd8", 2);
    for (const QByteArray &s : segments)
        bytes.append(s);
    bytes.append(segment(0xda, 10, '\x01'));
    QByteArray scan(scanSize, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : scan)
        c = char(random.bounded(0, 0xff)); // no 0xff: scan data escapes it anyway
    bytes.append(scan);
    bytes.append("\xff\xd9", 2);
    return bytes;
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

} // namespace

class TestPhotoFileBytes : public QObject
{
    Q_OBJECT

private slots:
    void identityKeyMatchesWholeFile_data();
    void identityKeyMatchesWholeFile();
    void emptyAndMissingFiles();
};

void TestPhotoFileBytes::identityKeyMatchesWholeFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("partial");
    QTest::addColumn<qsizetype>("metadataSize");

    const QByteArray app1 = segment(0xe1, 20000, 'e');
    QTest::newRow("camera jpeg: segments then a long scan")
        << jpeg({app1, segment(0xdb, 60, 'q')}, 600000) << true
        << qsizetype(2 + app1.size() + 64 + 14);
    // Metadata segments past the first 64 KiB are read in more steps.
    const QByteArray big1 = segment(0xe1, 65000, 'a');
    const QByteArray big2 = segment(0xe2, 65000, 'b');
    QTest::newRow("jpeg with 130 KiB of segments")
        << jpeg({big1, big2}, 400000) << true << qsizetype(2 + big1.size() + big2.size() + 14);
    QTest::newRow("segments reach into the tail")
        << jpeg({big1, big2}, 5000) << true << qsizetype(2 + big1.size() + big2.size() + 14);
    QTest::newRow("small jpeg is read whole") << jpeg({app1}, 5000) << false << qsizetype(-1);
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    tiff.append(QByteArray(300000, 't'));
    QTest::newRow("tiff is mapped whole") << tiff << false << qsizetype(-1);
    QByteArray broken = jpeg({app1}, 300000);
    broken[2 + app1.size()] = 'x'; // the marker after APP1 is not a marker
    QTest::newRow("unfollowable markers: whole file") << broken << false << qsizetype(-1);
}

void TestPhotoFileBytes::identityKeyMatchesWholeFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, partial);
    QFETCH(qsizetype, metadataSize);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("Foto Ñ.jpg"), bytes);
    PhotoFileBytes photoBytes;
    QCOMPARE(photoBytes.load(path), QString());
    QCOMPARE(photoBytes.fileSize(), bytes.size());
    QCOMPARE(photoBytes.isPartial(), partial);
    QCOMPARE(photoBytes.identityKey(), ContentIdentity::identityKey(bytes));
    const qsizetype expectedSize = metadataSize < 0 ? bytes.size() : metadataSize;
    QCOMPARE(photoBytes.metadataBytes().size(), expectedSize);
    QVERIFY(photoBytes.metadataBytes() == QByteArrayView(bytes).first(expectedSize));
}

void TestPhotoFileBytes::emptyAndMissingFiles()
{
    QTemporaryDir dir;
    PhotoFileBytes empty;
    QCOMPARE(empty.load(write(dir, QStringLiteral("empty.jpg"), {})), QString());
    QCOMPARE(empty.fileSize(), 0);
    QVERIFY(empty.metadataBytes().isEmpty());
    PhotoFileBytes missing;
    QVERIFY(!missing.load(dir.filePath(QStringLiteral("absent.jpg"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestPhotoFileBytes)
#include "tst_photofilebytes.moc"
