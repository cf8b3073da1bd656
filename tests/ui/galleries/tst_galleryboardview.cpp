// The board as a user drives it: notes shown for a gallery; dragged, turned, resized, captioned
// and deleted with the mouse and keys, each one step on the undo stack that undo takes back;
// reshuffle and style from the page's header; a missing photo's marker; zoom keys; the viewer.

#include "core/catalog/photorepository.h"
#include "core/galleries/gallerylayout.h"
#include "tests/ui/galleries/gallerytestcatalog.h"
#include "ui/events/inlineeditor.h"
#include "ui/galleries/captioneditor.h"
#include "ui/galleries/galleryboardview.h"
#include "ui/galleries/gallerypage.h"
#include "ui/galleries/galleryphotosmodel.h"
#include "ui/galleries/galleryscene.h"
#include "ui/galleries/notehandle.h"
#include "ui/galleries/noteitem.h"
#include "ui/viewer/photoviewer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

void sendMouse(QWidget *viewport, QEvent::Type type, QPoint at, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPointF global = viewport->mapToGlobal(QPointF(at));
    QMouseEvent event(type, QPointF(at), global, Qt::LeftButton, buttons, modifiers);
    QApplication::sendEvent(viewport, &event);
}

// A drag with the left button in steps, as a hand does it.
void drag(QGraphicsView &view, QPointF fromScene, QPointF toScene)
{
    QWidget *viewport = view.viewport();
    const QPoint from = view.mapFromScene(fromScene);
    const QPoint to = view.mapFromScene(toScene);
    sendMouse(viewport, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int step = 1; step <= 6; ++step)
        sendMouse(viewport, QEvent::MouseMove, from + (to - from) * step / 6, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

void doubleClick(QGraphicsView &view, QPointF scenePoint)
{
    QWidget *viewport = view.viewport();
    const QPoint at = view.mapFromScene(scenePoint);
    sendMouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::NoButton);
    sendMouse(viewport, QEvent::MouseButtonDblClick, at, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::NoButton);
}

void click(QGraphicsView &view, QPointF scenePoint,
           Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *viewport = view.viewport();
    const QPoint at = view.mapFromScene(scenePoint);
    sendMouse(viewport, QEvent::MouseButtonPress, at, Qt::LeftButton, modifiers);
    sendMouse(viewport, QEvent::MouseButtonRelease, at, Qt::NoButton, modifiers);
}

} // namespace

class TestGalleryBoardView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEveryNoteWhereTheLayoutPutsIt();
    void dragOnABoardMovesAndUndoes();
    void dragInAStripReordersAndUndoes();
    void rotateHandleTurnsAndUndoes();
    void resizeHandleResizesAndUndoes();
    void captionEditsInPlace();
    void deleteRemovesSelectedNotes();
    void reshuffleAndStyleFromTheHeader();
    void missingPhotoShowsItsMarker();
    void thumbnailsReplaceThePlaceholder();
    void undecodablePhotoShowsTheMarkerToo();
    void zoomKeysAndFit();
    void doubleClickOpensTheViewerInGalleryOrder();

private:
    void showGallery(int notes, GalleryStyle style);
    NoteItem *note(int index) const;
    GalleryBoardView &board() const { return *m_page->board(); }

    std::unique_ptr<GalleryTestCatalog> m_catalog;
    std::unique_ptr<GalleryPage> m_page;
    qint64 m_gallery = 0;
};

void TestGalleryBoardView::init()
{
    m_catalog = std::make_unique<GalleryTestCatalog>(8);
    QCOMPARE(m_catalog->error(), QString());
}

void TestGalleryBoardView::cleanup()
{
    m_page.reset();
    m_catalog.reset();
}

void TestGalleryBoardView::showGallery(int notes, GalleryStyle style)
{
    m_gallery = m_catalog->newGallery(notes, style);
    QVERIFY(m_gallery != 0);
    m_catalog->undoStack().clear();
    m_page =
        std::make_unique<GalleryPage>(m_catalog->service(), nullptr, m_catalog->undoStack(),
                                      m_catalog->thumbnails(), m_catalog->catalog().connection());
    m_page->resize(1100, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setGallery(m_gallery);
    // Zoomed to 1:1 so that board units are pixels: drags land where the test aims them.
    board().setZoom(1.0);
}

NoteItem *TestGalleryBoardView::note(int index) const
{
    const QList<NoteItem *> notes = board().boardScene()->noteItems();
    return index < notes.size() ? notes.at(index) : nullptr;
}

void TestGalleryBoardView::showsEveryNoteWhereTheLayoutPutsIt()
{
    showGallery(6, GalleryStyle::Strip);
    const QList<NoteItem *> notes = board().boardScene()->noteItems();
    QCOMPARE(notes.size(), 6);
    const GalleryBoard laidOut = m_catalog->service().board(m_gallery);
    for (int i = 0; i < notes.size(); ++i) {
        const NotePlacement &placement = laidOut.notes.at(i);
        QCOMPARE(notes.at(i)->itemId(), placement.itemId);
        QCOMPARE(notes.at(i)->pos(), placement.rect.center());
        QCOMPARE(notes.at(i)->rotation(), placement.rotation);
        QCOMPARE(notes.at(i)->paperRect().size(), placement.rect.size());
    }
    QCOMPARE(board().boardScene()->boardRect().size(), laidOut.size);
    // The header names it.
    QCOMPARE(m_page->titleEditor()->text(), QStringLiteral("Test"));
}

void TestGalleryBoardView::dragOnABoardMovesAndUndoes()
{
    showGallery(4, GalleryStyle::Board);
    NoteItem *moved = note(1);
    const qint64 id = moved->itemId();
    const QPointF start = moved->pos();
    board().centerOn(start);
    drag(board(), start, start + QPointF(60, 40));
    QCOMPARE(m_catalog->undoStack().count(), 1);
    QCOMPARE(m_catalog->undoStack().undoText(), QStringLiteral("Move Note"));
    const std::optional<QPointF> stored = m_catalog->service().note(id)->item.look.position;
    QVERIFY(stored.has_value());
    QVERIFY(std::abs(board().boardScene()->noteItem(id)->pos().x() - (start.x() + 60)) < 1.0);
    m_catalog->undoStack().undo();
    QVERIFY(!m_catalog->service().note(id)->item.look.position.has_value());
    QCOMPARE(board().boardScene()->noteItem(id)->pos(), start);
}

void TestGalleryBoardView::dragInAStripReordersAndUndoes()
{
    showGallery(6, GalleryStyle::Strip);
    const qint64 first = note(0)->itemId();
    const QPointF target = note(2)->pos();
    board().centerOn(target);
    drag(board(), note(0)->pos(), target);
    QCOMPARE(m_catalog->undoStack().count(), 1);
    // It snapped into the third place; the board shows it there, not where it was let go.
    QCOMPARE(m_catalog->service().note(first)->item.position, 2);
    QCOMPARE(note(2)->itemId(), first);
    QCOMPARE(note(2)->pos(), m_catalog->service().board(m_gallery).notes.at(2).rect.center());
    m_catalog->undoStack().undo();
    QCOMPARE(m_catalog->service().note(first)->item.position, 0);
    QCOMPARE(note(0)->itemId(), first);
}

void TestGalleryBoardView::rotateHandleTurnsAndUndoes()
{
    showGallery(3, GalleryStyle::Grid);
    NoteItem *item = note(1);
    const qint64 id = item->itemId();
    board().centerOn(item->pos());
    click(board(), item->pos());
    QVERIFY(item->isSelected());
    QVERIFY(item->rotateHandle()->isVisible());
    QVERIFY(!note(0)->rotateHandle()->isVisible());
    // From the handle above the note to the right of its centre: a quarter turn clockwise.
    const QPointF handle = item->rotateHandle()->scenePos();
    drag(board(), handle, item->pos() + QPointF(item->paperRect().width(), 0));
    QCOMPARE(m_catalog->undoStack().count(), 1);
    QCOMPARE(m_catalog->undoStack().undoText(), QStringLiteral("Rotate Note"));
    QCOMPARE(*m_catalog->service().note(id)->item.look.rotation, 90.0);
    QCOMPARE(board().boardScene()->noteItem(id)->rotation(), 90.0);
    m_catalog->undoStack().undo();
    QVERIFY(!m_catalog->service().note(id)->item.look.rotation.has_value());
    QCOMPARE(board().boardScene()->noteItem(id)->rotation(), 0.0);
}

void TestGalleryBoardView::resizeHandleResizesAndUndoes()
{
    showGallery(3, GalleryStyle::Board);
    NoteItem *item = note(0);
    const qint64 id = item->itemId();
    const double width = item->photoWidth();
    board().centerOn(item->pos());
    click(board(), item->pos());
    QVERIFY(item->resizeHandle()->isVisible());
    const QPointF corner = item->resizeHandle()->scenePos();
    drag(board(), corner, item->mapToScene(item->paperRect().bottomRight() + QPointF(40, 0)));
    QCOMPARE(m_catalog->undoStack().count(), 1);
    const double stored = *m_catalog->service().note(id)->item.look.width;
    QVERIFY2(stored > width + 50, qPrintable(QString::number(stored)));
    QCOMPARE(board().boardScene()->noteItem(id)->photoWidth(), stored);
    m_catalog->undoStack().undo();
    QVERIFY(!m_catalog->service().note(id)->item.look.width.has_value());
    QCOMPARE(board().boardScene()->noteItem(id)->photoWidth(), width);
}

void TestGalleryBoardView::captionEditsInPlace()
{
    showGallery(3, GalleryStyle::Grid);
    NoteItem *item = note(1);
    const qint64 id = item->itemId();
    board().centerOn(item->pos());
    doubleClick(board(), item->mapToScene(item->captionRect().center()));
    GalleryScene *scene = board().boardScene();
    QVERIFY(scene->isEditingCaption());
    QTest::keyClicks(board().viewport(), QStringLiteral("Kubecon"));
    QTest::keyClick(board().viewport(), Qt::Key_Return);
    QVERIFY(!scene->isEditingCaption());
    QCOMPARE(m_catalog->service().note(id)->item.caption, QStringLiteral("Kubecon"));
    QCOMPARE(m_catalog->undoStack().undoText(), QStringLiteral("Edit Caption"));

    // Esc gives the old caption back and pushes nothing.
    item = scene->noteItem(id);
    doubleClick(board(), item->mapToScene(item->captionRect().center()));
    QVERIFY(scene->isEditingCaption());
    QTest::keyClicks(board().viewport(), QStringLiteral("Other"));
    QTest::keyClick(board().viewport(), Qt::Key_Escape);
    QVERIFY(!scene->isEditingCaption());
    QCOMPARE(m_catalog->undoStack().count(), 1);
    QCOMPARE(m_catalog->service().note(id)->item.caption, QStringLiteral("Kubecon"));

    m_catalog->undoStack().undo();
    QCOMPARE(m_catalog->service().note(id)->item.caption, QString());
}

void TestGalleryBoardView::deleteRemovesSelectedNotes()
{
    showGallery(6, GalleryStyle::Grid);
    board().centerOn(note(1)->pos());
    click(board(), note(1)->pos());
    click(board(), note(2)->pos(), Qt::ControlModifier);
    QCOMPARE(board().selectedItemIds().size(), 2);
    board().setFocus();
    QTest::keyClick(board().viewport(), Qt::Key_Delete);
    QCOMPARE(m_catalog->service().notes(m_gallery).size(), 4);
    QCOMPARE(board().boardScene()->noteItems().size(), 4);
    m_catalog->undoStack().undo();
    QCOMPARE(board().boardScene()->noteItems().size(), 6);
}

void TestGalleryBoardView::reshuffleAndStyleFromTheHeader()
{
    showGallery(6, GalleryStyle::Strip);
    const quint32 seed = m_catalog->service().gallery(m_gallery)->seed;
    const QList<double> tilts = [this] {
        QList<double> list;
        for (NoteItem *item : board().boardScene()->noteItems())
            list.append(item->rotation());
        return list;
    }();
    m_page->reshuffle();
    QCOMPARE(m_catalog->undoStack().count(), 1);
    QVERIFY(m_catalog->service().gallery(m_gallery)->seed != seed);
    m_catalog->undoStack().undo();
    QCOMPARE(m_catalog->service().gallery(m_gallery)->seed, seed);
    for (int i = 0; i < tilts.size(); ++i)
        QCOMPARE(note(i)->rotation(), tilts.at(i));

    // The style buttons: Grid lays the notes out straight.
    QAbstractButton *grid = nullptr;
    for (QAbstractButton *button : m_page->findChildren<QAbstractButton *>()) {
        if (button->text() == QStringLiteral("Grid"))
            grid = button;
    }
    QVERIFY(grid);
    grid->click();
    QCOMPARE(m_catalog->service().gallery(m_gallery)->style, GalleryStyle::Grid);
    for (NoteItem *item : board().boardScene()->noteItems())
        QCOMPARE(item->rotation(), 0.0);
    m_catalog->undoStack().undo();
    QCOMPARE(m_catalog->service().gallery(m_gallery)->style, GalleryStyle::Strip);
}

void TestGalleryBoardView::missingPhotoShowsItsMarker()
{
    showGallery(3, GalleryStyle::Grid);
    const qint64 photo = m_catalog->photos().at(1);
    QVERIFY(
        PhotoRepository(m_catalog->catalog().connection()).setState(photo, PhotoState::Missing));
    board().reload();
    NoteItem *item = note(1);
    QCOMPARE(item->note().photoState, GalleryNote::PhotoState::Missing);
    QCOMPARE(item->problemText(), QStringLiteral("Photo missing"));
    QVERIFY(note(0)->problemText().isEmpty());
    // The red mark is drawn where the photo would be.
    board().centerOn(item->pos());
    const QImage shot = board().viewport()->grab().toImage();
    // The mark: a red disc above the photo's middle (see NoteItem::paintProblem()).
    const QRectF area = item->photoRect();
    const double side = std::min(area.width(), area.height()) * 0.3;
    // Left of the white exclamation mark in its middle.
    const QPointF markCentre(area.center().x() - side * 0.3, area.center().y() - side * 0.25);
    const QPoint mark = board().mapFromScene(item->mapToScene(markCentre));
    const QColor seen = shot.pixelColor(mark * shot.devicePixelRatio());
    QVERIFY2(seen.red() > 150 && seen.green() < 100, qPrintable(seen.name()));
}

void TestGalleryBoardView::thumbnailsReplaceThePlaceholder()
{
    showGallery(3, GalleryStyle::Grid);
    board().centerOn(note(0)->pos());
    QTRY_VERIFY_WITH_TIMEOUT(note(0)->hasPhotoPixmap() && note(1)->hasPhotoPixmap(), 10000);
}

void TestGalleryBoardView::undecodablePhotoShowsTheMarkerToo()
{
    // The catalog still thinks the file fine; the thumbnail cannot be made from it.
    QFile broken(m_catalog->folder() + QStringLiteral("/photo_1.jpg"));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("not a JPEG at all");
    broken.close();
    showGallery(3, GalleryStyle::Grid);
    NoteItem *item = note(1);
    board().centerOn(item->pos());
    QTRY_VERIFY_WITH_TIMEOUT(m_catalog->thumbnails().failure(m_catalog->photos().at(1)), 10000);
    const QRectF area = item->photoRect();
    const double side = std::min(area.width(), area.height()) * 0.3;
    const QPoint mark = board().mapFromScene(
        item->mapToScene(QPointF(area.center().x() - side * 0.3, area.center().y() - side * 0.25)));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QImage shot = board().viewport()->grab().toImage();
            const QColor seen = shot.pixelColor(mark * shot.devicePixelRatio());
            return seen.red() > 150 && seen.green() < 100;
        }(),
        5000);
    QVERIFY(!item->hasPhotoPixmap());
}

void TestGalleryBoardView::zoomKeysAndFit()
{
    showGallery(6, GalleryStyle::Strip);
    board().setFocus();
    QTest::keyClick(board().viewport(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(board().zoom(), GalleryBoardView::kZoomStep);
    QTest::keyClick(board().viewport(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(board().viewport(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(board().zoom(), 1.0 / GalleryBoardView::kZoomStep);
    QTest::keyClick(board().viewport(), Qt::Key_0, Qt::ControlModifier);
    // Fitted: the board's width fills the view, less a margin.
    const double fitted = board().zoom() * board().boardScene()->boardRect().width();
    QVERIFY(fitted <= board().viewport()->width());
    QVERIFY(fitted > board().viewport()->width() * 0.9);
}

void TestGalleryBoardView::doubleClickOpensTheViewerInGalleryOrder()
{
    showGallery(4, GalleryStyle::Strip);
    // The gallery's own order: the third note goes first.
    const qint64 third = note(2)->itemId();
    QVERIFY(!m_catalog->service().reorderItem(third, 0).isEmpty());
    board().push(m_catalog->service().reorderItem(third, 0));
    NoteItem *item = note(1);
    board().centerOn(item->pos());
    doubleClick(board(), item->mapToScene(item->photoRect().center()));
    PhotoViewer *viewer = m_page->viewer();
    QVERIFY(viewer);
    QCOMPARE(viewer->currentRow(), 1);
    QCOMPARE(board().photosModel()->rowOfPhoto(m_catalog->photos().at(2)), 0);
    viewer->showPrevious();
    QCOMPARE(viewer->currentRow(), 0);
    // The board follows: the first note is selected.
    QCOMPARE(board().selectedItemIds(), QList<qint64>{third});
    viewer->close();
}

QTEST_MAIN(TestGalleryBoardView)
#include "tst_galleryboardview.moc"
