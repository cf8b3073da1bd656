#include "ui/galleries/noteitem.h"

#include "core/galleries/gallerylayout.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/galleries/galleryscene.h"
#include "ui/galleries/notehandle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace {

constexpr double kShadowOffset = 3.0;    // the light comes from above, a little to the left
constexpr double kShadowSpread = 8.0;    // how far the shadow fades out around the paper
constexpr double kHolderOverhang = 16.0; // a pin's head or the tape above the paper's edge
constexpr double kCaptionPixelSize = 15.0;
// Below this zoom a caption is a grey smudge and a shadow a blur: both are left out, which keeps
// a zoomed-out board of hundreds of notes fast.
constexpr double kDetailLevel = 0.35;

QFont captionFont()
{
    QFont font;
    font.setPixelSize(int(kCaptionPixelSize));
    return font;
}

} // namespace

NoteItem::NoteItem(qint64 itemId, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_itemId(itemId)
    , m_rotateHandle(new NoteHandle(NoteHandle::Kind::Rotate, this))
    , m_resizeHandle(new NoteHandle(NoteHandle::Kind::Resize, this))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(false);
    m_rotateHandle->setVisible(false);
    m_resizeHandle->setVisible(false);
    // No cache of Qt's: a turned note's DeviceCoordinateCache is thrown away and painted afresh
    // on every paint (Qt keeps it only for unturned items), so a pan repainted each note the
    // incoming strip crossed, shadow, smooth photo and caption, every frame. The note keeps its
    // own picture instead (see paint).
    setCacheMode(NoCache);
}

NoteItem::~NoteItem()
{
    QPixmapCache::remove(m_lookKey);
}

void NoteItem::refresh()
{
    QPixmapCache::remove(m_lookKey);
    m_lookKey = {};
    update();
}

QRectF NoteItem::boundingRect() const
{
    return m_paper.adjusted(-kShadowSpread, -kHolderOverhang, kShadowSpread + kShadowOffset,
                            kShadowSpread + kShadowOffset);
}

QPainterPath NoteItem::shape() const
{
    QPainterPath path;
    path.addRect(m_paper);
    return path;
}

void NoteItem::setNote(const GalleryNote &note, const NotePlacement &placement)
{
    const bool photoChanged = note.item.photoId != m_note.item.photoId ||
                              note.photoState != m_note.photoState || note.path != m_note.path;
    m_note = note;
    m_placement = placement;
    if (photoChanged) {
        m_pixmap = {};
        m_imageKey = 0;
        m_pixmapBucket = 0;
    }
    setPos(placement.rect.center());
    setRotation(placement.rotation);
    setZValue(m_rotateHandle->isVisible() ? kRaisedZ : placement.index);
    setGeometry(placement.rect.size(), placement.photoRect.translated(-placement.rect.topLeft()));
    refresh();
}

void NoteItem::setGeometry(const QSizeF &paper, const QRectF &photoOnPaper)
{
    prepareGeometryChange();
    m_paper = QRectF(-paper.width() / 2, -paper.height() / 2, paper.width(), paper.height());
    m_photo = photoOnPaper.translated(m_paper.topLeft());
    const QRectF caption = captionRect();
    const QString text = QFontMetricsF(captionFont())
                             .elidedText(m_note.item.caption, Qt::ElideRight, caption.width());
    m_caption = QStaticText(text);
    m_caption.setTextFormat(Qt::PlainText);
    m_caption.setPerformanceHint(QStaticText::AggressiveCaching);
    placeHandles();
}

QPointF NoteItem::paperTopLeft() const
{
    return pos() - QPointF(m_paper.width() / 2, m_paper.height() / 2);
}

QRectF NoteItem::captionRect() const
{
    return QRectF(m_paper.left() + GalleryLayout::kPaperPadding, m_photo.bottom(),
                  m_paper.width() - 2 * GalleryLayout::kPaperPadding,
                  m_paper.bottom() - m_photo.bottom());
}

void NoteItem::previewPhotoWidth(double width)
{
    const double aspect = m_photo.width() / m_photo.height();
    const double pad = GalleryLayout::kPaperPadding;
    setGeometry(GalleryLayout::paperSize(width, aspect), QRectF(pad, pad, width, width / aspect));
    refresh();
}

void NoteItem::invalidatePhoto()
{
    m_pixmapBucket = 0;
    refresh();
}

QString NoteItem::problemText() const
{
    switch (m_note.photoState) {
    case GalleryNote::PhotoState::Ok:
        return {};
    case GalleryNote::PhotoState::Missing:
        return tr("Photo missing");
    case GalleryNote::PhotoState::Unreadable:
        return tr("Cannot read this photo");
    case GalleryNote::PhotoState::Gone:
        return tr("Photo removed from the catalog");
    }
    return {};
}

void NoteItem::setCaptionHidden(bool hidden)
{
    m_captionHidden = hidden;
    refresh();
}

void NoteItem::setHandlesVisible(bool visible)
{
    m_rotateHandle->setVisible(visible);
    m_resizeHandle->setVisible(visible);
    // The note being worked on comes to the top, so that no neighbour on a board hides its
    // handles; it goes back to its place in the order when let go.
    setZValue(visible ? kRaisedZ : m_placement.index);
}

void NoteItem::placeHandles()
{
    m_rotateHandle->setPos(0, m_paper.top() - NoteHandle::kRotateDistance);
    m_resizeHandle->setPos(m_paper.bottomRight());
}

QVariant NoteItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) {
        refresh(); // the highlight is part of the picture
        if (auto *board = qobject_cast<GalleryScene *>(scene()))
            board->updateHandles();
    }
    return QGraphicsItem::itemChange(change, value);
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    auto *board = qobject_cast<GalleryScene *>(scene());
    if (board && board->isZooming()) {
        // Every frame of a zoom is a new scale: drawn straight, plainly, no picture to keep.
        paintNote(painter, lod, false, widget);
        return;
    }
    // At rest the note is painted once, unturned, into a picture at screen resolution (kept in
    // QPixmapCache), and that picture is drawn turned: a pan costs the strip of it that comes
    // in, not the shadow, the smoothly scaled photo and the caption again.
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap look;
    if (m_lookScale != lod * ratio || !QPixmapCache::find(m_lookKey, &look)) {
        look = renderLook(lod, ratio, widget);
        QPixmapCache::remove(m_lookKey);
        m_lookKey = QPixmapCache::insert(look);
        m_lookScale = lod * ratio;
    }
    painter->drawPixmap(boundingRect(), look, QRectF(look.rect()));
}

QPixmap NoteItem::renderLook(double levelOfDetail, double ratio, QWidget *widget)
{
    const QRectF bounds = boundingRect();
    const QSize pixels(std::max(1, int(std::ceil(bounds.width() * levelOfDetail * ratio))),
                       std::max(1, int(std::ceil(bounds.height() * levelOfDetail * ratio))));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform |
                           QPainter::TextAntialiasing);
    painter.scale(pixels.width() / ratio / bounds.width(),
                  pixels.height() / ratio / bounds.height());
    painter.translate(-bounds.topLeft());
    paintNote(&painter, levelOfDetail, true, widget);
    painter.end();
    return QPixmap::fromImage(std::move(image));
}

void NoteItem::paintNote(QPainter *painter, double levelOfDetail, bool full, QWidget *widget)
{
    const double lod = levelOfDetail;
    if (lod >= kDetailLevel && full)
        paintShadow(painter);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_placement.paperColor.isValid() ? m_placement.paperColor
                                                       : QColor(Qt::white));
    painter->drawRect(m_paper);
    if (m_note.hasPhoto())
        paintPhoto(painter, lod);
    else
        paintProblem(painter, problemText());
    if (lod >= kDetailLevel && !m_captionHidden)
        paintCaption(painter);
    paintHolder(painter);
    if (isSelected()) {
        const QColor highlight =
            widget ? widget->palette().color(QPalette::Highlight) : QColor(0x30, 0x8c, 0xc6);
        QPen pen(highlight, 3.0 / std::max(lod, 0.01));
        pen.setJoinStyle(Qt::MiterJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_paper);
    }
}

void NoteItem::paintShadow(QPainter *painter) const
{
    // One soft shadow for every note, blurred once and stretched to each: a blurred rectangle
    // stretches without showing it, and one pixmap costs far less than a blur per note or layers
    // of translucent shapes.
    static const QPixmap shadow = [] {
        constexpr int kSide = 64;
        constexpr double kEdge = 16.0; // the blur's width in the image, as kShadowSpread on paper
        QImage image(kSide, kSide, QImage::Format_ARGB32_Premultiplied);
        for (int y = 0; y < kSide; ++y) {
            for (int x = 0; x < kSide; ++x) {
                const double dx = std::max({kEdge - (x + 0.5), (x + 0.5) - (kSide - kEdge), 0.0});
                const double dy = std::max({kEdge - (y + 0.5), (y + 0.5) - (kSide - kEdge), 0.0});
                const double fade = std::max(0.0, 1.0 - std::hypot(dx, dy) / kEdge);
                const int alpha = int(std::lround(70.0 * fade * fade));
                image.setPixel(x, y,
                               qRgba(25 * alpha / 255, 15 * alpha / 255, 5 * alpha / 255, alpha));
            }
        }
        return QPixmap::fromImage(image);
    }();
    const QRectF base = m_paper.translated(kShadowOffset * 0.3, kShadowOffset);
    painter->drawPixmap(
        base.adjusted(-kShadowSpread, -kShadowSpread * 0.6, kShadowSpread, kShadowSpread), shadow,
        QRectF(shadow.rect()));
}

void NoteItem::paintPhoto(QPainter *painter, double levelOfDetail)
{
    auto *board = qobject_cast<GalleryScene *>(scene());
    const double ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int wanted =
        int(std::ceil(std::max(m_photo.width(), m_photo.height()) * levelOfDetail * ratio));
    const int bucket = ThumbnailService::bucketSize(std::max(wanted, 1));
    // While zooming the photo at hand is stretched: a larger one is asked for once the zoom
    // settles (the scene repaints the notes then), not decoded and converted on every frame.
    const bool zooming = board && board->isZooming();
    if (board && bucket > m_pixmapBucket && (!zooming || m_pixmap.isNull())) {
        const QImage image = board->thumbnail(m_note, bucket);
        if (!image.isNull() && image.cacheKey() != m_imageKey) {
            m_pixmap = QPixmap::fromImage(image);
            m_imageKey = image.cacheKey();
        }
        // Enough once it is the size asked for, or the whole photo when that is smaller.
        const int longest = std::max(image.width(), image.height());
        const QSize full = m_note.displayedSize;
        if (!image.isNull() &&
            (longest >= bucket ||
             (!full.isEmpty() && longest >= std::max(full.width(), full.height()))))
            m_pixmapBucket = bucket;
    }
    if (m_pixmap.isNull() && board) {
        if (const std::optional<QString> failure = board->thumbnailFailure(m_note)) {
            paintProblem(painter, tr("Cannot show this photo"));
            return;
        }
    }
    if (m_pixmap.isNull()) {
        // A plain tone while the thumbnail is being made.
        painter->setBrush(QColor(0xd9, 0xd4, 0xcc));
        painter->drawRect(m_photo);
        return;
    }
    // The photo fills its rectangle; an extreme shape (drawn as the layout's limit) is cropped
    // around its middle.
    const QSizeF source = m_pixmap.deviceIndependentSize();
    const QSizeF cropped = m_photo.size().scaled(source, Qt::KeepAspectRatio);
    const QRectF sourceRect((source.width() - cropped.width()) / 2,
                            (source.height() - cropped.height()) / 2, cropped.width(),
                            cropped.height());
    painter->setRenderHint(QPainter::SmoothPixmapTransform, !(board && board->isZooming()));
    painter->drawPixmap(m_photo, m_pixmap, sourceRect);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
}

void NoteItem::paintProblem(QPainter *painter, const QString &text) const
{
    // A note whose photo is gone keeps its place and says so, loudly enough to notice on a
    // zoomed-out board: hatched, with a red mark and the reason.
    painter->setBrush(QColor(0xe8, 0xe3, 0xdc));
    painter->drawRect(m_photo);
    painter->setBrush(QBrush(QColor(0xb8, 0xae, 0xa2), Qt::BDiagPattern));
    painter->drawRect(m_photo);
    const double side = std::min(m_photo.width(), m_photo.height()) * 0.3;
    const QRectF mark(m_photo.center().x() - side / 2, m_photo.center().y() - side * 0.75, side,
                      side);
    painter->setBrush(QColor(0xc0, 0x39, 0x2b));
    painter->drawEllipse(mark);
    painter->setPen(QPen(Qt::white, side * 0.12, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(mark.center().x(), mark.top() + side * 0.22),
                      QPointF(mark.center().x(), mark.top() + side * 0.58));
    painter->drawPoint(QPointF(mark.center().x(), mark.top() + side * 0.76));
    QFont font = captionFont();
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x5a, 0x2a, 0x20));
    const QRectF textRect(m_photo.left() + 6, mark.bottom() + 4, m_photo.width() - 12,
                          m_photo.bottom() - mark.bottom() - 8);
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
    painter->setPen(Qt::NoPen);
}

void NoteItem::paintCaption(QPainter *painter) const
{
    if (m_caption.text().isEmpty())
        return;
    const QRectF rect = captionRect();
    painter->setFont(captionFont());
    painter->setPen(QColor(0x33, 0x33, 0x33));
    const QSizeF size = m_caption.size();
    painter->drawStaticText(
        QPointF(rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2),
        m_caption);
    painter->setPen(Qt::NoPen);
}

void NoteItem::paintHolder(QPainter *painter) const
{
    const QPointF top(0, m_paper.top());
    switch (m_placement.pin) {
    case NotePin::Pin: {
        // A push pin's round head with a glint, and its shade on the paper.
        const double radius = 8.0;
        const QPointF head = top + QPointF(0, radius + 2);
        painter->setBrush(QColor(0, 0, 0, 60));
        painter->drawEllipse(head + QPointF(2, 3), radius, radius);
        painter->setBrush(m_placement.pinColor);
        painter->drawEllipse(head, radius, radius);
        painter->setBrush(QColor(255, 255, 255, 150));
        painter->drawEllipse(head + QPointF(-radius * 0.35, -radius * 0.35), radius * 0.3,
                             radius * 0.3);
        break;
    }
    case NotePin::Tape: {
        // A strip of translucent tape across the top edge, a little askew.
        painter->save();
        painter->translate(top);
        painter->rotate(-3.0);
        QColor tape = m_placement.pinColor;
        tape.setAlpha(150);
        painter->setBrush(tape);
        const double width = std::min(90.0, m_paper.width() * 0.4);
        painter->drawRect(QRectF(-width / 2, -11, width, 22));
        painter->restore();
        break;
    }
    case NotePin::None:
    case NotePin::Automatic:
        break;
    }
}
