#include "ui/library/photogriddelegate.h"

#include "core/catalog/photorecord.h"
#include "core/library/photogridmodel.h"
#include "core/thumbnails/thumbnailservice.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace {

constexpr int CellPadding = 6;  // between the cell's edge and the selection frame
constexpr int FramePadding = 4; // between the selection frame and the thumbnail
constexpr int CaptionGap = 4;

int captionHeight()
{
    return QFontMetrics(QApplication::font()).height();
}

// `text` broken into lines of at most `width` pixels at word boundaries, at most `maxLines` of
// them; the last one is elided when the text goes on.
QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid() && lines.size() < maxLines;
         line = layout.createLine()) {
        line.setLineWidth(width);
        const bool last = lines.size() == maxLines - 1;
        const QString rest = text.mid(line.textStart()).trimmed();
        lines.append(last ? metrics.elidedText(rest, Qt::ElideRight, width)
                          : text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

} // namespace

PhotoGridDelegate::PhotoGridDelegate(ThumbnailService &thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
    m_clock.start();
}

QSize PhotoGridDelegate::cellSize() const
{
    const int side = m_thumbnailSize + 2 * (CellPadding + FramePadding);
    return {side, side + CaptionGap + captionHeight()};
}

QSize PhotoGridDelegate::sizeHint(const QStyleOptionViewItem & /*option*/,
                                  const QModelIndex & /*index*/) const
{
    return cellSize();
}

void PhotoGridDelegate::startFade(qint64 photoId)
{
    m_fadeStartedAt.insert(photoId, m_clock.elapsed());
}

bool PhotoGridDelegate::isFading() const
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_fadeStartedAt.begin(); it != m_fadeStartedAt.end();) {
        if (now - it.value() >= FadeMilliseconds)
            it = m_fadeStartedAt.erase(it);
        else
            ++it;
    }
    return !m_fadeStartedAt.isEmpty();
}

qreal PhotoGridDelegate::fadeOpacity(qint64 photoId) const
{
    const auto it = m_fadeStartedAt.constFind(photoId);
    if (it == m_fadeStartedAt.constEnd())
        return 1.0;
    const qreal t = qreal(m_clock.elapsed() - it.value()) / FadeMilliseconds;
    return std::clamp(t, 0.0, 1.0);
}

ThumbnailRequest PhotoGridDelegate::thumbnailRequest(const QModelIndex &index,
                                                     qreal devicePixelRatio) const
{
    ThumbnailRequest request;
    request.photoId = index.data(PhotoGridModel::PhotoIdRole).toLongLong();
    request.path = index.data(PhotoGridModel::PathRole).toString();
    request.identityKey = index.data(PhotoGridModel::IdentityKeyRole).toByteArray();
    request.orientation = index.data(PhotoGridModel::OrientationRole).toInt();
    request.pixelSize = qCeil(m_thumbnailSize * devicePixelRatio);
    return request;
}

void PhotoGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    const QRect cell = option.rect;
    const int side = m_thumbnailSize + 2 * FramePadding;
    // Cells are stretched to fill the row: keep the tile centred in its cell.
    const QRect tile(cell.left() + (cell.width() - side) / 2, cell.top() + CellPadding, side,
                     side + CaptionGap + captionHeight());
    const QRect frame(tile.topLeft(), QSize(side, side));
    const QRect thumbRect =
        frame.adjusted(FramePadding, FramePadding, -FramePadding, -FramePadding);

    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QPalette::ColorGroup group =
        (option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    if (selected || hovered) {
        QColor fill = option.palette.color(group, QPalette::Highlight);
        fill.setAlphaF(selected ? 0.35f : 0.12f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(tile.adjusted(-2, -2, 2, 2), 6, 6);
    }

    const qint64 photoId = index.data(PhotoGridModel::PhotoIdRole).toLongLong();
    const auto state = static_cast<PhotoState>(index.data(PhotoGridModel::StateRole).toInt());
    if (state == PhotoState::Missing) {
        paintProblem(painter, option, thumbRect, tr("File missing"),
                     index.data(PhotoGridModel::StateReasonRole).toString());
    } else if (state == PhotoState::Unreadable) {
        paintProblem(painter, option, thumbRect, tr("Cannot read this photo"),
                     index.data(PhotoGridModel::StateReasonRole).toString());
    } else {
        const QImage image =
            m_thumbnails.thumbnail(thumbnailRequest(index, painter->device()->devicePixelRatioF()));
        if (!image.isNull())
            paintThumbnail(painter, thumbRect, image, photoId);
        else if (const auto failure = m_thumbnails.failure(photoId))
            paintProblem(painter, option, thumbRect, tr("Cannot show this photo"), *failure);
        else
            paintPlaceholder(painter, option, thumbRect);
    }

    // The caption: the file name, keeping its start and extension when it is too long.
    const QRect caption(tile.left(), frame.bottom() + 1 + CaptionGap, tile.width(),
                        captionHeight());
    const QString name = index.data(Qt::DisplayRole).toString();
    painter->setPen(
        option.palette.color(group, selected ? QPalette::Text : QPalette::PlaceholderText));
    painter->setFont(option.font);
    painter->drawText(caption, Qt::AlignHCenter | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(name, Qt::ElideMiddle, caption.width()));

    if (option.state & QStyle::State_HasFocus) {
        QPen pen(option.palette.color(group, QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(tile).adjusted(-1, -1, 1, 1), 6, 6);
    }
    painter->restore();
}

void PhotoGridDelegate::paintThumbnail(QPainter *painter, const QRect &frame, const QImage &image,
                                       qint64 photoId) const
{
    // The image is in device pixels: fit its logical size into the frame, never upscaling a
    // thumbnail beyond the frame (a smaller cached size is stretched meanwhile, then replaced).
    const QSizeF logical = QSizeF(image.size()) / image.devicePixelRatio();
    QSizeF fitted = logical.scaled(QSizeF(frame.size()), Qt::KeepAspectRatio);
    const QRectF target(frame.left() + (frame.width() - fitted.width()) / 2.0,
                        frame.top() + (frame.height() - fitted.height()) / 2.0, fitted.width(),
                        fitted.height());
    painter->setOpacity(fadeOpacity(photoId));
    painter->drawImage(target, image);
    painter->setOpacity(1.0);
}

void PhotoGridDelegate::paintPlaceholder(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QRect &frame) const
{
    QColor fill = option.palette.color(QPalette::Mid);
    fill.setAlphaF(0.25f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    const int inset = frame.width() / 10;
    painter->drawRoundedRect(frame.adjusted(inset, inset * 2, -inset, -inset * 2), 4, 4);
}

void PhotoGridDelegate::paintProblem(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QRect &frame, const QString &title,
                                     const QString &reason) const
{
    // A torn-paper look would be cute; a dashed frame with an icon and words is clearer.
    QColor border = option.palette.color(QPalette::PlaceholderText);
    painter->setPen(QPen(border, 1.5, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(frame).adjusted(2, 2, -2, -2), 6, 6);

    const int iconSide = std::max(16, frame.width() / 4);
    const QIcon icon = QIcon::fromTheme(
        QStringLiteral("image-missing"),
        option.widget ? option.widget->style()->standardIcon(QStyle::SP_MessageBoxWarning)
                      : QIcon());
    const QRect iconRect(frame.center().x() - iconSide / 2, frame.top() + frame.height() / 6,
                         iconSide, iconSide);
    icon.paint(painter, iconRect);

    const QRect textRect = frame.adjusted(8, iconRect.bottom() - frame.top() + 6, -8, -6);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Text));
    // The title takes a second line rather than losing its end (at the default size "Cannot read
    // this photo" is wider than the tile); the reason gets the lines left below it. Lines are
    // broken here, so that a last line that does not fit is elided instead of cut in half.
    const QStringList titleLines = wrappedLines(title, bold, textRect.width(), 2);
    const int titleHeight = QFontMetrics(bold).height() * int(titleLines.size());
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop,
                      titleLines.join(QLatin1Char('\n')));
    if (reason.isEmpty())
        return;
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QRect reasonRect = textRect.adjusted(0, titleHeight + 2, 0, 0);
    // As many lines of the reason as fit; the info panel and tooltip show it whole.
    const int lines = reasonRect.height() / QFontMetrics(small).height();
    if (lines < 1)
        return;
    painter->setFont(small);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(
        reasonRect, Qt::AlignHCenter | Qt::AlignTop,
        wrappedLines(reason, small, reasonRect.width(), lines).join(QLatin1Char('\n')));
}
