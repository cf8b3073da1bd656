#include "core/import/contentidentity.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestContentIdentity : public QObject
{
    Q_OBJECT

private slots:
    void keyIsSixteenBytesAndStable();
    void keyTellsHeadTailAndSizeApart();
    void keyIgnoresTheMiddleOfLargeFiles();
    void contentHashSeesEveryByte();
    void contentHashOfFileMatchesBytes();
};

void TestContentIdentity::keyIsSixteenBytesAndStable()
{
    const QByteArray data(1000, 'x');
    QCOMPARE(ContentIdentity::identityKey(data).size(), 16);
    QCOMPARE(ContentIdentity::identityKey(data),
             ContentIdentity::identityKey(QByteArray(1000, 'x')));
    QCOMPARE(ContentIdentity::identityKey({}).size(), 16);
}

void TestContentIdentity::keyTellsHeadTailAndSizeApart()
{
    QByteArray big(300 * 1024, 'a');
    const QByteArray key = ContentIdentity::identityKey(big);
    QByteArray head = big;
    head[10] = 'b';
    QByteArray tail = big;
    tail[tail.size() - 10] = 'b';
    QVERIFY(ContentIdentity::identityKey(head) != key);
    QVERIFY(ContentIdentity::identityKey(tail) != key);
    QVERIFY(ContentIdentity::identityKey(big + 'a') != key);
}

void TestContentIdentity::keyIgnoresTheMiddleOfLargeFiles()
{
    // By design: the middle is what the full hash is for, on a collision.
    QByteArray big(300 * 1024, 'a');
    QByteArray middle = big;
    middle[150 * 1024] = 'b';
    QCOMPARE(ContentIdentity::identityKey(middle), ContentIdentity::identityKey(big));
    QVERIFY(ContentIdentity::contentHash(middle) != ContentIdentity::contentHash(big));
}

void TestContentIdentity::contentHashSeesEveryByte()
{
    QByteArray a(5000, 'a');
    QByteArray b = a;
    b[2500] = 'c';
    QCOMPARE(ContentIdentity::contentHash(a).size(), 16);
    QVERIFY(ContentIdentity::contentHash(a) != ContentIdentity::contentHash(b));
}

void TestContentIdentity::contentHashOfFileMatchesBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Fotos im Café.bin"));
    QByteArray data;
    for (int i = 0; i < 100000; ++i)
        data.append(static_cast<char>(i * 7));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    QCOMPARE(ContentIdentity::contentHashOfFile(path), ContentIdentity::contentHash(data));
    QVERIFY(ContentIdentity::contentHashOfFile(dir.filePath(QStringLiteral("absent"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestContentIdentity)
#include "tst_contentidentity.moc"
