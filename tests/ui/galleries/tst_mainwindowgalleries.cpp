// Galleries in the library window: the Galleries section, a gallery chosen there shown as its
// board in the grid's place, New Gallery from Selection (belonging to the event on screen,
// selected once made), photos dropped on a gallery's row, delete and its undo.

#include "core/catalog/catalog.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/import/importjob.h"
#include "core/library/photogridmodel.h"
#include "core/library/sidebar/sidebarmodel.h"
#include "core/thumbnails/thumbnailservice.h"
#include "tests/ui/events/eventtestphotos.h"
#include "tests/ui/support/mainwindowfixture.h"
#include "ui/common/photomimedata.h"
#include "ui/galleries/galleryactions.h"
#include "ui/galleries/galleryboardview.h"
#include "ui/galleries/gallerypage.h"
#include "ui/galleries/galleryscene.h"
#include "ui/import/importcontroller.h"
#include "ui/library/mainwindow.h"
#include "ui/library/photogridview.h"
#include "ui/library/sidebarview.h"
#include "ui/preferences/appsettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace {

QModelIndex rowOfKind(const SidebarModel &model, PhotoSource::Kind kind, const QString &title,
                      const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == title &&
            index.data(SidebarModel::SourceRole).value<PhotoSource>().kind == kind)
            return index;
        if (const QModelIndex found = rowOfKind(model, kind, title, index); found.isValid())
            return found;
    }
    return {};
}

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

QStackedWidget *centralStack(MainWindow &window)
{
    return window.galleryPage()->parentWidget()
               ? qobject_cast<QStackedWidget *>(window.galleryPage()->parentWidget())
               : nullptr;
}

} // namespace

class TestMainWindowGalleries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newGalleryFromTheSelectionOfAnEvent();
    void choosingAGalleryShowsItsBoard();
    void photosDroppedOnAGalleryRowAreAdded();
    void deleteGalleryAsksAndUndoes();

private:
    MainWindow &openWindow();

    QTemporaryDir m_dir;
    QString m_eventPhotos;
    int m_run = 0;
    std::unique_ptr<MainWindowFixture> m_fixture;
};

void TestMainWindowGalleries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorkboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowgalleries"));
    m_eventPhotos = m_dir.filePath(QStringLiteral("events"));
    const QString error = EventTestPhotos::write(m_eventPhotos, EventTestPhotos::twoYears());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMainWindowGalleries::init()
{
    QSettings().clear();
    ++m_run;
    m_fixture.reset();
}

MainWindow &TestMainWindowGalleries::openWindow()
{
    m_fixture = std::make_unique<MainWindowFixture>(
        m_dir.filePath(QStringLiteral("run%1").arg(m_run)), QSize(1200, 760));
    MainWindow &window = *m_fixture->window;
    [&] {
        QCOMPARE(m_fixture->catalogError, QString());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(importAndWait(window, m_eventPhotos));
    }();
    return window;
}

void TestMainWindowGalleries::newGalleryFromTheSelectionOfAnEvent()
{
    MainWindow &window = openWindow();
    const QModelIndex day =
        rowOfKind(*window.sidebarModel(), PhotoSource::Kind::Event, QStringLiteral("20 May 2026"));
    QVERIFY(day.isValid());
    const qint64 event = day.data(SidebarModel::SourceRole).value<PhotoSource>().eventId;
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::event(event)));
    PhotoGridView *grid = window.gridView();
    QCOMPARE(grid->model()->rowCount(), 4);
    grid->setFocus();
    grid->selectionModel()->select(
        QItemSelection(grid->model()->index(1, 0), grid->model()->index(3, 0)),
        QItemSelectionModel::ClearAndSelect);
    QVERIFY(window.galleryActions()->newGalleryAction()->isEnabled());

    QTest::keyClick(grid, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("New Gallery from 3 Photo(s)"));
    const QList<Gallery> galleries = window.galleryService()->galleries();
    QCOMPARE(galleries.size(), 1);
    QCOMPARE(galleries.constFirst().eventId, event);
    // Made, it is chosen in the sidebar and its board takes the grid's place.
    QCOMPARE(window.sidebarView()->currentSource(), PhotoSource::gallery(galleries.first().id));
    QCOMPARE(centralStack(window)->currentWidget(), window.galleryPage());
    QCOMPARE(window.galleryPage()->board()->boardScene()->noteItems().size(), 3);
    const QModelIndex row = rowOfKind(*window.sidebarModel(), PhotoSource::Kind::Gallery,
                                      QStringLiteral("Untitled Gallery"));
    QVERIFY(row.isValid());
    // Its event is named below its title.
    QCOMPARE(row.data(SidebarModel::SubtitleRole).toString(),
             EventService::displayTitle(*window.eventService()->event(event)));

    // Undo takes it away again; the sidebar falls back to another source and the grid returns.
    QTest::keyClick(window.galleryPage()->board(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window.galleryService()->galleries().isEmpty());
    QVERIFY(!rowOfKind(*window.sidebarModel(), PhotoSource::Kind::Gallery,
                       QStringLiteral("Untitled Gallery"))
                 .isValid());
    QTRY_VERIFY(centralStack(window)->currentWidget() != window.galleryPage());
}

void TestMainWindowGalleries::choosingAGalleryShowsItsBoard()
{
    MainWindow &window = openWindow();
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));
    QCOMPARE(window.photoModel()->rowCount(), 9);
    QList<qint64> photos;
    for (int row = 0; row < 5; ++row)
        photos.append(
            window.photoModel()->index(row).data(PhotoGridModel::PhotoIdRole).toLongLong());
    GalleryService &service = *window.galleryService();
    const GalleryEdit edit =
        service.createFromPhotos(photos, QStringLiteral("Summer"), 0, GalleryStyle::Board);
    window.galleryActions()->push(edit);
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));
    QVERIFY(centralStack(window)->currentWidget() != window.galleryPage());

    const QModelIndex row =
        rowOfKind(*window.sidebarModel(), PhotoSource::Kind::Gallery, QStringLiteral("Summer"));
    QVERIFY(row.isValid());
    QCOMPARE(row.data(SidebarModel::CountRole).toInt(), 5);
    window.sidebarView()->setCurrentIndex(row);
    QCOMPARE(centralStack(window)->currentWidget(), window.galleryPage());
    QVERIFY(window.galleryPage()->isVisible());
    QCOMPARE(window.galleryPage()->galleryId(), edit.focusGalleryId);
    QCOMPARE(window.galleryPage()->board()->boardScene()->noteItems().size(), 5);
    QVERIFY(window.galleryActions()->reshuffleAction()->isEnabled());
    QVERIFY(window.galleryActions()->styleAction(GalleryStyle::Board)->isChecked());

    // Ctrl+R reshuffles the gallery on screen; Ctrl+Z takes it back.
    const quint32 seed = service.gallery(edit.focusGalleryId)->seed;
    window.galleryPage()->board()->setFocus();
    QTest::keyClick(window.galleryPage()->board(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(service.gallery(edit.focusGalleryId)->seed != seed);
    QTest::keyClick(window.galleryPage()->board(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(service.gallery(edit.focusGalleryId)->seed, seed);

    // The style from the menu's actions.
    window.galleryActions()->styleAction(GalleryStyle::Grid)->trigger();
    QCOMPARE(service.gallery(edit.focusGalleryId)->style, GalleryStyle::Grid);

    // Choosing a source of photos brings the grid back.
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));
    QCOMPARE(centralStack(window)->currentWidget(), static_cast<QWidget *>(window.gridView()));
    QVERIFY(!window.galleryActions()->reshuffleAction()->isEnabled());
}

void TestMainWindowGalleries::photosDroppedOnAGalleryRowAreAdded()
{
    MainWindow &window = openWindow();
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));
    PhotoGridView *grid = window.gridView();
    grid->selectionModel()->select(
        QItemSelection(grid->model()->index(0, 0), grid->model()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect);
    window.galleryActions()->newGalleryFromSelection();
    const qint64 id = window.galleryService()->galleries().constFirst().id;
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));

    grid->selectionModel()->select(
        QItemSelection(grid->model()->index(1, 0), grid->model()->index(4, 0)),
        QItemSelectionModel::ClearAndSelect);
    std::unique_ptr<QMimeData> mime(grid->selectionMimeData());
    QVERIFY(mime);
    const QPersistentModelIndex row =
        window.sidebarModel()->indexOfSource(PhotoSource::gallery(id));
    QVERIFY(row.isValid());
    QVERIFY(dropOnSidebar(window.sidebarView(), row, mime.get()));
    // The one already in it is left out.
    QCOMPARE(window.galleryService()->notes(id).size(), 5);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Add 3 Photo(s) to Gallery"));
    QCOMPARE(row.data(SidebarModel::CountRole).toInt(), 5);
    window.undoStack()->undo();
    QCOMPARE(window.galleryService()->notes(id).size(), 2);
}

void TestMainWindowGalleries::deleteGalleryAsksAndUndoes()
{
    MainWindow &window = openWindow();
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));
    window.gridView()->setCurrentIndex(window.photoModel()->index(0));
    window.galleryActions()->newGalleryFromSelection();
    const qint64 id = window.galleryService()->galleries().constFirst().id;
    QCOMPARE(window.sidebarView()->currentSource(), PhotoSource::gallery(id));

    // Cancel first, then Yes.
    for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
        QTimer::singleShot(0, this, [answer]() {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(answer)->click();
        });
        window.galleryActions()->deleteAction()->trigger();
        QCOMPARE(window.galleryService()->gallery(id).has_value(), answer == QMessageBox::Cancel);
    }
    QVERIFY(!window.sidebarModel()->indexOfSource(PhotoSource::gallery(id)).isValid());
    window.undoStack()->undo();
    QVERIFY(window.galleryService()->gallery(id).has_value());
    QVERIFY(window.sidebarModel()->indexOfSource(PhotoSource::gallery(id)).isValid());
}

QTEST_MAIN(TestMainWindowGalleries)
#include "tst_mainwindowgalleries.moc"
