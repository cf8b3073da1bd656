#include "core/imaging/photodecoder.h"
#include "tests/support/testimagewriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using TestImageWriter::BottomLeft;
using TestImageWriter::BottomRight;
using TestImageWriter::TopLeft;
using TestImageWriter::TopRight;

namespace {

// Where the displayed pixel (x, y) comes from in a stored image of width w and height h, as the
// EXIF specification words each orientation (which stored row and column end up top and left).
QPoint storedPoint(int orientation, int x, int y, int w, int h)
{
    switch (orientation) {
    case 2:
        return {w - 1 - x, y};
    case 3:
        return {w - 1 - x, h - 1 - y};
    case 4:
        return {x, h - 1 - y};
    case 5:
        return {y, x};
    case 6:
        return {y, h - 1 - x};
    case 7:
        return {w - 1 - y, h - 1 - x};
    case 8:
        return {w - 1 - y, x};
    default:
        return {x, y};
    }
}

QColor quadrantColor(QPoint stored, QSize size)
{
    const bool left = stored.x() < size.width() / 2;
    const bool top = stored.y() < size.height() / 2;
    if (top)
        return left ? TopLeft : TopRight;
    return left ? BottomLeft : BottomRight;
}

QColor centre(const QImage &image)
{
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

} // namespace

class TestPhotoDecoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void orientationApplied_data();
    void orientationApplied();
    void scaledDecodeSize_data();
    void scaledDecodeSize();
    void fullSizeDecode();
    void embeddedPreview_data();
    void embeddedPreview();
    void mpfLargeThumbnail_data();
    void mpfLargeThumbnail();
    void rawFileShowsItsPreview();
    void rawFileWithoutPreviewFails();
    void heifFamily_data();
    void heifFamily();
    void heifThumbnailItem_data();
    void heifThumbnailItem();
    void failures_data();
    void failures();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void TestPhotoDecoder::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPhotoDecoder::orientationApplied_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QByteArray>("format");
    for (int orientation = 1; orientation <= 8; ++orientation) {
        for (const char *format : {"jpeg", "png"}) {
            QTest::addRow("orientation%d.%s", orientation, format)
                << orientation << QByteArray(format);
        }
    }
}

void TestPhotoDecoder::orientationApplied()
{
    QFETCH(int, orientation);
    QFETCH(QByteArray, format);
    // Wider than high, so a quarter turn shows in the size too.
    const QSize stored(160, 80);
    const QString file = path(QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(TestImageWriter::write(file, TestImageWriter::quadrants(stored), format), QString());

    for (const QSize bounding : {QSize(), QSize(64, 64)}) {
        const DecodedPhoto photo = PhotoDecoder::decode(file, bounding, orientation);
        QVERIFY2(photo.isValid(), qPrintable(photo.error));
        const bool quarterTurn = orientation >= 5;
        QCOMPARE(photo.originalSize, quarterTurn ? stored.transposed() : stored);
        const QSize expected =
            bounding.isValid() ? (quarterTurn ? QSize(32, 64) : QSize(64, 32)) : photo.originalSize;
        QCOMPARE(photo.image.size(), expected);
        // The middle of each displayed quadrant shows the stored quadrant the tag puts there.
        const int w = photo.image.width();
        const int h = photo.image.height();
        for (const QPoint at : {QPoint(w / 4, h / 4), QPoint(3 * w / 4, h / 4),
                                QPoint(w / 4, 3 * h / 4), QPoint(3 * w / 4, 3 * h / 4)}) {
            const QSize displayedStored = quarterTurn ? QSize(h, w) : QSize(w, h);
            const QPoint source = storedPoint(orientation, at.x(), at.y(), displayedStored.width(),
                                              displayedStored.height());
            const QColor want = quadrantColor(source, displayedStored);
            const QColor got = photo.image.pixelColor(at);
            QVERIFY2(TestImageWriter::similar(got, want),
                     qPrintable(QStringLiteral("at %1,%2: got %3, want %4")
                                    .arg(at.x())
                                    .arg(at.y())
                                    .arg(got.name(), want.name())));
        }
    }
}

void TestPhotoDecoder::scaledDecodeSize_data()
{
    QTest::addColumn<QSize>("stored");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("bounding");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("expected");

    // 3000x2000 goes through libjpeg's 1/8 scale (375x250) and a smooth scale to the rest.
    QTest::newRow("jpeg-eighth") << QSize(3000, 2000) << QByteArray("jpeg") << QSize(256, 256) << 1
                                 << QSize(256, 170);
    QTest::newRow("jpeg-half") << QSize(1000, 800) << QByteArray("jpeg") << QSize(512, 512) << 1
                               << QSize(512, 409);
    QTest::newRow("jpeg-portrait-by-tag")
        << QSize(1200, 800) << QByteArray("jpeg") << QSize(256, 256) << 6 << QSize(170, 256);
    QTest::newRow("jpeg-not-enlarged")
        << QSize(100, 60) << QByteArray("jpeg") << QSize(256, 256) << 1 << QSize(100, 60);
    QTest::newRow("jpeg-wide-bounding")
        << QSize(1200, 800) << QByteArray("jpeg") << QSize(600, 100) << 1 << QSize(150, 100);
    QTest::newRow("png") << QSize(900, 600) << QByteArray("png") << QSize(128, 128) << 1
                         << QSize(128, 85);
    QTest::newRow("tiff") << QSize(600, 900) << QByteArray("tiff") << QSize(128, 128) << 1
                          << QSize(85, 128);
    QTest::newRow("webp") << QSize(900, 600) << QByteArray("webp") << QSize(256, 256) << 8
                          << QSize(170, 256);
}

void TestPhotoDecoder::scaledDecodeSize()
{
    QFETCH(QSize, stored);
    QFETCH(QByteArray, format);
    QFETCH(QSize, bounding);
    QFETCH(int, orientation);
    QFETCH(QSize, expected);
    const QString file = path(QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(TestImageWriter::write(file, TestImageWriter::quadrants(stored), format), QString());

    const DecodedPhoto photo = PhotoDecoder::decode(file, bounding, orientation);
    QVERIFY2(photo.isValid(), qPrintable(photo.error));
    QCOMPARE(photo.image.size(), expected);
    QCOMPARE(photo.originalSize, orientation >= 5 ? stored.transposed() : stored);
    QVERIFY(photo.error.isEmpty());
    // Painting-ready formats, whatever the file held.
    QCOMPARE(photo.image.format(), QImage::Format_RGB32);
}

void TestPhotoDecoder::fullSizeDecode()
{
    const QString file = path(QStringLiteral("full-size.jpg"));
    QCOMPARE(TestImageWriter::write(file, TestImageWriter::quadrants(QSize(1001, 667))), QString());
    const DecodedPhoto photo = PhotoDecoder::decode(file, QSize(), 1);
    QVERIFY2(photo.isValid(), qPrintable(photo.error));
    QCOMPARE(photo.image.size(), QSize(1001, 667));
    QVERIFY(TestImageWriter::similar(photo.image.pixelColor(10, 10), TopLeft));
    QVERIFY(TestImageWriter::similar(photo.image.pixelColor(990, 650), BottomRight));
}

void TestPhotoDecoder::embeddedPreview_data()
{
    QTest::addColumn<QSize>("photoSize");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("bounding");
    QTest::addColumn<bool>("previewUsed");
    QTest::addColumn<QSize>("expected");

    // The thumbnail is stored at 320x240.
    QTest::newRow("big-enough") << QSize(1280, 960) << QByteArray("jpeg") << QSize(256, 256) << true
                                << QSize(256, 192);
    QTest::newRow("exactly-big-enough")
        << QSize(1280, 960) << QByteArray("jpeg") << QSize(320, 320) << true << QSize(320, 240);
    QTest::newRow("too-small") << QSize(1280, 960) << QByteArray("jpeg") << QSize(512, 512) << false
                               << QSize(512, 384);
    QTest::newRow("full-size") << QSize(1280, 960) << QByteArray("jpeg") << QSize() << false
                               << QSize(1280, 960);
    // A 4:3 thumbnail of a 3:2 photo is letterboxed or cropped: not the whole picture.
    QTest::newRow("other-shape") << QSize(1200, 800) << QByteArray("jpeg") << QSize(128, 128)
                                 << false << QSize(128, 85);
    QTest::newRow("tiff-big-enough")
        << QSize(640, 480) << QByteArray("tiff") << QSize(256, 256) << true << QSize(256, 192);
    QTest::newRow("tiff-too-small")
        << QSize(640, 480) << QByteArray("tiff") << QSize(400, 400) << false << QSize(400, 300);
}

void TestPhotoDecoder::embeddedPreview()
{
    QFETCH(QSize, photoSize);
    QFETCH(QByteArray, format);
    QFETCH(QSize, bounding);
    QFETCH(bool, previewUsed);
    QFETCH(QSize, expected);
    const QString file = path(QString::fromLatin1(QTest::currentDataTag()));
    const QImage thumbnail = TestImageWriter::filled(QSize(640, 480), BottomLeft);
    QCOMPARE(TestImageWriter::writeWithExifThumbnail(
                 file, TestImageWriter::filled(photoSize, TopLeft), format, thumbnail),
             QString());

    const DecodedPhoto photo = PhotoDecoder::decode(file, bounding, 1);
    QVERIFY2(photo.isValid(), qPrintable(photo.error));
    QCOMPARE(photo.image.size(), expected);
    QCOMPARE(photo.originalSize, photoSize);
    QVERIFY(TestImageWriter::similar(centre(photo.image), previewUsed ? BottomLeft : TopLeft));
}

void TestPhotoDecoder::mpfLargeThumbnail_data()
{
    QTest::addColumn<QSize>("previewSize");
    QTest::addColumn<qint64>("offsetShift");
    QTest::addColumn<QSize>("bounding");
    QTest::addColumn<bool>("previewUsed");

    QTest::newRow("big-enough") << QSize(640, 480) << qint64(0) << QSize(256, 256) << true;
    QTest::newRow("as-big") << QSize(640, 480) << qint64(0) << QSize(640, 640) << true;
    QTest::newRow("too-small") << QSize(640, 480) << qint64(0) << QSize(1024, 1024) << false;
    QTest::newRow("other-shape") << QSize(640, 360) << qint64(0) << QSize(256, 256) << false;
    QTest::newRow("offset-past-the-end")
        << QSize(640, 480) << qint64(1'000'000) << QSize(256, 256) << false;
    QTest::newRow("offset-into-the-photo")
        << QSize(640, 480) << qint64(-5000) << QSize(256, 256) << false;
}

void TestPhotoDecoder::mpfLargeThumbnail()
{
    QFETCH(QSize, previewSize);
    QFETCH(qint64, offsetShift);
    QFETCH(QSize, bounding);
    QFETCH(bool, previewUsed);
    const QString file =
        path(QStringLiteral("mpf-%1.jpg").arg(QLatin1String(QTest::currentDataTag())));
    QCOMPARE(TestImageWriter::writeWithMpfPreview(
                 file, TestImageWriter::filled(QSize(1600, 1200), TopLeft),
                 TestImageWriter::filled(previewSize, BottomLeft), offsetShift),
             QString());
    const DecodedPhoto photo = PhotoDecoder::decode(file, bounding, 1);
    QVERIFY2(photo.isValid(), qPrintable(photo.error));
    QCOMPARE(photo.originalSize, QSize(1600, 1200));
    QCOMPARE(photo.image.size(), PhotoDecoder::fittedSize(QSize(1600, 1200), bounding));
    QVERIFY(TestImageWriter::similar(centre(photo.image), previewUsed ? BottomLeft : TopLeft));
}

void TestPhotoDecoder::rawFileShowsItsPreview()
{
    // A TIFF container with an EXIF thumbnail, named like a Nikon RAW file: RAW files are shown
    // through their previews only, at any size asked, the largest one when none is big enough.
    const QString file = path(QStringLiteral("camera.nef"));
    const QImage preview = TestImageWriter::quadrants(QSize(640, 480));
    QCOMPARE(TestImageWriter::writeWithExifThumbnail(
                 file, TestImageWriter::filled(QSize(64, 48), TopLeft), "tiff", preview),
             QString());
    for (const QSize bounding : {QSize(), QSize(512, 512), QSize(128, 128)}) {
        // Turned by the orientation like the photo: a camera stores its previews unturned.
        const DecodedPhoto photo = PhotoDecoder::decode(file, bounding, 3);
        QVERIFY2(photo.isValid(), qPrintable(photo.error));
        QCOMPARE(photo.image.size(),
                 bounding == QSize(128, 128) ? QSize(128, 96) : QSize(320, 240));
        QVERIFY(TestImageWriter::similar(
            photo.image.pixelColor(photo.image.width() / 4, photo.image.height() / 4),
            BottomRight));
    }
}

void TestPhotoDecoder::rawFileWithoutPreviewFails()
{
    const QString file = path(QStringLiteral("no-preview.dng"));
    QCOMPARE(TestImageWriter::write(file, TestImageWriter::filled(QSize(64, 48), TopLeft), "tiff"),
             QString());
    const DecodedPhoto photo = PhotoDecoder::decode(file, QSize(256, 256), 1);
    QVERIFY(!photo.isValid());
    QVERIFY2(photo.error.contains(QLatin1String("preview")), qPrintable(photo.error));
}

void TestPhotoDecoder::heifFamily_data()
{
    QTest::addColumn<TestImageWriter::HeifCodec>("codec");
    QTest::newRow("photo.heic") << TestImageWriter::HeifCodec::Hevc;
    QTest::newRow("photo.avif") << TestImageWriter::HeifCodec::Av1;
}

void TestPhotoDecoder::heifFamily()
{
    QFETCH(TestImageWriter::HeifCodec, codec);
    const QString file = path(QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(TestImageWriter::writeHeif(file, TestImageWriter::quadrants(QSize(320, 240)), codec),
             QString());

    const DecodedPhoto full = PhotoDecoder::decode(file, QSize(), 1);
    QVERIFY2(full.isValid(), qPrintable(full.error));
    QCOMPARE(full.image.size(), QSize(320, 240));
    QCOMPARE(full.originalSize, QSize(320, 240));
    QVERIFY(TestImageWriter::similar(full.image.pixelColor(40, 40), TopLeft));
    QVERIFY(TestImageWriter::similar(full.image.pixelColor(280, 200), BottomRight));

    // HEIF carries its rotation in the container (libheif applies it): the EXIF orientation the
    // catalog holds for the photo repeats it and must not turn the picture a second time.
    const DecodedPhoto thumbnail = PhotoDecoder::decode(file, QSize(128, 128), 6);
    QVERIFY2(thumbnail.isValid(), qPrintable(thumbnail.error));
    QCOMPARE(thumbnail.image.size(), QSize(128, 96));
    QVERIFY(TestImageWriter::similar(thumbnail.image.pixelColor(16, 16), TopLeft));
}

void TestPhotoDecoder::heifThumbnailItem_data()
{
    QTest::addColumn<QSize>("bounding");
    QTest::addColumn<bool>("thumbnailUsed");
    QTest::newRow("small") << QSize(128, 128) << true;
    QTest::newRow("as-big-as-the-item") << QSize(160, 160) << true;
    QTest::newRow("larger-than-the-item") << QSize(256, 256) << false;
}

void TestPhotoDecoder::heifThumbnailItem()
{
    QFETCH(QSize, bounding);
    QFETCH(bool, thumbnailUsed);
    const QString file = path(QStringLiteral("with-thumbnail.heic"));
    if (!QFile::exists(file)) {
        QCOMPARE(TestImageWriter::writeHeif(file, TestImageWriter::filled(QSize(640, 480), TopLeft),
                                            TestImageWriter::HeifCodec::Hevc,
                                            TestImageWriter::filled(QSize(640, 480), BottomLeft),
                                            160),
                 QString());
    }
    const DecodedPhoto photo = PhotoDecoder::decode(file, bounding, 1);
    QVERIFY2(photo.isValid(), qPrintable(photo.error));
    QCOMPARE(photo.originalSize, QSize(640, 480));
    QVERIFY(TestImageWriter::similar(centre(photo.image), thumbnailUsed ? BottomLeft : TopLeft));
}

void TestPhotoDecoder::failures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QByteArray jpeg;
    {
        const QString file = QDir::temp().filePath(QStringLiteral("corkboard-decoder-source.jpg"));
        TestImageWriter::write(file, TestImageWriter::quadrants(QSize(800, 600)));
        QFile source(file);
        source.open(QIODevice::ReadOnly);
        jpeg = source.readAll();
        source.remove();
    }
    QTest::newRow("missing") << QStringLiteral("missing.jpg") << QByteArray()
                             << QStringLiteral("Cannot open the file");
    QTest::newRow("empty") << QStringLiteral("empty.jpg") << QByteArray("")
                           << QStringLiteral("The file is empty");
    QTest::newRow("truncated-in-scan")
        << QStringLiteral("truncated-in-scan.jpg") << jpeg.first(jpeg.size() * 2 / 3)
        << QStringLiteral("The file is truncated");
    QTest::newRow("truncated-in-header")
        << QStringLiteral("truncated-in-header.jpg") << jpeg.first(200)
        << QStringLiteral("The file is truncated");
    QByteArray scrambled = jpeg;
    for (qsizetype i = 600; i < 700; ++i)
        scrambled[i] = char(0xff - i);
    QTest::newRow("damaged-header")
        << QStringLiteral("damaged-header.jpg") << scrambled << QStringLiteral("Damaged JPEG");
    QTest::newRow("text-named-jpg") << QStringLiteral("text.jpg") << QByteArray("hello, world\n")
                                    << QStringLiteral("Not a supported image format");
    QTest::newRow("truncated-heic") << QStringLiteral("truncated.heic")
                                    << QByteArray("\0\0\0\x18"
                                                  "ftypheic\0\0\0\0mif1heic",
                                                  24)
                                    << QStringLiteral("HEIF");
    QTest::newRow("truncated-png")
        << QStringLiteral("truncated.png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16)
        << QStringLiteral("Cannot decode the image");
}

void TestPhotoDecoder::failures()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString file = path(name);
    if (!bytes.isNull()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
    }
    for (const QSize bounding : {QSize(), QSize(256, 256)}) {
        const DecodedPhoto photo = PhotoDecoder::decode(file, bounding, 1);
        QVERIFY(!photo.isValid());
        QVERIFY2(photo.error.contains(reason), qPrintable(photo.error));
    }
}

QTEST_GUILESS_MAIN(TestPhotoDecoder)
#include "tst_photodecoder.moc"
