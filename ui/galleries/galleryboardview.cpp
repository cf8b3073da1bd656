#include "ui/galleries/galleryboardview.h"

#include "core/galleries/galleryeditcommand.h"
#include "core/galleries/galleryservice.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/galleries/galleryphotosmodel.h"
#include "ui/galleries/galleryscene.h"
#include "ui/galleries/noteitem.h"

#include <QKeyEvent>
#include <QPixmapCache>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

GalleryBoardView::GalleryBoardView(GalleryService &service, QUndoStack &undoStack,
                                   ThumbnailService &thumbnails,
                                   const CatalogConnection &connection, QWidget *parent)
    : QGraphicsView(parent)
    , m_service(service)
    , m_undoStack(undoStack)
    , m_thumbnails(thumbnails)
    , m_photos(new GalleryPhotosModel(connection, this))
    , m_scene(new GalleryScene(thumbnails, *m_photos, this))
{
    setScene(m_scene);
    setAccessibleName(tr("Gallery board"));
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::SmoothPixmapTransform);
    // Redrawing only what changed: panning a board of hundreds of notes scrolls the viewport and
    // paints the strip that came in. The cork is not cached: the scene tiles it straight onto the
    // screen as cheaply as a cached copy would be drawn, and a cache would cost a scroll of its
    // own on every pan and a second full pass on every zoom.
    setCacheMode(CacheNone);
    // Each note on screen is cached as a pixmap of about half a megabyte at the fitted zoom: Qt's
    // default 10 MB pixmap cache holds fewer notes than a pan back up the board meets again, and
    // every note it dropped is painted afresh (shadow, photo smoothly turned, caption).
    constexpr int kNoteCacheKb = 64 * 1024;
    if (QPixmapCache::cacheLimit() < kNoteCacheKb)
        QPixmapCache::setCacheLimit(kNoteCacheKb);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontAdjustForAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setDragMode(NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    // A board is taller than the view but for the smallest galleries: a scroll bar that comes and
    // goes would change the width the board is fitted to.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(60);
    connect(&m_visibleTimer, &QTimer::timeout, this, &GalleryBoardView::reportVisiblePhotos);
    m_zoomSettled.setSingleShot(true);
    m_zoomSettled.setInterval(150);
    connect(&m_zoomSettled, &QTimer::timeout, this, [this]() { m_scene->setZooming(false); });

    connect(&m_service, &GalleryService::galleryChanged, this, [this](qint64 galleryId) {
        if (galleryId == m_galleryId)
            reload();
    });
    connect(&m_service, &GalleryService::galleriesChanged, this, [this]() {
        if (m_galleryId != 0 && !m_service.gallery(m_galleryId))
            reload();
    });
    connect(m_scene, &GalleryScene::notesMoved, this, &GalleryBoardView::onNotesMoved);
    connect(m_scene, &GalleryScene::noteRotated, this,
            [this](qint64 itemId, double degrees, bool reset) {
                if (!push(m_service.rotateItem(itemId, reset ? std::nullopt
                                                             : std::optional<double>(degrees))))
                    reload(); // nothing changed: the note goes back to how it was
            });
    connect(m_scene, &GalleryScene::noteResized, this,
            [this](qint64 itemId, double width, bool reset) {
                if (!push(m_service.resizeItem(itemId, reset ? std::nullopt
                                                             : std::optional<double>(width))))
                    reload();
            });
    connect(m_scene, &GalleryScene::captionEdited, this,
            [this](qint64 itemId, const QString &caption) {
                push(m_service.setCaption(itemId, caption));
            });
    connect(m_scene, &GalleryScene::photoActivated, this, &GalleryBoardView::photoOpened);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            [this]() { emit currentPhotoChanged(currentPhotoId()); });
}

GalleryBoardView::~GalleryBoardView() = default;

double GalleryBoardView::zoom() const
{
    return transform().m11();
}

QList<qint64> GalleryBoardView::selectedItemIds() const
{
    return m_scene->selectedItemIds();
}

qint64 GalleryBoardView::currentPhotoId() const
{
    const QList<qint64> selected = selectedItemIds();
    if (selected.isEmpty())
        return 0;
    const NoteItem *item = m_scene->noteItem(selected.constFirst());
    return item ? item->note().item.photoId : 0;
}

bool GalleryBoardView::push(const GalleryEdit &edit)
{
    if (edit.isEmpty()) {
        if (!m_service.lastError().isEmpty())
            emit failed(m_service.lastError());
        return false;
    }
    m_undoStack.push(new GalleryEditCommand(m_service, edit));
    return true;
}

void GalleryBoardView::setGallery(qint64 galleryId)
{
    if (galleryId == m_galleryId) {
        reload();
        return;
    }
    m_galleryId = galleryId;
    m_scene->clearSelection();
    reload();
    m_fitPending = true;
    if (isVisible() && viewport()->width() > 0)
        fitToWidth();
}

void GalleryBoardView::reload()
{
    const std::optional<Gallery> gallery =
        m_galleryId ? m_service.gallery(m_galleryId) : std::nullopt;
    if (!gallery) {
        m_photos->setPhotoIds({});
        m_scene->showBoard({}, {});
        return;
    }
    const QList<GalleryNote> notes = m_service.notes(m_galleryId);
    QList<qint64> photoIds;
    photoIds.reserve(notes.size());
    for (const GalleryNote &note : notes)
        photoIds.append(note.item.photoId);
    m_photos->setPhotoIds(photoIds);
    m_scene->showBoard(notes, GalleryService::board(*gallery, notes));
    m_visibleTimer.start();
}

void GalleryBoardView::onNotesMoved(const QList<qint64> &itemIds, const QList<QPointF> &topLefts)
{
    // Several notes dragged together are one step to undo. In a strip or a grid each snaps into
    // the order in turn, reading where the last one went.
    if (itemIds.size() == 1) {
        push(m_service.moveItem(itemIds.constFirst(), topLefts.constFirst()));
    } else {
        const int before = m_undoStack.index();
        m_undoStack.beginMacro(tr("Move %n Note(s)", nullptr, int(itemIds.size())));
        for (qsizetype i = 0; i < itemIds.size(); ++i)
            push(m_service.moveItem(itemIds.at(i), topLefts.at(i)));
        m_undoStack.endMacro();
        // Nothing moved (each snapped back into its own place): no empty step to undo.
        if (m_undoStack.index() > before && m_undoStack.command(before)->childCount() == 0)
            m_undoStack.undo();
    }
    reload(); // snapped, or back where it was when nothing changed
}

void GalleryBoardView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - this->zoom()) < 1e-9)
        return;
    // Only while the view is on screen: a zoom set before it shows is no animation.
    if (isVisible()) {
        m_scene->setZooming(true);
        m_zoomSettled.start();
    }
    setTransform(QTransform::fromScale(zoom, zoom));
    m_visibleTimer.start();
    emit zoomChanged(zoom);
}

void GalleryBoardView::scaleBy(double factor)
{
    setZoom(zoom() * factor);
}

void GalleryBoardView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(kZoomStep);
    setTransformationAnchor(anchor);
}

void GalleryBoardView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(1.0 / kZoomStep);
    setTransformationAnchor(anchor);
}

void GalleryBoardView::fitToWidth()
{
    m_fitPending = false;
    const QRectF board = m_scene->boardRect();
    if (board.isEmpty() || viewport()->width() <= 0)
        return;
    // The board's width (and its narrow margins) fills the view: the notes at a size to read,
    // scrolled to its top.
    const QRectF scene = m_scene->sceneRect();
    setZoom((viewport()->width() - 2.0) / scene.width());
    centerOn(scene.center().x(), scene.top() + viewport()->height() / 2.0 / zoom());
    emit zoomChanged(zoom());
}

void GalleryBoardView::removeSelectedNotes()
{
    const QList<qint64> ids = selectedItemIds();
    if (!ids.isEmpty())
        push(m_service.removeItems(ids));
}

void GalleryBoardView::editCaptionOfSelected()
{
    const QList<qint64> ids = selectedItemIds();
    if (ids.size() == 1)
        m_scene->startCaptionEditing(ids.constFirst());
}

void GalleryBoardView::revealPhoto(qint64 photoId)
{
    for (NoteItem *item : m_scene->noteItems()) {
        if (item->note().item.photoId == photoId) {
            m_scene->selectOnly(item->itemId());
            ensureVisible(item, 24, 24);
            return;
        }
    }
}

bool GalleryBoardView::event(QEvent *event)
{
    // The board's own keys win over the window's shortcuts while it has focus: Ctrl++ zooms the
    // board, not the grid's thumbnails; F2 renames the gallery, not an event.
    if (event->type() == QEvent::ShortcutOverride && !m_scene->isEditingCaption()) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combo = key->keyCombination();
        const Qt::KeyboardModifiers mods = combo.keyboardModifiers() & ~Qt::KeypadModifier;
        const Qt::Key k = combo.key();
        const bool zoomKey =
            mods.testFlag(Qt::ControlModifier) &&
            (k == Qt::Key_Plus || k == Qt::Key_Equal || k == Qt::Key_Minus || k == Qt::Key_0);
        if (zoomKey || (mods == Qt::NoModifier &&
                        (k == Qt::Key_F2 || k == Qt::Key_Delete || k == Qt::Key_Backspace))) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void GalleryBoardView::keyPressEvent(QKeyEvent *event)
{
    if (m_scene->isEditingCaption()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (mods.testFlag(Qt::ControlModifier)) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            fitToWidth();
            return;
        default:
            break;
        }
    }
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelectedNotes();
        return;
    case Qt::Key_F2:
        emit renameRequested();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const qint64 photo = currentPhotoId(); photo && selectedItemIds().size() == 1) {
            emit photoOpened(photo);
            return;
        }
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void GalleryBoardView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void GalleryBoardView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        // 120 is one notch: a notch zooms one step, a touchpad's small deltas zoom smoothly.
        const double notches = event->angleDelta().y() / 120.0;
        if (notches != 0.0)
            scaleBy(std::pow(kZoomStep, notches));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GalleryBoardView::mousePressEvent(QMouseEvent *event)
{
    const bool onNote = itemAt(event->position().toPoint()) != nullptr;
    if (event->button() == Qt::LeftButton &&
        (m_spaceHeld || (!onNote && !event->modifiers().testFlag(Qt::ShiftModifier)))) {
        // Dragging the cork (or anything with Space held) pans; a click without a drag clears
        // the selection, as a click on empty space does everywhere.
        m_panning = true;
        m_panMoved = false;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    // Shift and drag on the cork draws a rubber band to select notes.
    setDragMode(!onNote ? RubberBandDrag : NoDrag);
    QGraphicsView::mousePressEvent(event);
}

void GalleryBoardView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint position = event->position().toPoint();
        const QPoint delta = position - m_panFrom;
        m_panFrom = position;
        if (!delta.isNull())
            m_panMoved = true;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GalleryBoardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::LeftButton) {
        m_panning = false;
        if (!m_panMoved)
            m_scene->clearSelection();
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    setDragMode(NoDrag);
}

void GalleryBoardView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending)
        fitToWidth();
    m_visibleTimer.start();
}

void GalleryBoardView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    m_visibleTimer.start();
}

void GalleryBoardView::reportVisiblePhotos()
{
    // The thumbnails of the notes on screen first; requests for notes scrolled away are dropped.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    QList<NoteItem *> shown;
    for (QGraphicsItem *item : m_scene->items(visible, Qt::IntersectsItemBoundingRect)) {
        if (item->type() == NoteItem::Type)
            shown.append(static_cast<NoteItem *>(item));
    }
    std::sort(shown.begin(), shown.end(), [](const NoteItem *a, const NoteItem *b) {
        return a->placement().index < b->placement().index;
    });
    QList<qint64> ids;
    for (const NoteItem *item : std::as_const(shown)) {
        if (item->note().hasPhoto())
            ids.append(item->note().item.photoId);
    }
    m_thumbnails.setVisiblePhotos(ids);
    // Requests dropped while another view reported its photos are asked for again as these
    // notes repaint.
    for (NoteItem *item : std::as_const(shown)) {
        if (!item->hasPhotoPixmap())
            item->invalidatePhoto();
    }
}
