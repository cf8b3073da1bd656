#include "ui/galleries/galleryscene.h"

#include "core/galleries/gallerylayout.h"
#include "core/galleries/seededrandom.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/galleries/captioneditor.h"
#include "ui/galleries/galleryphotosmodel.h"
#include "ui/galleries/notehandle.h"
#include "ui/galleries/noteitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QTextCursor>

#include <algorithm>
#include <cmath>

namespace {

// Room around the board: a little at the sides (the fitted width shows all of it without a
// horizontal scroll bar), more below, to drop a note past the last row.
// Above it, room for the turn handle of a note in the first row.
constexpr double kSideMargin = 24.0;
constexpr double kTopMargin = 48.0;
constexpr double kBottomMargin = 200.0;

constexpr int kCorkTileSide = 128;
const QColor kBeyondBoard(0x5b, 0x4a, 0x3a);

// A cork tile: a warm brown with darker and lighter specks, the same every time.
QImage corkTile()
{
    QImage tile(kCorkTileSide, kCorkTileSide, QImage::Format_RGB32);
    tile.fill(QColor(0xc4, 0x9a, 0x6c));
    SeededRandom random(0xC0);
    for (int i = 0; i < 1400; ++i) {
        const int x = random.below(tile.width());
        const int y = random.below(tile.height());
        const int shade = random.below(3);
        const QColor speck = shade == 0   ? QColor(0xa8, 0x7c, 0x50)
                             : shade == 1 ? QColor(0xd6, 0xb0, 0x84)
                                          : QColor(0x8f, 0x66, 0x3e);
        tile.setPixelColor(x, y, speck);
        if (random.below(2) == 0)
            tile.setPixelColor((x + 1) % tile.width(), y, speck);
    }
    return tile;
}

} // namespace

GalleryScene::GalleryScene(ThumbnailService &thumbnails, const GalleryPhotosModel &photos,
                           QObject *parent)
    : QGraphicsScene(parent)
    , m_thumbnails(thumbnails)
    , m_photos(photos)
    , m_corkTile(corkTile())
    , m_cork(QPixmap::fromImage(m_corkTile))
{
    // Notes move only by hand, between edits: a BSP tree answers "what is on screen" fast.
    setItemIndexMethod(BspTreeIndex);
    connect(&thumbnails, &ThumbnailService::thumbnailReady, this, &GalleryScene::onThumbnailReady);
    // A photo that cannot be decoded is marked on its note, like a missing one.
    connect(&thumbnails, &ThumbnailService::thumbnailFailed, this,
            [this](qint64 photoId) { onThumbnailReady(photoId); });
}

GalleryScene::~GalleryScene()
{
    if (m_captionEditor)
        disconnect(m_captionEditor, nullptr, this, nullptr);
    // Items going one by one would signal selection changes to a view reading m_notes.
    blockSignals(true);
    m_notes.clear();
    m_notesOfPhoto.clear();
    clear();
}

void GalleryScene::showBoard(const QList<GalleryNote> &notes, const GalleryBoard &board)
{
    if (m_captionEditor)
        finishCaptionEditing(false);
    QHash<qint64, NoteItem *> old = m_notes;
    m_notes.clear();
    m_notesOfPhoto.clear();
    const qsizetype count = std::min(notes.size(), board.notes.size());
    for (qsizetype i = 0; i < count; ++i) {
        const GalleryNote &note = notes.at(i);
        NoteItem *item = old.take(note.item.id);
        if (!item) {
            item = new NoteItem(note.item.id);
            addItem(item);
        }
        item->setNote(note, board.notes.at(i));
        m_notes.insert(note.item.id, item);
        if (note.item.photoId != 0)
            m_notesOfPhoto[note.item.photoId].append(item);
    }
    for (NoteItem *gone : std::as_const(old)) {
        removeItem(gone);
        delete gone;
    }
    m_boardRect = QRectF(QPointF(0, 0), board.size);
    setSceneRect(m_boardRect.adjusted(-kSideMargin, -kTopMargin, kSideMargin, kBottomMargin));
    updateHandles();
    update();
}

QList<NoteItem *> GalleryScene::noteItems() const
{
    QList<NoteItem *> items = m_notes.values();
    std::sort(items.begin(), items.end(), [](const NoteItem *a, const NoteItem *b) {
        return a->placement().index < b->placement().index;
    });
    return items;
}

QList<qint64> GalleryScene::selectedItemIds() const
{
    QList<qint64> ids;
    for (NoteItem *item : noteItems()) {
        if (item->isSelected())
            ids.append(item->itemId());
    }
    return ids;
}

void GalleryScene::selectOnly(qint64 itemId)
{
    clearSelection();
    if (NoteItem *item = noteItem(itemId)) {
        item->setSelected(true);
        setFocusItem(item);
    }
}

void GalleryScene::setZooming(bool zooming)
{
    if (zooming == m_zooming)
        return;
    m_zooming = zooming;
    if (!zooming)
        update(); // the notes' full look again
}

QImage GalleryScene::thumbnail(const GalleryNote &note, int pixelSize) const
{
    const std::optional<PhotoSummary> photo = m_photos.summary(note.item.photoId);
    if (!photo)
        return {};
    ThumbnailRequest request;
    request.photoId = photo->id;
    request.path = photo->path;
    request.identityKey = photo->identityKey;
    request.orientation = photo->orientation;
    request.pixelSize = pixelSize;
    return m_thumbnails.thumbnail(request);
}

std::optional<QString> GalleryScene::thumbnailFailure(const GalleryNote &note) const
{
    return m_thumbnails.failure(note.item.photoId);
}

void GalleryScene::onThumbnailReady(qint64 photoId)
{
    for (NoteItem *item : m_notesOfPhoto.value(photoId))
        item->invalidatePhoto();
}

void GalleryScene::updateHandles()
{
    // Handles on the one selected note; with several selected, dragging moves them all instead.
    const QList<QGraphicsItem *> selected = selectedItems();
    NoteItem *only = selected.size() == 1 && selected.constFirst()->type() == NoteItem::Type
                         ? static_cast<NoteItem *>(selected.constFirst())
                         : nullptr;
    for (NoteItem *item : std::as_const(m_notes)) {
        const bool show = item == only;
        if (item->rotateHandle()->isVisible() != show)
            item->setHandlesVisible(show);
    }
}

void GalleryScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QTransform world = painter->worldTransform();
    if (world.type() > QTransform::TxScale) {
        painter->fillRect(rect, kBeyondBoard);
        painter->fillRect(rect.intersected(m_boardRect), m_cork);
        return;
    }
    // The cork is tiled in screen coordinates from a tile scaled once per zoom: a plain copy of
    // pixels, where a fill with the tile as a brush under the view's scale maps every pixel back
    // into the tile (and Qt spreads such large fills over its threads, which the GUI thread then
    // waits for). The brown beyond the board is filled only where the board is not. The tile is
    // scaled without smoothing, as the cached background was drawn before, so the board looks
    // the same.
    const double sx = world.m11();
    const double sy = world.m22();
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (m_scaledCork.isNull() || m_scaledCorkScale != QSizeF(sx * ratio, sy * ratio)) {
        const QSize side(std::max(1, int(std::lround(kCorkTileSide * sx * ratio))),
                         std::max(1, int(std::lround(kCorkTileSide * sy * ratio))));
        m_scaledCork = QPixmap::fromImage(
            m_corkTile.scaled(side, Qt::IgnoreAspectRatio, Qt::FastTransformation));
        m_scaledCork.setDevicePixelRatio(ratio);
        m_scaledCorkScale = QSizeF(sx * ratio, sy * ratio);
    }
    const QRect exposed = world.mapRect(rect).toAlignedRect();
    const QRect board = world.mapRect(m_boardRect).toRect();
    painter->save();
    painter->resetTransform();
    for (const QRect &beyond : QRegion(exposed) - QRegion(board))
        painter->fillRect(beyond, kBeyondBoard);
    const QRect cork = exposed & board;
    if (!cork.isEmpty()) {
        // The tiles start at the board's corner, wherever the view is scrolled.
        const QSizeF period = m_scaledCork.deviceIndependentSize();
        // Whole pixels, so that the tiles are copied, not resampled.
        const QPointF mapped = world.map(m_boardRect.topLeft());
        const QPointF corner(std::round(mapped.x()), std::round(mapped.y()));
        const QPointF offset(std::fmod(cork.left() - corner.x(), period.width()),
                             std::fmod(cork.top() - corner.y(), period.height()));
        painter->drawTiledPixmap(
            QRectF(cork), m_scaledCork,
            QPointF(offset.x() < 0 ? offset.x() + period.width() : offset.x(),
                    offset.y() < 0 ? offset.y() + period.height() : offset.y()));
    }
    painter->restore();
}

void GalleryScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    // Only a press on a note drags notes: one on a handle turns or resizes it instead.
    const QGraphicsItem *grabber = mouseGrabberItem();
    if (event->button() != Qt::LeftButton || !grabber || grabber->type() != NoteItem::Type)
        return;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NoteItem::Type)
            m_pressPositions.insert(static_cast<NoteItem *>(item)->itemId(), item->pos());
    }
}

void GalleryScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    QList<qint64> ids;
    QList<QPointF> topLefts;
    for (NoteItem *item : noteItems()) {
        const auto pressed = m_pressPositions.constFind(item->itemId());
        if (pressed == m_pressPositions.cend())
            continue;
        if ((item->pos() - pressed.value()).manhattanLength() > 0.5) {
            ids.append(item->itemId());
            topLefts.append(item->paperTopLeft());
        }
    }
    m_pressPositions.clear();
    if (!ids.isEmpty())
        emit notesMoved(ids, topLefts);
}

void GalleryScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    // Only a note itself: a handle and the caption editor take their own double-clicks.
    QGraphicsItem *top = itemAt(event->scenePos(), QTransform());
    NoteItem *note = top && top->type() == NoteItem::Type ? static_cast<NoteItem *>(top) : nullptr;
    if (!note || event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    event->accept();
    const QPointF local = note->mapFromScene(event->scenePos());
    if (local.y() >= note->photoRect().bottom()) {
        startCaptionEditing(note->itemId());
    } else if (note->note().hasPhoto()) {
        emit photoActivated(note->note().item.photoId);
    }
}

void GalleryScene::startCaptionEditing(qint64 itemId)
{
    NoteItem *note = noteItem(itemId);
    if (!note)
        return;
    if (m_captionEditor)
        finishCaptionEditing(true);
    selectOnly(itemId);
    const QRectF rect = note->captionRect();
    auto *editor = new CaptionEditor(note->note().item.caption, rect.width(), note);
    QFont font = editor->font();
    font.setPixelSize(15);
    editor->setFont(font);
    editor->setDefaultTextColor(QColor(0x33, 0x33, 0x33));
    editor->setPos(rect.left(), rect.center().y() - editor->boundingRect().height() / 2);
    m_captionEditor = editor;
    note->setCaptionHidden(true);
    connect(editor, &CaptionEditor::finished, this, &GalleryScene::finishCaptionEditing);
    editor->setFocus(Qt::OtherFocusReason);
    QTextCursor cursor = editor->textCursor();
    cursor.select(QTextCursor::Document);
    editor->setTextCursor(cursor);
}

void GalleryScene::finishCaptionEditing(bool keep)
{
    CaptionEditor *editor = m_captionEditor;
    if (!editor)
        return;
    m_captionEditor = nullptr;
    disconnect(editor, nullptr, this, nullptr);
    auto *note = static_cast<NoteItem *>(editor->parentItem());
    const QString caption = editor->caption();
    editor->hide();
    editor->deleteLater();
    note->setCaptionHidden(false);
    if (note->isSelected())
        setFocusItem(note);
    if (keep && caption != note->note().item.caption)
        emit captionEdited(note->itemId(), caption);
}
