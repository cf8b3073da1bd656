#include "core/export/exportmanifest.h"
#include "core/export/imagerenditionmaker.h"
#include "core/metadata/metadatareader.h"
#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <cmath>

using TestPhotoFactory::tag;

// One photo's published images: the sizes asked for from one decode, upright, with only the
// metadata the options allow, and a photo that cannot be read reported instead of stopping the
// export.
class TestImageRenditionMaker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void makesEachSizeFromOneDecode();
    void neverScalesUp();
    void appliesTheOrientation_data();
    void appliesTheOrientation();
    void privateMetadataIsLeftOut();
    void everythingIsKeptWhenAsked();
    void qualityIsTheOneAsked();
    void otherFormatsArePublishedToo();
    void originalsAreCopied();
    void brokenPhotosAreReported_data();
    void brokenPhotosAreReported();
    void reusesWhatIsStillCurrent();

private:
    ExportPhoto writePhoto(const QString &name, const TestPhotoSpec &spec);
    QString output(const QString &relativePath) const { return m_out.filePath(relativePath); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QDir m_out;
    ExportOptions m_options;
};

namespace {

// The tags of a camera that says everything about itself: what the private setting keeps and
// what it must leave out.
QList<QPair<QString, QString>> talkativeCamera()
{
    return {
        tag("Exif.Image.Make", QStringLiteral("Canon")),
        tag("Exif.Image.Model", QStringLiteral("Canon EOS 5D")),
        tag("Exif.Image.Artist", QStringLiteral("Ann Example")),
        tag("Exif.Image.Copyright", QStringLiteral("(c) Ann Example")),
        tag("Exif.Photo.DateTimeOriginal", QStringLiteral("2019:05:21 18:30:01")),
        tag("Exif.Photo.OffsetTimeOriginal", QStringLiteral("+02:00")),
        tag("Exif.Photo.FNumber", QStringLiteral("28/10")),
        tag("Exif.Photo.ExposureTime", QStringLiteral("1/200")),
        tag("Exif.Photo.ISOSpeedRatings", QStringLiteral("400")),
        tag("Exif.Photo.FocalLength", QStringLiteral("35/1")),
        tag("Exif.Photo.LensModel", QStringLiteral("EF35mm f/2")),
        tag("Exif.Photo.BodySerialNumber", QStringLiteral("0123456789")),
        tag("Exif.Photo.LensSerialNumber", QStringLiteral("9876543210")),
        tag("Exif.Photo.CameraOwnerName", QStringLiteral("Ann Example")),
        tag("Exif.GPSInfo.GPSLatitudeRef", QStringLiteral("N")),
        tag("Exif.GPSInfo.GPSLatitude", QStringLiteral("41/1 21/1 15/1")),
        tag("Exif.GPSInfo.GPSLongitudeRef", QStringLiteral("E")),
        tag("Exif.GPSInfo.GPSLongitude", QStringLiteral("2/1 7/1 40/1")),
        tag("Xmp.dc.title", QStringLiteral("Keynote hall")),
        tag("Xmp.dc.creator", QStringLiteral("Ann Example")),
        tag("Iptc.Application2.Keywords", QStringLiteral("kubecon;barcelona")),
        tag("Iptc.Application2.City", QStringLiteral("Barcelona")),
    };
}

// Mean absolute difference of two images of one size, per channel, 0..255.
double difference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return 255;
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum += std::abs(qRed(p[col]) - qRed(q[col])) +
                   std::abs(qGreen(p[col]) - qGreen(q[col])) +
                   std::abs(qBlue(p[col]) - qBlue(q[col]));
    }
    return sum / (3.0 * x.width() * x.height());
}

QImage storedPixels(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(false);
    return reader.read();
}

} // namespace

void TestImageRenditionMaker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_out = QDir(m_dir->filePath(QStringLiteral("site")));
    m_options = ExportOptions();
    m_options.outputDirectory = m_out.path();
}

ExportPhoto TestImageRenditionMaker::writePhoto(const QString &name, const TestPhotoSpec &spec)
{
    ExportPhoto photo;
    photo.id = 42;
    photo.path = m_dir->filePath(name);
    const QString error = TestPhotoFactory::write(photo.path, spec);
    [&] { QVERIFY2(error.isEmpty(), qPrintable(error)); }();
    const QFileInfo info(photo.path);
    photo.fileSize = info.size();
    photo.fileModifiedMs = info.lastModified().toMSecsSinceEpoch();
    return photo;
}

void TestImageRenditionMaker::makesEachSizeFromOneDecode()
{
    TestPhotoSpec spec;
    spec.size = QSize(3000, 2000);
    const ExportPhoto photo = writePhoto(QStringLiteral("Fête à Zürich.JPG"), spec);
    const ImageRenditionMaker::Result result =
        ImageRenditionMaker::make(photo, m_options, QStringLiteral("images"));
    QVERIFY2(result.renditions.isValid(), qPrintable(result.renditions.error));
    QCOMPARE(result.renditions.photoId, 42);
    QCOMPARE(result.imagesMade, 3);
    const QList<ImageRendition> &sizes = result.renditions.sizes;
    QCOMPARE(sizes.size(), 3);
    const QList<QSize> expected = {{480, 320}, {1024, 683}, {2000, 1333}};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(QSize(sizes.at(i).width, sizes.at(i).height), expected.at(i));
        QCOMPARE(sizes.at(i).relativePath,
                 QStringLiteral("images/fete-a-zurich-42-%1.jpg").arg(expected.at(i).width()));
        QCOMPARE(QImageReader(output(sizes.at(i).relativePath)).size(), expected.at(i));
    }
    QCOMPARE(result.renditions.originalRelativePath, QString());
    // The pixels are the photo's, not a blank of the right size.
    const QImage source =
        storedPixels(photo.path).scaled(480, 320, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QVERIFY(difference(source, QImage(output(sizes.first().relativePath))) < 4.0);
    // The manifest hears of every size asked for.
    QCOMPARE(result.files.size(), 3);
    QCOMPARE(result.files.at(0).fingerprint.sizeBound, 2000);
    QCOMPARE(result.files.at(0).bytes, QFileInfo(output(sizes.last().relativePath)).size());
}

void TestImageRenditionMaker::neverScalesUp()
{
    TestPhotoSpec spec;
    spec.size = QSize(800, 600);
    const ExportPhoto photo = writePhoto(QStringLiteral("small.jpg"), spec);
    const ImageRenditionMaker::Result result =
        ImageRenditionMaker::make(photo, m_options, QStringLiteral("images"));
    QVERIFY2(result.renditions.isValid(), qPrintable(result.renditions.error));
    // 480 and the photo's own size once, serving both larger bounds.
    QCOMPARE(result.renditions.sizes.size(), 2);
    QCOMPARE(result.renditions.sizes.at(0).width, 480);
    QCOMPARE(result.renditions.largest().width, 800);
    QCOMPARE(result.renditions.largest().height, 600);
    QCOMPARE(result.renditions.largest().relativePath, QStringLiteral("images/small-42-800.jpg"));
    QCOMPARE(result.imagesMade, 2);
    QCOMPARE(result.files.size(), 3);
    QCOMPARE(result.files.at(0).relativePath, result.files.at(1).relativePath);
}

void TestImageRenditionMaker::appliesTheOrientation_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("degrees"); // clockwise, from stored to upright
    QTest::addColumn<bool>("mirrored");
    QTest::newRow("1") << 1 << 0 << false;
    QTest::newRow("3") << 3 << 180 << false;
    QTest::newRow("6") << 6 << 90 << false;
    QTest::newRow("8") << 8 << 270 << false;
    QTest::newRow("2") << 2 << 0 << true;
}

void TestImageRenditionMaker::appliesTheOrientation()
{
    QFETCH(int, orientation);
    QFETCH(int, degrees);
    QFETCH(bool, mirrored);
    TestPhotoSpec spec;
    spec.size = QSize(600, 400);
    spec.seed = 7;
    spec.tags = {tag("Exif.Image.Orientation", QString::number(orientation))};
    ExportPhoto photo = writePhoto(QStringLiteral("turned.jpg"), spec);
    photo.orientation = orientation;
    m_options.imageSizes = {300};
    const ImageRenditionMaker::Result result =
        ImageRenditionMaker::make(photo, m_options, QStringLiteral("images"));
    QVERIFY2(result.renditions.isValid(), qPrintable(result.renditions.error));

    QImage upright = storedPixels(photo.path);
    if (mirrored)
        upright = upright.mirrored(true, false);
    upright = upright.transformed(QTransform().rotate(degrees));
    upright = upright.scaled(upright.size().scaled(300, 300, Qt::KeepAspectRatio),
                             Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QString path = output(result.renditions.largest().relativePath);
    const QImage published = storedPixels(path);
    QCOMPARE(published.size(), upright.size());
    QVERIFY2(difference(published, upright) < 4.0,
             qPrintable(QString::number(difference(published, upright))));
    // Turned the other way it would differ: the check above can fail.
    if (degrees == 90 || degrees == 270)
        QVERIFY(difference(published, upright.transformed(QTransform().rotate(180))) > 10.0);
    // Its pixels are upright: a viewer must not turn them again.
    const MetadataReadResult read = MetadataReader().read(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.metadata.orientation.value_or(1), 1);
}

void TestImageRenditionMaker::privateMetadataIsLeftOut()
{
    TestPhotoSpec spec;
    spec.size = QSize(1200, 800);
    spec.tags = talkativeCamera();
    spec.tags.append(tag("Exif.Image.Orientation", QStringLiteral("6")));
    ExportPhoto photo = writePhoto(QStringLiteral("private.jpg"), spec);
    photo.orientation = 6;
    photo.title = QStringLiteral("Keynote hall");
    m_options.stripPrivateMetadata = true;
    const ImageRenditionMaker::Result result =
        ImageRenditionMaker::make(photo, m_options, QStringLiteral("images"));
    QVERIFY2(result.renditions.isValid(), qPrintable(result.renditions.error));
    for (const ImageRendition &image : result.renditions.sizes) {
        const QString path = output(image.relativePath);
        const MetadataReadResult read = MetadataReader().read(path);
        QVERIFY2(read.ok, qPrintable(read.error));
        const PhotoMetadata &m = read.metadata;
        // Kept: how it was taken, and whose it is.
        QCOMPARE(m.make, QStringLiteral("Canon"));
        QCOMPARE(m.model, QStringLiteral("Canon EOS 5D"));
        QCOMPARE(m.lens, QStringLiteral("EF35mm f/2"));
        QCOMPARE(m.iso, 400);
        QCOMPARE(m.fNumber, 2.8);
        QCOMPARE(m.focalLength, 35.0);
        QVERIFY(m.takenAt.has_value());
        QCOMPARE(m.takenAt->offsetString(), QStringLiteral("+02:00"));
        QCOMPARE(m.title, QStringLiteral("Keynote hall"));
        QCOMPARE(m.orientation.value_or(1), 1);
        // Gone: where, which camera body, whose camera, the rest of the XMP and IPTC.
        QVERIFY(!m.gpsLatitude.has_value());
        QVERIFY(!m.gpsLongitude.has_value());
        QCOMPARE(m.serialNumber, QString());
        QCOMPARE(m.keywords, QStringList());
        QCOMPARE(QSize(*m.width, *m.height), QSize(image.width, image.height));
        // The bytes say it too, whatever a reader makes of them.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("0123456789"));
        QVERIFY(!bytes.contains("9876543210"));
        QVERIFY(!bytes.contains("Barcelona"));
        QVERIFY(bytes.contains("(c) Ann Example"));
        QCOMPARE(bytes.count("Ann Example"), 2); // artist and copyright; no owner, no creator
        // No EXIF thumbnail: one JPEG start in the whole file.
        QCOMPARE(bytes.count(QByteArray("\xff\xd8\xff", 3)), 1);
    }
}

void TestImageRenditionMaker::everythingIsKeptWhenAsked()
{
    TestPhotoSpec spec;
    spec.size = QSize(1200, 800);
    spec.tags = talkativeCamera();
    spec.tags.append(tag("Exif.Image.Orientation", QStringLiteral("6")));
    ExportPhoto photo = writePhoto(QStringLiteral("everything.jpg"), spec);
    photo.orientation = 6;
    m_options.stripPrivateMetadata = false;
    m_options.imageSizes = {1024};
    const ImageRenditionMaker::Result result =
        ImageRenditionMaker::make(photo, m_options, QStringLiteral("images"));
    QVERIFY2(result.renditions.isValid(), qPrintable(result.renditions.error));
    const QString path = output(result.renditions.largest().relativePath);
    const MetadataReadResult read = MetadataReader().read(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    const PhotoMetadata &m = read.metadata;
    QVERIFY(m.gpsLatitude.has_value());
    QVERIFY(std::abs(*m.gpsLatitude - 41.3541) < 0.001);
    QCOMPARE(m.serialNumber, QStringLiteral("0123456789"));
    QStringList keywords = m.keywords;
    keywords.sort();
    QCOMPARE(keywords, (QStringList{QStringLiteral("barcelona"), QStringLiteral("kubecon")}));
    QCOMPARE(m.title, QStringLiteral("Keynote hall"));
    QCOMPARE(m.make, QStringLiteral("Canon"));
    // Upright pixels, so orientation 1 here too.
    QCOMPARE(m.orientation.value_or(1), 1);
    QCOMPARE(QImageReader(path).size(), QSize(683, 1024));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("9876543210"));
    QVERIFY(bytes.contains("Barcelona"));
    QCOMPARE(bytes.count(QByteArray("\xff\xd8\xff", 3)), 1);
}

void TestImageRenditionMaker::qualityIsTheOneAsked()
{
    TestPhotoSpec spec;
    spec.size = QSize(1600, 1200);
    spec.seed = 3;
    const ExportPhoto photo = writePhoto(QStringLiteral("quality.jpg"), spec);
    m_options.imageSizes = {800};
    qint64 previousBytes = 0;
    double previousDifference = 1e9;
    const QImage source =
        storedPixels(photo.path).scaled(800, 600, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int quality : {20, 60, 95}) {
        m_options.jpegQuality = quality;
        const ImageRenditionMaker::Result result =
            ImageRenditionMaker::make(photo, m_options, QStringLiteral("q%1").arg(quality));
        QVERIFY2(result.renditions.isValid(), qPrintable(result.renditions.error));
        const QString path = output(result.renditions.largest().relativePath);
        const qint64 bytes = QFileInfo(path).size();
        const double error = difference(source, QImage(path));
        // Better quality: a larger file, closer to the photo.
        QVERIFY2(bytes > previousBytes, qPrintable(QString::number(bytes)));
        QVERIFY2(error < previousDifference, qPrintable(QString::number(error)));
        previousBytes = bytes;
        previousDifference = error;
    }
    QVERIFY(previousDifference < 2.0);
}

void TestImageRenditionMaker::otherFormatsArePublishedToo()
{
    TestPhotoSpec spec;
    spec.size = QSize(900, 600);
    spec.format = "png";
    spec.seed = 5;
    ExportPhoto photo = writePhoto(QStringLiteral("Screen Shot.png"), spec);
    m_options.imageSizes = {480};
    const ImageRenditionMaker::Result result =
        ImageRenditionMaker::make(photo, m_options, QStringLiteral("images"));
    QVERIFY2(result.renditions.isValid(), qPrintable(result.renditions.error));
    const QString path = output(result.renditions.largest().relativePath);
    QCOMPARE(result.renditions.largest().relativePath,
             QStringLiteral("images/screen-shot-42-480.jpg"));
    QCOMPARE(QImageReader(path).format(), QByteArray("jpeg"));
    QCOMPARE(QImageReader(path).size(), QSize(480, 320));
}

void TestImageRenditionMaker::originalsAreCopied()
{
    TestPhotoSpec spec;
    spec.size = QSize(640, 480);
    const ExportPhoto photo = writePhoto(QStringLiteral("IMG_0001.JPEG"), spec);
    m_options.includeOriginals = true;
    const ImageRenditionMaker::Result result =
        ImageRenditionMaker::make(photo, m_options, QStringLiteral("images"));
    QVERIFY2(result.renditions.isValid(), qPrintable(result.renditions.error));
    QCOMPARE(result.renditions.originalRelativePath,
             QStringLiteral("images/img-0001-42-original.jpeg"));
    QFile original(photo.path);
    QFile copy(output(result.renditions.originalRelativePath));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
}

void TestImageRenditionMaker::brokenPhotosAreReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("exists");
    QTest::newRow("corrupt") << QByteArray("\xff\xd8\xff\xe0 this is not a JPEG at all", 34)
                             << true;
    QTest::newRow("not an image") << QByteArray("hello") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("missing") << QByteArray() << false;
}

void TestImageRenditionMaker::brokenPhotosAreReported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, exists);
    ExportPhoto photo;
    photo.id = 7;
    photo.path = m_dir->filePath(QStringLiteral("broken.jpg"));
    if (exists) {
        QFile file(photo.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const ImageRenditionMaker::Result result =
        ImageRenditionMaker::make(photo, m_options, QStringLiteral("images"));
    QVERIFY(!result.renditions.isValid());
    QVERIFY(!result.renditions.error.isEmpty());
    QCOMPARE(result.renditions.photoId, 7);
    QCOMPARE(result.files.size(), 0);
    QCOMPARE(result.imagesMade, 0);
    QVERIFY(QDir(m_out.filePath(QStringLiteral("images")))
                .entryList(QDir::Files | QDir::Hidden)
                .isEmpty());

    // A photo the catalog knows to be unavailable is not even opened.
    photo.available = false;
    photo.unavailableReason = QStringLiteral("The file is missing");
    QCOMPARE(ImageRenditionMaker::make(photo, m_options, QStringLiteral("images")).renditions.error,
             photo.unavailableReason);
}

void TestImageRenditionMaker::reusesWhatIsStillCurrent()
{
    TestPhotoSpec spec;
    spec.size = QSize(1200, 900);
    ExportPhoto photo = writePhoto(QStringLiteral("again.jpg"), spec);
    m_options.includeOriginals = true;
    const QString folder = QStringLiteral("images");
    ExportManifest manifest;
    manifest.load(m_out.path());
    QVERIFY(!ImageRenditionMaker::reused(photo, m_options, folder, manifest));
    const ImageRenditionMaker::Result made = ImageRenditionMaker::make(photo, m_options, folder);
    QVERIFY2(made.renditions.isValid(), qPrintable(made.renditions.error));
    manifest.record(made.files);
    QCOMPARE(manifest.save(), QString());

    ExportManifest again;
    again.load(m_out.path());
    const std::optional<ImageRenditionMaker::Result> reused =
        ImageRenditionMaker::reused(photo, m_options, folder, again);
    QVERIFY(reused);
    QCOMPARE(reused->renditions.sizes.size(), made.renditions.sizes.size());
    for (int i = 0; i < made.renditions.sizes.size(); ++i) {
        QCOMPARE(reused->renditions.sizes.at(i).relativePath,
                 made.renditions.sizes.at(i).relativePath);
        QCOMPARE(reused->renditions.sizes.at(i).width, made.renditions.sizes.at(i).width);
    }
    QCOMPARE(reused->renditions.originalRelativePath, made.renditions.originalRelativePath);
    QCOMPARE(reused->imagesMade, 0);

    // Whatever changes what would be made, makes it again.
    ExportOptions other = m_options;
    other.jpegQuality = 70;
    QVERIFY(!ImageRenditionMaker::reused(photo, other, folder, again));
    other = m_options;
    other.stripPrivateMetadata = false;
    QVERIFY(!ImageRenditionMaker::reused(photo, other, folder, again));
    QVERIFY(!ImageRenditionMaker::reused(photo, m_options, QStringLiteral("posts"), again));
    ExportPhoto touched = photo;
    touched.fileModifiedMs += 1000;
    QVERIFY(!ImageRenditionMaker::reused(touched, m_options, folder, again));
    ExportPhoto turned = photo;
    turned.orientation = 3;
    QVERIFY(!ImageRenditionMaker::reused(turned, m_options, folder, again));
    // A published file replaced or deleted by hand is made again.
    QFile::remove(output(made.renditions.sizes.first().relativePath));
    QVERIFY(!ImageRenditionMaker::reused(photo, m_options, folder, again));
}

QTEST_GUILESS_MAIN(TestImageRenditionMaker)
#include "tst_imagerenditionmaker.moc"
