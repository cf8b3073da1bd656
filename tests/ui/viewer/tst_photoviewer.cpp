#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/library/photogridmodel.h"
#include "tests/support/testphotofactory.h"
#include "ui/viewer/photoviewer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Pixels at the middle of the widget as painted, to tell a photo from the black around it.
QImage rendered(QWidget &widget)
{
    return widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// How much two neighbouring pixels around the middle differ: a one-pixel checkerboard shown at
// 100% alternates black and white; scaled down (or up from a scaled-down image) it is grey.
int checkerContrast(const QImage &image)
{
    const QPoint middle(image.width() / 2, image.height() / 2);
    int contrast = 0;
    for (int dx = 0; dx < 4; ++dx) {
        const int a = qGray(image.pixel(middle + QPoint(dx, 0)));
        const int b = qGray(image.pixel(middle + QPoint(dx + 1, 0)));
        contrast = std::max(contrast, std::abs(a - b));
    }
    return contrast;
}

} // namespace

class TestPhotoViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stepsThroughWithKeysAndStopsAtTheEnds();
    void escapeAndEnterClose();
    void brokenPhotoSaysWhy();
    void zoomTogglesBetweenFitAndActualPixels();
    void zoomInAndOutWithKeys();
    void infoOverlayAndSlideshow();
    void rapidSteppingEndsOnTheRightPhoto();
    void followsTheModel();

private:
    void addPhoto(const QString &name, const QImage &image);
    void addPhoto(const QString &name, int seed, QSize size = QSize(640, 480));
    void addBrokenPhoto(const QString &name);
    void addRow(const QString &path, QSize size);
    void saveScreenshot(const QString &name);
    PhotoViewer &openViewer(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<PhotoViewer> m_viewer;
};

void TestPhotoViewer::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPhotoViewer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_model = std::make_unique<QStandardItemModel>();
}

void TestPhotoViewer::cleanup()
{
    m_viewer.reset();
    m_model.reset();
    m_catalog.reset();
    m_dir.reset();
}

void TestPhotoViewer::addRow(const QString &path, QSize size)
{
    // The catalog holds the details the info overlay shows; the model what PhotoGridModel gives.
    PhotoRecord record;
    record.path = path;
    record.fileSize = QFileInfo(path).size();
    record.identityKey = path.toUtf8();
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.metadata.width = size.width();
    record.metadata.height = size.height();
    record.metadata.make = QStringLiteral("Canon");
    record.metadata.model = QStringLiteral("Canon EOS R5");
    record.metadata.exposureTime = 1.0 / 250;
    record.metadata.fNumber = 2.8;
    record.metadata.takenAt = TakenTime{QDate(2019, 5, 21), QTime(18, 30, m_model->rowCount()),
                                        7200, QStringLiteral("Exif.Photo.DateTimeOriginal")};
    PhotoRepository repository(m_catalog->connection());
    const qint64 id = repository.insert(record);
    QVERIFY2(id > 0, qPrintable(repository.lastError()));

    auto *item = new QStandardItem(QFileInfo(path).fileName());
    item->setData(id, PhotoGridModel::PhotoIdRole);
    item->setData(path, PhotoGridModel::PathRole);
    item->setData(QFileInfo(path).fileName(), PhotoGridModel::FileNameRole);
    item->setData(1, PhotoGridModel::OrientationRole);
    item->setData(size, PhotoGridModel::PixelSizeRole);
    item->setData(int(PhotoState::Ok), PhotoGridModel::StateRole);
    m_model->appendRow(item);
}

void TestPhotoViewer::addPhoto(const QString &name, int seed, QSize size)
{
    const QString path = m_dir->filePath(name);
    TestPhotoSpec spec;
    spec.size = size;
    spec.seed = seed;
    const QString error = TestPhotoFactory::write(path, spec);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    addRow(path, size);
}

void TestPhotoViewer::addPhoto(const QString &name, const QImage &image)
{
    const QString path = m_dir->filePath(name);
    QVERIFY(image.save(path));
    addRow(path, image.size());
}

void TestPhotoViewer::addBrokenPhoto(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xff\xd8\xff\xe0 this is not really a JPEG, it ends here");
    file.close();
    addRow(path, QSize(640, 480));
}

void TestPhotoViewer::saveScreenshot(const QString &name)
{
    // Set CORKBOARD_SCREENSHOT_DIR to look at the viewer as a user would.
    const QString dir = qEnvironmentVariable("CORKBOARD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        m_viewer->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

PhotoViewer &TestPhotoViewer::openViewer(int row)
{
    m_viewer = std::make_unique<PhotoViewer>(m_model.get(), m_catalog->connection());
    m_viewer->showPhotoAt(row);
    return *m_viewer;
}

void TestPhotoViewer::stepsThroughWithKeysAndStopsAtTheEnds()
{
    for (int i = 0; i < 5; ++i)
        addPhoto(QStringLiteral("photo%1.jpg").arg(i), i);
    m_viewer = std::make_unique<PhotoViewer>(m_model.get(), m_catalog->connection());
    QSignalSpy rowChanged(m_viewer.get(), &PhotoViewer::currentRowChanged);
    PhotoViewer &viewer = *m_viewer;
    viewer.showPhotoAt(1);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QVERIFY(viewer.isFullScreen());
    QCOMPARE(viewer.currentRow(), 1);
    QCOMPARE(rowChanged.count(), 1);
    QCOMPARE(rowChanged.takeFirst().at(0).toInt(), 1);

    const auto press = [&](Qt::Key key, int expectedRow) {
        QTest::keyClick(&viewer, key);
        return viewer.currentRow() == expectedRow;
    };
    QVERIFY(press(Qt::Key_Right, 2));
    QCOMPARE(rowChanged.takeFirst().at(0).toInt(), 2);
    QVERIFY(press(Qt::Key_Left, 1));
    QVERIFY(press(Qt::Key_Left, 0));
    rowChanged.clear();
    QVERIFY(press(Qt::Key_Left, 0)); // the first photo: it stops, no wrap
    QVERIFY(press(Qt::Key_PageUp, 0));
    QCOMPARE(rowChanged.count(), 0);
    QVERIFY(press(Qt::Key_End, 4));
    QCOMPARE(rowChanged.takeFirst().at(0).toInt(), 4);
    QVERIFY(press(Qt::Key_Right, 4)); // the last photo
    QVERIFY(press(Qt::Key_Space, 4));
    QCOMPARE(rowChanged.count(), 0);
    QVERIFY(press(Qt::Key_Home, 0));
    QVERIFY(press(Qt::Key_PageDown, 1));
    QVERIFY(press(Qt::Key_Space, 2));
    QVERIFY(press(Qt::Key_Backspace, 1));
    QCOMPARE(rowChanged.count(), 4);
    QTRY_VERIFY(viewer.isPhotoShown());
    saveScreenshot(QStringLiteral("viewer-photo"));
}

void TestPhotoViewer::escapeAndEnterClose()
{
    addPhoto(QStringLiteral("a.jpg"), 1);
    addPhoto(QStringLiteral("b.jpg"), 2);
    PhotoViewer &viewer = openViewer(0);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QSignalSpy closed(&viewer, &PhotoViewer::closed);
    QTest::keyClick(&viewer, Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!viewer.isVisible());

    // Reopened, on another photo; Enter closes too.
    viewer.showPhotoAt(1);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QCOMPARE(viewer.currentRow(), 1);
    QTest::keyClick(&viewer, Qt::Key_Return);
    QCOMPARE(closed.count(), 2);
    QVERIFY(!viewer.isVisible());
}

void TestPhotoViewer::brokenPhotoSaysWhy()
{
    addPhoto(QStringLiteral("fine.jpg"), 1);
    addBrokenPhoto(QStringLiteral("broken.jpg"));
    PhotoViewer &viewer = openViewer(1);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY(!viewer.errorText().isEmpty());
    QVERIFY(!viewer.isPhotoShown());
    saveScreenshot(QStringLiteral("viewer-broken"));

    // The message is on screen: light text in the middle of the black, not a blank screen.
    const QImage image = rendered(viewer);
    int lightPixels = 0;
    for (int y = image.height() / 3; y < image.height() * 2 / 3; ++y)
        for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x)
            lightPixels += qGray(image.pixel(x, y)) > 128;
    QVERIFY2(lightPixels > 200, qPrintable(QString::number(lightPixels)));

    // The good photo next to it shows, without the broken one's message.
    QTest::keyClick(&viewer, Qt::Key_Left);
    QTRY_VERIFY(viewer.isPhotoShown());
    QCOMPARE(viewer.errorText(), QString());
}

void TestPhotoViewer::zoomTogglesBetweenFitAndActualPixels()
{
    // Much larger than the screen, with detail only 100% shows: a one-pixel checkerboard.
    QImage checkerboard(3200, 2400, QImage::Format_RGB32);
    for (int y = 0; y < checkerboard.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(checkerboard.scanLine(y));
        for (int x = 0; x < checkerboard.width(); ++x)
            line[x] = (x + y) % 2 ? qRgb(255, 255, 255) : qRgb(0, 0, 0);
    }
    addPhoto(QStringLiteral("checkerboard.png"), checkerboard);
    PhotoViewer &viewer = openViewer(0);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY(viewer.isPhotoShown());
    QVERIFY(viewer.isFitted());
    QVERIFY(viewer.zoomFactor() < 0.5);
    QVERIFY2(checkerContrast(rendered(viewer)) < 100, "fitted, the checkerboard is grey");

    QTest::keyClick(&viewer, Qt::Key_F);
    QVERIFY(!viewer.isFitted());
    QCOMPARE(viewer.zoomFactor(), 1.0);
    // The full-size decode arrives and replaces the enlarged screen-size image: every photo pixel
    // on its own screen pixel.
    QTRY_VERIFY_WITH_TIMEOUT(checkerContrast(rendered(viewer)) > 200, 10000);
    saveScreenshot(QStringLiteral("viewer-100"));

    QTest::keyClick(&viewer, Qt::Key_1);
    QVERIFY(viewer.isFitted());

    const QPoint middle = viewer.rect().center();
    QTest::mouseDClick(&viewer, Qt::LeftButton, {}, middle);
    QVERIFY(!viewer.isFitted());
    QCOMPARE(viewer.zoomFactor(), 1.0);
    QTest::mouseDClick(&viewer, Qt::LeftButton, {}, middle);
    QVERIFY(viewer.isFitted());
}

void TestPhotoViewer::zoomInAndOutWithKeys()
{
    addPhoto(QStringLiteral("large.jpg"), 1, QSize(2400, 1800));
    PhotoViewer &viewer = openViewer(0);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY(viewer.isPhotoShown());
    const double fit = viewer.zoomFactor();
    QTest::keyClick(&viewer, Qt::Key_Plus);
    QVERIFY(!viewer.isFitted());
    QVERIFY(qFuzzyCompare(viewer.zoomFactor(), fit * 1.25));
    QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ShiftModifier); // "+" as US keyboards type it
    QVERIFY(qFuzzyCompare(viewer.zoomFactor(), fit * 1.25 * 1.25));
    QTest::keyClick(&viewer, Qt::Key_Minus);
    QTest::keyClick(&viewer, Qt::Key_Minus);
    QVERIFY(viewer.isFitted());
    QTest::keyClick(&viewer, Qt::Key_Minus); // never smaller than fitted
    QCOMPARE(viewer.zoomFactor(), fit);

    // A new photo opens fitted again.
    QTest::keyClick(&viewer, Qt::Key_F);
    QVERIFY(!viewer.isFitted());
    addPhoto(QStringLiteral("second.jpg"), 2, QSize(2400, 1800));
    QTest::keyClick(&viewer, Qt::Key_Right);
    QCOMPARE(viewer.currentRow(), 1);
    QVERIFY(viewer.isFitted());
}

void TestPhotoViewer::infoOverlayAndSlideshow()
{
    addPhoto(QStringLiteral("first.jpg"), 1);
    addPhoto(QStringLiteral("second.jpg"), 2);
    addPhoto(QStringLiteral("third.jpg"), 3);
    PhotoViewer &viewer = openViewer(2);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QTRY_VERIFY(viewer.isPhotoShown());
    const QImage without = rendered(viewer);

    QVERIFY(!viewer.isInfoVisible());
    QTest::keyClick(&viewer, Qt::Key_I);
    QVERIFY(viewer.isInfoVisible());
    // The overlay is painted: the bottom left corner is no longer what it was.
    const QImage with = rendered(viewer);
    const QRect corner(0, with.height() * 3 / 4, with.width() / 3, with.height() / 4);
    QVERIFY(with.copy(corner) != without.copy(corner));
    saveScreenshot(QStringLiteral("viewer-info"));
    QTest::keyClick(&viewer, Qt::Key_I);
    QVERIFY(!viewer.isInfoVisible());

    QTest::keyClick(&viewer, Qt::Key_S);
    QVERIFY(viewer.isSlideshowRunning());
    saveScreenshot(QStringLiteral("viewer-slideshow"));
    // From the last photo the slideshow goes round to the first.
    QTRY_COMPARE_WITH_TIMEOUT(viewer.currentRow(), 0, PhotoViewer::SlideshowIntervalMs + 2000);
    QTest::keyClick(&viewer, Qt::Key_S);
    QVERIFY(!viewer.isSlideshowRunning());
    QTest::qWait(PhotoViewer::SlideshowIntervalMs + 500);
    QCOMPARE(viewer.currentRow(), 0);

    // Closing stops a slideshow.
    viewer.setSlideshowRunning(true);
    viewer.close();
    QVERIFY(!viewer.isSlideshowRunning());
}

void TestPhotoViewer::rapidSteppingEndsOnTheRightPhoto()
{
    // Decodes queued for photos the user has already passed are dropped or discarded; the one
    // stopped at is the one shown, whichever decode finishes last.
    for (int i = 0; i < 12; ++i) {
        if (i % 3 == 1)
            addBrokenPhoto(QStringLiteral("broken%1.jpg").arg(i));
        else
            addPhoto(QStringLiteral("photo%1.jpg").arg(i), i, QSize(2000, 1500));
    }
    PhotoViewer &viewer = openViewer(0);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(&viewer, Qt::Key_Right);
    QCOMPARE(viewer.currentRow(), 9);
    QTRY_VERIFY(viewer.isPhotoShown());
    QCOMPARE(viewer.errorText(), QString());
    QTest::keyClick(&viewer, Qt::Key_Right);
    QTRY_VERIFY(!viewer.errorText().isEmpty()); // row 10 is broken
    QTest::keyClick(&viewer, Qt::Key_Right);
    QTRY_VERIFY(viewer.isPhotoShown());
    QCOMPARE(viewer.errorText(), QString());
}

void TestPhotoViewer::followsTheModel()
{
    for (int i = 0; i < 4; ++i)
        addPhoto(QStringLiteral("photo%1.jpg").arg(i), i);
    PhotoViewer &viewer = openViewer(2);
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    const qint64 shownId = m_model->index(2, 0).data(PhotoGridModel::PhotoIdRole).toLongLong();
    QSignalSpy rowChanged(&viewer, &PhotoViewer::currentRowChanged);

    // A row removed before it: the same photo, one row up.
    m_model->removeRow(0);
    QCOMPARE(viewer.currentRow(), 1);
    QCOMPARE(rowChanged.takeFirst().at(0).toInt(), 1);
    QCOMPARE(m_model->index(viewer.currentRow(), 0).data(PhotoGridModel::PhotoIdRole).toLongLong(),
             shownId);

    // The photo itself removed: the one that takes its place.
    m_model->removeRow(1);
    QCOMPARE(viewer.currentRow(), 1);
    QCOMPARE(rowChanged.count(), 1);
    QVERIFY(viewer.isVisible());

    // Nothing left to show: the viewer closes.
    QSignalSpy closed(&viewer, &PhotoViewer::closed);
    m_model->clear();
    QCOMPARE(closed.count(), 1);
    QVERIFY(!viewer.isVisible());
    QCOMPARE(viewer.currentRow(), -1);
}

QTEST_MAIN(TestPhotoViewer)
#include "tst_photoviewer.moc"
