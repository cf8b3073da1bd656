// The library window as a user drives it: drops, keys, the viewer, a cancelled import; events
// renamed in their header, photos dragged onto another event, split and merged, each undone.

#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventservice.h"
#include "core/import/importjob.h"
#include "core/library/photogridmodel.h"
#include "core/library/sidebar/sidebarmodel.h"
#include "core/thumbnails/thumbnailservice.h"
#include "tests/support/testphotofactory.h"
#include "tests/ui/events/eventtestphotos.h"
#include "tests/ui/support/mainwindowfixture.h"
#include "ui/common/photomimedata.h"
#include "ui/events/eventactions.h"
#include "ui/events/eventheader.h"
#include "ui/events/inlineeditor.h"
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
#include <QUndoStack>
#include <QUrl>

#include <memory>

namespace {

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

// The sidebar row of an event, found by its title.
QModelIndex eventRow(const SidebarModel &model, const QString &title,
                     const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == title &&
            index.data(SidebarModel::SourceRole).value<PhotoSource>().kind ==
                PhotoSource::Kind::Event)
            return index;
        if (const QModelIndex found = eventRow(model, title, index); found.isValid())
            return found;
    }
    return {};
}

qint64 eventIdOf(const QModelIndex &row)
{
    return row.data(SidebarModel::SourceRole).value<PhotoSource>().eventId;
}

// Imports the events photos through the window and shows the first day of the conference.
bool openConferenceDay(MainWindow &window, const QString &photos)
{
    if (!importAndWait(window, photos))
        return false;
    return window.sidebarView()->selectSource(PhotoSource::event(
        eventIdOf(eventRow(*window.sidebarModel(), QStringLiteral("20 May 2026")))));
}

// Drags the mime data over the sidebar onto `target` and drops it there, as a mouse would.
bool dropOnSidebar(SidebarView *sidebar, const QModelIndex &target, const QMimeData *mime)
{
    const QPoint position = sidebar->visualRect(target).center();
    QDragEnterEvent enter(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sidebar->viewport(), &enter);
    QDragMoveEvent move(position, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sidebar->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(position), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(sidebar->viewport(), &drop);
    return drop.isAccepted();
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
    void eventsShowInTheSidebarAndTheirHeader();
    void renameInTheHeaderThenUndoWithCtrlZ();
    void photosDraggedOntoAnotherEventMoveThereUntilUndone();
    void photosDraggedOnTheWindowAreNotImportedAgain();
    void splitAndMergeFromTheKeyboard();
    void newEventFromSelectionWaitsForItsName();

private:
    QTemporaryDir m_dir;
    QString m_photos;
    QString m_eventPhotos;
    int m_run = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorkboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_photos = m_dir.filePath(QStringLiteral("photos"));
    writePhotos(m_photos, 30);
    m_eventPhotos = m_dir.filePath(QStringLiteral("events"));
    const QString error = EventTestPhotos::write(m_eventPhotos, EventTestPhotos::twoYears());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Event titles are dates in the user's format: these tests read British English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMainWindow::init()
{
    QSettings().clear(); // each test starts from a first run
    ++m_run;
}

void TestMainWindow::droppedFilesAreImportedAndShown()
{
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
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
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
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
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
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
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
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
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
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
        MainWindowFixture fixture(folder);
        QVERIFY(importAndWait(*fixture.window, photos));
        QTRY_VERIFY(fixture.window->sidebarView()->selectSource(PhotoSource::problems()));
        QCOMPARE(fixture.window->photoModel()->rowCount(), 1);
        fixture.window->close();
    }
    MainWindowFixture reopened(folder);
    QVERIFY(QTest::qWaitForWindowExposed(reopened.window.get()));
    QCOMPARE(reopened.window->photoModel()->source(), PhotoSource::problems());
    QCOMPARE(reopened.window->photoModel()->rowCount(), 1);
    auto *problem =
        reopened.window->infoPanel()->findChild<QLabel *>(QStringLiteral("problemValue"));
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisibleTo(reopened.window.get()));
    QVERIFY(problem->text().startsWith(QStringLiteral("The file cannot be read")));
}

void TestMainWindow::eventsShowInTheSidebarAndTheirHeader()
{
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    MainWindow &window = *fixture.window;
    QVERIFY(openConferenceDay(window, m_eventPhotos));
    // Between the library and the folders, newest year first.
    QStringList headings;
    for (int row = 0; row < window.sidebarModel()->rowCount(); ++row)
        headings.append(window.sidebarModel()->index(row, 0).data().toString());
    QCOMPARE(headings.mid(0, 3), QStringList({QStringLiteral("Library"), QStringLiteral("Events"),
                                              QStringLiteral("Folders")}));
    const QModelIndex events = window.sidebarModel()->index(1, 0);
    QCOMPARE(events.model()->index(0, 0, events).data().toString(), QStringLiteral("2026"));
    QCOMPARE(events.model()->index(1, 0, events).data().toString(), QStringLiteral("2025"));

    QCOMPARE(window.photoModel()->rowCount(), 4);
    EventHeader *header = window.eventHeader();
    QVERIFY(header->isVisible());
    QCOMPARE(header->titleEditor()->label()->text(), QStringLiteral("Add a title"));
    auto *dates = header->findChild<QLabel *>(QStringLiteral("eventDates"));
    QCOMPARE(dates->text(), QStringLiteral("20 May 2026, 09:30–10:20"));

    // Another source: the event header goes.
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));
    QVERIFY(!header->isVisible());
    QCOMPARE(window.photoModel()->rowCount(), 9);
}

void TestMainWindow::renameInTheHeaderThenUndoWithCtrlZ()
{
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window); // shortcuts need an active window
    QVERIFY(openConferenceDay(window, m_eventPhotos));
    const QPersistentModelIndex row =
        eventRow(*window.sidebarModel(), QStringLiteral("20 May 2026"));
    const qint64 eventId = eventIdOf(row);

    InlineEditor *title = window.eventHeader()->titleEditor();
    QTest::mouseClick(title->label(), Qt::LeftButton);
    QVERIFY(title->isEditing());
    QTest::keyClicks(title->editor(), QStringLiteral("KubeCon day 1"));
    QTest::keyClick(title->editor(), Qt::Key_Return);
    QVERIFY(!title->isEditing());
    QCOMPARE(window.eventService()->event(eventId)->event.title, QStringLiteral("KubeCon day 1"));
    QCOMPARE(row.data().toString(), QStringLiteral("KubeCon day 1")); // the sidebar follows
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Rename Event"));

    QTest::keyClick(window.gridView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.eventService()->event(eventId)->event.title, QString());
    QCOMPARE(row.data().toString(), QStringLiteral("20 May 2026"));
    QCOMPARE(title->label()->text(), QStringLiteral("Add a title"));
    QVERIFY(window.undoStack()->canRedo());

    // F2 renames too.
    window.gridView()->setFocus();
    QTest::keyClick(window.gridView(), Qt::Key_F2);
    QVERIFY(title->isEditing());
    QTest::keyClick(title->editor(), Qt::Key_Escape);
    QVERIFY(!title->isEditing());
}

void TestMainWindow::photosDraggedOntoAnotherEventMoveThereUntilUndone()
{
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(openConferenceDay(window, m_eventPhotos));
    const QPersistentModelIndex day3 =
        eventRow(*window.sidebarModel(), QStringLiteral("22 May 2026"));
    QVERIFY(day3.isValid());
    QCOMPARE(day3.data(SidebarModel::CountRole).toInt(), 2);

    // The last two photos of the first day, dragged from the grid onto the other day.
    PhotoGridView *grid = window.gridView();
    QCOMPARE(grid->model()->rowCount(), 4);
    grid->selectionModel()->select(
        QItemSelection(grid->model()->index(2, 0), grid->model()->index(3, 0)),
        QItemSelectionModel::ClearAndSelect);
    std::unique_ptr<QMimeData> mime(grid->selectionMimeData());
    QVERIFY(mime);
    QCOMPARE(PhotoMimeData::photoIds(mime.get()).size(), 2);
    QCOMPARE(mime->urls().size(), 2); // a file manager takes the files
    QVERIFY(mime->urls().constFirst().toLocalFile().endsWith(QStringLiteral("day1_3.jpg")));
    QVERIFY(dropOnSidebar(window.sidebarView(), day3, mime.get()));

    QCOMPARE(day3.data(SidebarModel::CountRole).toInt(), 4);
    QCOMPARE(grid->model()->rowCount(), 2); // they left the event on screen
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Move 2 Photo(s) to Event"));

    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(day3.data(SidebarModel::CountRole).toInt(), 2);
    QCOMPARE(grid->model()->rowCount(), 4);
    QCOMPARE(grid->model()->index(3, 0).data(PhotoGridModel::FileNameRole).toString(),
             QStringLiteral("day1_4.jpg"));
}

void TestMainWindow::photosDraggedOnTheWindowAreNotImportedAgain()
{
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    std::unique_ptr<QMimeData> mime(
        PhotoMimeData::create({1}, {m_photos + QStringLiteral("/IMG_0000.jpg")}));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton,
                          Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(fixture.window.get(), &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(!fixture.importJob->isRunning());
}

void TestMainWindow::splitAndMergeFromTheKeyboard()
{
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(openConferenceDay(window, m_eventPhotos));
    const qint64 day1 = window.eventHeader()->eventId();
    PhotoGridView *grid = window.gridView();
    grid->setFocus();
    EventActions *actions = window.eventActions();

    // Not at the first photo: there is nothing before it to keep.
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QVERIFY(!actions->splitAction()->isEnabled());
    grid->setCurrentIndex(grid->model()->index(2, 0));
    QVERIFY(actions->splitAction()->isEnabled());
    QTest::keyClick(grid, Qt::Key_K, Qt::ControlModifier);
    // The new event is shown: the photo split at and the one after it.
    const qint64 split = window.eventHeader()->eventId();
    QVERIFY(split != day1);
    QCOMPARE(window.photoModel()->source(), PhotoSource::event(split));
    QCOMPARE(grid->model()->rowCount(), 2);
    QCOMPARE(window.eventService()->event(day1)->photoCount, 2);

    // And back together: merged into the earlier one, which is shown.
    QVERIFY(actions->mergePreviousAction()->isEnabled());
    QTest::keyClick(grid, Qt::Key_J, Qt::ControlModifier);
    QTRY_COMPARE(window.photoModel()->source(), PhotoSource::event(day1));
    QCOMPARE(grid->model()->rowCount(), 4);
    QVERIFY(!window.eventService()->event(split));

    // Undo the merge, then the split: as imported, and showing an event that exists.
    window.undoStack()->undo();
    QCOMPARE(window.eventService()->event(split)->photoCount, 2);
    window.undoStack()->undo();
    QVERIFY(!window.eventService()->event(split));
    QTRY_COMPARE(window.photoModel()->source(), PhotoSource::event(day1));
    QCOMPARE(window.eventService()->event(day1)->photoCount, 4);
    QCOMPARE(grid->model()->rowCount(), 4);
}

void TestMainWindow::newEventFromSelectionWaitsForItsName()
{
    MainWindowFixture fixture(m_dir.filePath(QStringLiteral("run%1").arg(m_run)));
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(openConferenceDay(window, m_eventPhotos));
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));
    PhotoGridView *grid = window.gridView();
    grid->setFocus();
    EventActions *actions = window.eventActions();
    grid->clearSelection();
    QVERIFY(!actions->newEventAction()->isEnabled());
    // Two photos of the summer day.
    grid->selectionModel()->select(
        QItemSelection(grid->model()->index(1, 0), grid->model()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect);
    QVERIFY(actions->newEventAction()->isEnabled());
    QTest::keyClick(grid, Qt::Key_E, Qt::ControlModifier);
    const qint64 made = window.eventHeader()->eventId();
    QVERIFY(made != 0);
    QCOMPARE(window.photoModel()->source(), PhotoSource::event(made));
    QCOMPARE(grid->model()->rowCount(), 2);
    InlineEditor *title = window.eventHeader()->titleEditor();
    QVERIFY(title->isEditing());
    QTest::keyClicks(title->editor(), QStringLiteral("Beach"));
    QTest::keyClick(title->editor(), Qt::Key_Return);
    QVERIFY(eventRow(*window.sidebarModel(), QStringLiteral("Beach")).isValid());
    QCOMPARE(window.undoStack()->count(), 2);
    // Undoing both leaves no trace, and the grid shows where the photos went back to.
    window.undoStack()->undo();
    window.undoStack()->undo();
    QVERIFY(!window.eventService()->event(made));
    QTRY_VERIFY(window.photoModel()->source().kind == PhotoSource::Kind::Event &&
                window.photoModel()->source().eventId != made);
    QCOMPARE(grid->model()->rowCount(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
