#include "core/metadata/metadatareader.h"
#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Tags = QList<QPair<QString, QString>>;

using TestPhotoFactory::currentPhotoName;
using TestPhotoFactory::tag;

namespace {

// What the camera wrote into the photo.
const Tags embedded = {
    tag("Exif.Photo.DateTimeOriginal", QStringLiteral("2019:05:21 10:00:00")),
    tag("Exif.Image.Orientation", QStringLiteral("1")),
    tag("Xmp.xmp.Rating", QStringLiteral("1")),
    tag("Xmp.dc.title", QStringLiteral("embedded title")),
    tag("Xmp.dc.subject", QStringLiteral("embedded")),
    tag("Exif.Image.Model", QStringLiteral("EOS R6")),
};

// What the user's editor wrote beside it: the camera clock was an hour off.
const Tags edited = {
    tag("Xmp.exif.DateTimeOriginal", QStringLiteral("2019-05-21T11:00:00+02:00")),
    tag("Xmp.tiff.Orientation", QStringLiteral("6")),
    tag("Xmp.xmp.Rating", QStringLiteral("5")),
    tag("Xmp.dc.title", QStringLiteral("Keynote, day 1")),
    tag("Xmp.dc.subject", QStringLiteral("kubecon;keynote")),
    tag("Xmp.exif.GPSLatitude", QStringLiteral("41,21.2N")),
    tag("Xmp.exif.GPSLongitude", QStringLiteral("2,8.9E")),
};

} // namespace

// XMP sidecars ("photo.jpg.xmp" and "photo.xmp") override what the photo says; a broken one is
// ignored. Also paths that are not plain ASCII.
class TestMetadataSidecar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sidecarOverrides_data();
    void sidecarOverrides();
    void bothNamingStylesPrefersFullName();
    void brokenSidecarIsIgnored_data();
    void brokenSidecarIsIgnored();
    void awkwardPaths_data();
    void awkwardPaths();

private:
    QString writePhoto(const QString &relativePath);

    QTemporaryDir m_dir;
    MetadataReader m_reader;
};

void TestMetadataSidecar::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestMetadataSidecar::writePhoto(const QString &relativePath)
{
    const QString path = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString error = TestPhotoFactory::write(path, TestPhotoSpec{.tags = embedded});
    return error.isEmpty() ? path : QString();
}

void TestMetadataSidecar::sidecarOverrides_data()
{
    QTest::addColumn<QString>("photo");
    QTest::addColumn<QString>("sidecar");
    QTest::newRow("darktable-style") << "dt/photo.jpg"
                                     << "dt/photo.jpg.xmp";
    QTest::newRow("lightroom-style") << "lr/photo.jpg"
                                     << "lr/photo.xmp";
    QTest::newRow("upper-case-extension") << "uc/photo.jpg"
                                          << "uc/photo.XMP";
    QTest::newRow("upper-case-full-name") << "ucf/IMG_0001.JPG"
                                          << "ucf/IMG_0001.JPG.XMP";
}

void TestMetadataSidecar::sidecarOverrides()
{
    QFETCH(QString, photo);
    QFETCH(QString, sidecar);
    const QString photoPath = writePhoto(photo);
    QVERIFY(!photoPath.isEmpty());
    const QString sidecarPath = m_dir.filePath(sidecar);
    QCOMPARE(TestPhotoFactory::writeSidecar(sidecarPath, edited), QString());

    const auto result = m_reader.read(photoPath);
    QVERIFY2(result.ok, qPrintable(result.error));
    const PhotoMetadata &m = result.metadata;
    QCOMPARE(m.sidecarPath, sidecarPath);
    QVERIFY(m.takenAt);
    QCOMPARE(m.takenAt->wallTimeString(), QStringLiteral("2019-05-21T11:00:00"));
    QCOMPARE(m.takenAt->offsetString(), QStringLiteral("+02:00"));
    QCOMPARE(m.takenAt->sourceTag, QStringLiteral("Xmp.exif.DateTimeOriginal"));
    QCOMPARE(m.orientation, std::optional<int>(6));
    QCOMPARE(m.rating, std::optional<int>(5));
    QCOMPARE(m.title, QStringLiteral("Keynote, day 1"));
    QCOMPARE(m.keywords, (QStringList{QStringLiteral("kubecon"), QStringLiteral("keynote")}));
    QVERIFY(m.gpsLatitude && qAbs(*m.gpsLatitude - (41.0 + 21.2 / 60.0)) < 1e-9);
    QVERIFY(m.gpsLongitude && qAbs(*m.gpsLongitude - (2.0 + 8.9 / 60.0)) < 1e-9);
    // What the sidecar does not say, the photo still does.
    QCOMPARE(m.model, QStringLiteral("EOS R6"));
}

void TestMetadataSidecar::bothNamingStylesPrefersFullName()
{
    const QString photoPath = writePhoto(QStringLiteral("both/photo.jpg"));
    QVERIFY(!photoPath.isEmpty());
    QCOMPARE(TestPhotoFactory::writeSidecar(m_dir.filePath(QStringLiteral("both/photo.xmp")),
                                            {tag("Xmp.xmp.Rating", QStringLiteral("2"))}),
             QString());
    QCOMPARE(TestPhotoFactory::writeSidecar(m_dir.filePath(QStringLiteral("both/photo.jpg.xmp")),
                                            {tag("Xmp.xmp.Rating", QStringLiteral("3"))}),
             QString());
    const auto result = m_reader.read(photoPath);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.metadata.rating, std::optional<int>(3));
    QCOMPARE(result.metadata.sidecarPath, m_dir.filePath(QStringLiteral("both/photo.jpg.xmp")));
}

void TestMetadataSidecar::brokenSidecarIsIgnored_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray("  \n\t ");
    QTest::newRow("not-xml") << QByteArray("this is not XMP at all");
    QTest::newRow("cut-in-the-middle") << QByteArray(
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/"
        "1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:xmp=\"http://ns.adobe."
        "com/xap/1.0/\" xmp:Rating=\"5\"><dc:title");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
}

void TestMetadataSidecar::brokenSidecarIsIgnored()
{
    QFETCH(QByteArray, content);
    const QString folder = QStringLiteral("broken-") + QString::fromLatin1(QTest::currentDataTag());
    const QString photoPath = writePhoto(folder + QStringLiteral("/photo.jpg"));
    QVERIFY(!photoPath.isEmpty());
    QFile sidecar(photoPath + QStringLiteral(".xmp"));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write(content);
    sidecar.close();

    const auto result = m_reader.read(photoPath);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.metadata.sidecarPath.isEmpty());
    QCOMPARE(result.metadata.rating, std::optional<int>(1));
    QCOMPARE(result.metadata.title, QStringLiteral("embedded title"));
}

void TestMetadataSidecar::awkwardPaths_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("accents-and-cjk") << QStringLiteral("Café Été/会場 01.jpg");
    QTest::newRow("spaces") << QStringLiteral("KubeCon Europe 2019/day 1/  keynote  .jpg");
    QTest::newRow("dots-in-folder") << QStringLiteral("v1.2.final/photo.jpeg");
    QTest::newRow("emoji") << QStringLiteral("🎉 party/🎉.jpg");
}

void TestMetadataSidecar::awkwardPaths()
{
    QFETCH(QString, relativePath);
    const QString photoPath = writePhoto(relativePath);
    QVERIFY2(!photoPath.isEmpty(), qPrintable(relativePath));
    QCOMPARE(TestPhotoFactory::writeSidecar(photoPath + QStringLiteral(".xmp"),
                                            {tag("Xmp.dc.title", QStringLiteral("Zürich → 東京"))}),
             QString());
    const auto result = m_reader.read(photoPath);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.metadata.format, ImageFormat::Jpeg);
    QCOMPARE(result.metadata.title, QStringLiteral("Zürich → 東京"));
    QCOMPARE(result.metadata.sidecarPath, photoPath + QStringLiteral(".xmp"));
}

QTEST_GUILESS_MAIN(TestMetadataSidecar)
#include "tst_metadatasidecar.moc"
