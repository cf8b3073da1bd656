#include "core/metadata/metadatareader.h"
#include "tests/support/testphotofactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Files that are not readable photos end in a clear error, never a crash.
class TestMetadataReadErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errors_data();
    void errors();
    void missingFile();
    void truncatedEverywhere();

private:
    QByteArray validJpeg();

    QTemporaryDir m_dir;
    MetadataReader m_reader;
};

void TestMetadataReadErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QByteArray TestMetadataReadErrors::validJpeg()
{
    const QString path = m_dir.filePath(QStringLiteral("valid.jpg"));
    TestPhotoSpec spec;
    spec.tags = {{QStringLiteral("Exif.Image.Make"), QStringLiteral("Canon")},
                 {QStringLiteral("Xmp.dc.title"), QStringLiteral("A title long enough to matter")}};
    if (!TestPhotoFactory::write(path, spec).isEmpty())
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestMetadataReadErrors::errors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");

    const QByteArray jpeg = validJpeg();
    QVERIFY(jpeg.size() > 1000);
    const qsizetype exifEnd = jpeg.indexOf("A title");
    QTest::newRow("empty") << "empty.jpg" << QByteArray() << "The file is empty";
    QTest::newRow("text-named-jpg")
        << "text.jpg" << QByteArray("Just some notes.\n") << "Not a supported image format";
    QTest::newRow("truncated-in-metadata")
        << "truncated.jpg" << jpeg.left(exifEnd) << "The file is truncated";
    QTest::newRow("jpeg-signature-only")
        << "stub.jpg" << QByteArray("\xff\xd8\xff\xe0", 4) << "The file is truncated";
    QTest::newRow("png-without-ihdr")
        << "no-ihdr.png" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\0iCCP\0\0\0\0", 20)
        << "Damaged image: the PNG structure is invalid";
    QTest::newRow("tiff-ifd-inside-header")
        << "poc.tif" << QByteArray("II*\0\x04\0\0\0\x0b\0\xff\xff", 12)
        << "Damaged image: the TIFF structure is invalid";
    QTest::newRow("bigtiff") << "big.tif" << QByteArray("II+\0\x08\0\0\0\0\0\0\0", 12)
                             << "Not a supported image format";
    QTest::newRow("heic-box-past-end") << "box.heic"
                                       << QByteArray("\0\0\0\x18"
                                                     "ftypheic\0\0\0\0heicmif1\xff\xff\xff\xff"
                                                     "metaAAAA",
                                                     32)
                                       << "The file is truncated";
    QTest::newRow("webp-riff-only")
        << "riff.webp" << QByteArray("RIFF\x86\xdc\x02\0WEBPexif", 16) << "The file is truncated";
}

void TestMetadataReadErrors::errors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const auto fromPath = m_reader.read(path);
    QVERIFY(!fromPath.ok);
    QCOMPARE(fromPath.error, error);
    const auto fromBytes = m_reader.read(path, content);
    QVERIFY(!fromBytes.ok);
    QCOMPARE(fromBytes.error, error);
}

void TestMetadataReadErrors::missingFile()
{
    const auto result = m_reader.read(m_dir.filePath(QStringLiteral("does-not-exist.jpg")));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(QStringLiteral("Cannot open the file")),
             qPrintable(result.error));
}

void TestMetadataReadErrors::truncatedEverywhere()
{
    // Every cut of a real photo is either still readable (cut in the image data) or an error;
    // none may crash or take long.
    const QByteArray jpeg = validJpeg();
    QVERIFY(!jpeg.isEmpty());
    int readable = 0;
    for (qsizetype cut = 0; cut < jpeg.size(); cut += 7) {
        const auto result =
            m_reader.read(QStringLiteral("cut.jpg"), QByteArrayView(jpeg).first(cut));
        QVERIFY(result.ok || !result.error.isEmpty());
        readable += result.ok;
    }
    QVERIFY(readable > 0);
}

QTEST_GUILESS_MAIN(TestMetadataReadErrors)
#include "tst_metadatareaderrors.moc"
