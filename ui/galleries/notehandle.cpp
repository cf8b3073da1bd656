#include "ui/galleries/notehandle.h"

#include "core/galleries/gallerylayout.h"
#include "ui/galleries/galleryscene.h"
#include "ui/galleries/noteitem.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

NoteHandle::NoteHandle(Kind kind, NoteItem *note)
    : QGraphicsItem(note)
    , m_kind(kind)
{
    // The same size on screen at any zoom, and upright: a grip, not part of the paper.
    setFlag(ItemIgnoresTransformations);
    setCursor(kind == Kind::Rotate ? Qt::CrossCursor : Qt::SizeFDiagCursor);
    setToolTip(kind == Kind::Rotate ? tr("Drag to turn the note (Shift: in steps of "
                                         "15°); double-click for its own tilt")
                                    : tr("Drag to resize the note; double-click for "
                                         "its own size"));
    setZValue(2);
}

QRectF NoteHandle::boundingRect() const
{
    const double r = kRadius + 2;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

void NoteHandle::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0x30, 0x8c, 0xc6), 2));
    painter->setBrush(Qt::white);
    if (m_kind == Kind::Rotate)
        painter->drawEllipse(QPointF(0, 0), kRadius, kRadius);
    else
        painter->drawRect(QRectF(-kRadius + 1, -kRadius + 1, 2 * kRadius - 2, 2 * kRadius - 2));
}

NoteItem *NoteHandle::note() const
{
    return static_cast<NoteItem *>(parentItem());
}

double NoteHandle::rotationFor(const NoteItem &note, QPointF scenePoint, bool snap)
{
    // Straight up from the centre is no turn; to the right is a quarter clockwise.
    const QPointF v = scenePoint - note.scenePos();
    double degrees = std::atan2(v.x(), -v.y()) * 180.0 / M_PI;
    degrees = snap ? std::round(degrees / 15.0) * 15.0 : std::round(degrees * 2.0) / 2.0;
    return degrees;
}

double NoteHandle::photoWidthFor(const NoteItem &note, QPointF scenePoint)
{
    // The corner follows the pointer in the note's own (turned) frame, about its fixed centre.
    const QPointF local = note.mapFromScene(scenePoint);
    const double width = 2.0 * local.x() - 2.0 * GalleryLayout::kPaperPadding;
    return std::clamp(width, GalleryLayout::kMinPhotoWidth, GalleryLayout::kMaxPhotoWidth);
}

void NoteHandle::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_startRotation = note()->rotation();
    m_startWidth = note()->photoWidth();
    m_dragging = true;
    event->accept();
}

void NoteHandle::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    // Once let go, a move replayed by the view (the board was laid out again under the pointer)
    // must not turn the note again.
    if (!m_dragging)
        return;
    if (m_kind == Kind::Rotate)
        note()->setRotation(
            rotationFor(*note(), event->scenePos(), event->modifiers() & Qt::ShiftModifier));
    else
        note()->previewPhotoWidth(photoWidthFor(*note(), event->scenePos()));
}

void NoteHandle::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    auto *board = qobject_cast<GalleryScene *>(scene());
    if (!board || event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    if (m_kind == Kind::Rotate) {
        if (note()->rotation() != m_startRotation)
            emit board->noteRotated(note()->itemId(), note()->rotation(), false);
    } else if (note()->photoWidth() != m_startWidth) {
        emit board->noteResized(note()->itemId(), note()->photoWidth(), false);
    }
}

void NoteHandle::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    auto *board = qobject_cast<GalleryScene *>(scene());
    event->accept();
    if (!board)
        return;
    if (m_kind == Kind::Rotate)
        emit board->noteRotated(note()->itemId(), 0.0, true);
    else
        emit board->noteResized(note()->itemId(), 0.0, true);
}
