#include "core/metadata/metadatareader.h"
#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using Tags = QList<QPair<QString, QString>>;
using OptionalInt = std::optional<int>;
Q_DECLARE_METATYPE(ImageFormat)
Q_DECLARE_METATYPE(OptionalInt)

using TestPhotoFactory::currentPhotoName;
using TestPhotoFactory::tag;

// Reads photos the tests make themselves (TestPhotoFactory): orientation and taken time with
// their precedence rules, the formats, and reads from several threads. The other fields are in
// tst_metadatafields.
class TestMetadataReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void orientation_data();
    void orientation();
    void takenAt_data();
    void takenAt();
    void formats_data();
    void formats();
    void dngFromVersionTag();
    void mappedAndInMemoryReadsAgree();
    void concurrentReadsAgree();

private:
    // Writes the photo into the temporary folder and reads it back from its path.
    MetadataReadResult writeAndRead(const QString &name, const TestPhotoSpec &spec);

    QTemporaryDir m_dir;
    MetadataReader m_reader;
};

MetadataReadResult TestMetadataReader::writeAndRead(const QString &name, const TestPhotoSpec &spec)
{
    return TestPhotoFactory::writeAndRead(m_dir.filePath(name), spec, m_reader);
}

void TestMetadataReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!MetadataReader::exiv2Version().isEmpty());
}

void TestMetadataReader::orientation_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<OptionalInt>("expected");
    for (int o = 1; o <= 8; ++o) {
        QTest::addRow("orientation%d", o)
            << Tags{tag("Exif.Image.Orientation", QString::number(o))} << OptionalInt(o);
    }
    QTest::newRow("orientation9-out-of-range")
        << Tags{tag("Exif.Image.Orientation", QStringLiteral("9"))} << OptionalInt();
    QTest::newRow("orientation0-out-of-range")
        << Tags{tag("Exif.Image.Orientation", QStringLiteral("0"))} << OptionalInt();
    QTest::newRow("orientation6-xmp-only")
        << Tags{tag("Xmp.tiff.Orientation", QStringLiteral("6"))} << OptionalInt(6);
    QTest::newRow("orientation-exif-beats-xmp")
        << Tags{tag("Exif.Image.Orientation", QStringLiteral("3")),
                tag("Xmp.tiff.Orientation", QStringLiteral("6"))}
        << OptionalInt(3);
    QTest::newRow("orientation-none") << Tags{} << OptionalInt();
}

void TestMetadataReader::orientation()
{
    QFETCH(Tags, tags);
    QFETCH(OptionalInt, expected);
    const auto result = writeAndRead(currentPhotoName(), TestPhotoSpec{.tags = tags});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.metadata.orientation, expected);
    QCOMPARE(result.metadata.format, ImageFormat::Jpeg);
    QCOMPARE(result.metadata.width, OptionalInt(64));
    QCOMPARE(result.metadata.height, OptionalInt(48));
}

void TestMetadataReader::takenAt_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QString>("wallTime"); // sortable, with milliseconds; empty = none
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QString>("source");

    const auto dto = tag("Exif.Photo.DateTimeOriginal", QStringLiteral("2019:05:21 09:05:07"));
    QTest::newRow("dto") << Tags{dto} << "2019-05-21T09:05:07.000"
                         << ""
                         << "Exif.Photo.DateTimeOriginal";
    QTest::newRow("dto-offset-india")
        << Tags{dto, tag("Exif.Photo.OffsetTimeOriginal", QStringLiteral("+05:30"))}
        << "2019-05-21T09:05:07.000"
        << "+05:30"
        << "Exif.Photo.DateTimeOriginal";
    QTest::newRow("dto-offset-california")
        << Tags{dto, tag("Exif.Photo.OffsetTimeOriginal", QStringLiteral("-08:00"))}
        << "2019-05-21T09:05:07.000"
        << "-08:00"
        << "Exif.Photo.DateTimeOriginal";
    QTest::newRow("dto-subseconds")
        << Tags{dto, tag("Exif.Photo.SubSecTimeOriginal", QStringLiteral("25"))}
        << "2019-05-21T09:05:07.250"
        << ""
        << "Exif.Photo.DateTimeOriginal";
    QTest::newRow("dto-beats-xmp")
        << Tags{dto, tag("Xmp.exif.DateTimeOriginal", QStringLiteral("2020-01-01T10:00:00Z"))}
        << "2019-05-21T09:05:07.000"
        << ""
        << "Exif.Photo.DateTimeOriginal";
    QTest::newRow("xmp-dto-zulu") << Tags{tag("Xmp.exif.DateTimeOriginal",
                                              QStringLiteral("2020-01-01T10:00:00Z"))}
                                  << "2020-01-01T10:00:00.000"
                                  << "+00:00"
                                  << "Xmp.exif.DateTimeOriginal";
    QTest::newRow("photoshop-date-created")
        << Tags{tag("Xmp.photoshop.DateCreated", QStringLiteral("2018-07-04T20:15:00+02:00")),
                tag("Xmp.xmp.CreateDate", QStringLiteral("2019-01-01T00:00:00"))}
        << "2018-07-04T20:15:00.000"
        << "+02:00"
        << "Xmp.photoshop.DateCreated";
    QTest::newRow("zero-dto-falls-back-to-digitized")
        << Tags{tag("Exif.Photo.DateTimeOriginal", QStringLiteral("0000:00:00 00:00:00")),
                tag("Exif.Photo.DateTimeDigitized", QStringLiteral("2017:03:02 11:12:13")),
                tag("Exif.Photo.OffsetTimeDigitized", QStringLiteral("+01:00"))}
        << "2017-03-02T11:12:13.000"
        << "+01:00"
        << "Exif.Photo.DateTimeDigitized";
    QTest::newRow("xmp-create-date")
        << Tags{tag("Xmp.xmp.CreateDate", QStringLiteral("2016-02-29T23:59:58-03:30")),
                tag("Exif.Image.DateTime", QStringLiteral("2021:01:01 00:00:00"))}
        << "2016-02-29T23:59:58.000"
        << "-03:30"
        << "Xmp.xmp.CreateDate";
    QTest::newRow("exif-datetime-last-exif")
        << Tags{tag("Exif.Image.DateTime", QStringLiteral("2015:06:07 08:09:10")),
                tag("Exif.Photo.OffsetTime", QStringLiteral("+09:00"))}
        << "2015-06-07T08:09:10.000"
        << "+09:00"
        << "Exif.Image.DateTime";
    QTest::newRow("iptc-date-created")
        << Tags{tag("Iptc.Application2.DateCreated", QStringLiteral("2009-09-09")),
                tag("Iptc.Application2.TimeCreated", QStringLiteral("17:00:00+00:00"))}
        << "2009-09-09T17:00:00.000"
        << "+00:00"
        << "Iptc.Application2.DateCreated";
    QTest::newRow("none") << Tags{} << ""
                          << ""
                          << "";
}

void TestMetadataReader::takenAt()
{
    QFETCH(Tags, tags);
    QFETCH(QString, wallTime);
    QFETCH(QString, offset);
    QFETCH(QString, source);
    const auto result = writeAndRead(currentPhotoName(), TestPhotoSpec{.tags = tags});
    QVERIFY2(result.ok, qPrintable(result.error));
    const auto &taken = result.metadata.takenAt;
    QCOMPARE(taken ? taken->sortableWallTimeString() : QString(), wallTime);
    QCOMPARE(taken ? taken->offsetString() : QString(), offset);
    QCOMPARE(taken ? taken->sourceTag : QString(), source);
}

void TestMetadataReader::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<ImageFormat>("expected");
    QTest::newRow("png") << "photo.png" << QByteArray("png") << ImageFormat::Png;
    QTest::newRow("tiff") << "photo.tif" << QByteArray("tiff") << ImageFormat::Tiff;
    QTest::newRow("webp") << "photo.webp" << QByteArray("webp") << ImageFormat::WebP;
    QTest::newRow("jpeg-named-png") << "jpeg-named.png" << QByteArray("jpeg") << ImageFormat::Jpeg;
    QTest::newRow("png-named-jpg") << "png-named.jpg" << QByteArray("png") << ImageFormat::Png;
}

void TestMetadataReader::formats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, format);
    QFETCH(ImageFormat, expected);
    TestPhotoSpec spec;
    spec.size = QSize(40, 30);
    spec.format = format;
    spec.tags = {tag("Exif.Image.Model", QStringLiteral("Format Tester")),
                 tag("Exif.Photo.DateTimeOriginal", QStringLiteral("2019:05:20 18:00:00")),
                 tag("Xmp.dc.title", QStringLiteral("Keynote"))};
    const auto result = writeAndRead(name, spec);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.metadata.format, expected);
    QCOMPARE(result.metadata.width, OptionalInt(40));
    QCOMPARE(result.metadata.height, OptionalInt(30));
    QCOMPARE(result.metadata.model, QStringLiteral("Format Tester"));
    QCOMPARE(result.metadata.title, QStringLiteral("Keynote"));
    QVERIFY(result.metadata.takenAt);
    QCOMPARE(result.metadata.takenAt->wallTimeString(), QStringLiteral("2019-05-20T18:00:00"));
}

void TestMetadataReader::dngFromVersionTag()
{
    TestPhotoSpec spec;
    spec.format = "tiff";
    spec.tags = {tag("Exif.Image.DNGVersion", QStringLiteral("1 4 0 0"))};
    const auto asTiff = writeAndRead(QStringLiteral("dng-named.tif"), spec);
    QVERIFY2(asTiff.ok, qPrintable(asTiff.error));
    QCOMPARE(asTiff.metadata.format, ImageFormat::Dng);

    spec.tags.clear();
    const auto plainTiff = writeAndRead(QStringLiteral("plain-tiff-named.dng"), spec);
    QVERIFY2(plainTiff.ok, qPrintable(plainTiff.error));
    QCOMPARE(plainTiff.metadata.format, ImageFormat::Dng); // the suffix refines TIFF
}

void TestMetadataReader::mappedAndInMemoryReadsAgree()
{
    TestPhotoSpec spec;
    spec.tags = {tag("Exif.Image.Make", QStringLiteral("Apple")),
                 tag("Exif.Photo.DateTimeOriginal", QStringLiteral("2019:05:21 09:05:07")),
                 tag("Xmp.dc.subject", QStringLiteral("a;b"))};
    const QString path = m_dir.filePath(QStringLiteral("agree.jpg"));
    QCOMPARE(TestPhotoFactory::write(path, spec), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto fromPath = m_reader.read(path);
    const auto fromBytes = m_reader.read(path, bytes);
    QVERIFY(fromPath.ok);
    QCOMPARE(fromBytes.metadata, fromPath.metadata);
    QCOMPARE(fromPath.metadata.make, QStringLiteral("Apple"));
}

void TestMetadataReader::concurrentReadsAgree()
{
    // The importer reads on two threads with one reader; results must not depend on that.
    QStringList paths;
    for (int i = 0; i < 6; ++i) {
        TestPhotoSpec spec;
        spec.seed = i;
        spec.format = i % 3 == 2 ? QByteArray("png") : QByteArray("jpeg");
        spec.tags = {tag("Exif.Image.Model", QStringLiteral("Model %1").arg(i)),
                     tag("Xmp.dc.title", QStringLiteral("Title %1").arg(i)),
                     tag("Xmp.dc.subject", QStringLiteral("k%1;shared").arg(i)),
                     tag("Iptc.Application2.Keywords", QStringLiteral("iptc%1").arg(i))};
        paths << m_dir.filePath(
            QStringLiteral("concurrent-%1.%2")
                .arg(i)
                .arg(QString::fromLatin1(spec.format == "png" ? "png" : "jpg")));
        QCOMPARE(TestPhotoFactory::write(paths.last(), spec), QString());
    }
    QList<PhotoMetadata> expected;
    for (const QString &path : paths)
        expected << m_reader.read(path).metadata;

    std::atomic<int> mismatches = 0;
    const auto work = [&] {
        for (int round = 0; round < 40; ++round) {
            for (qsizetype i = 0; i < paths.size(); ++i) {
                if (!(m_reader.read(paths.at(i)).metadata == expected.at(i)))
                    ++mismatches;
            }
        }
    };
    std::thread first(work);
    std::thread second(work);
    first.join();
    second.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestMetadataReader)
#include "tst_metadatareader.moc"
