#include "ui/viewer/vieweroverlay.h"

#include <QFontMetricsF>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr QRgb PlateRgba = qRgba(0, 0, 0, 170);
constexpr QRgb TextRgba = qRgba(255, 255, 255, 235);
constexpr QRgb SecondaryTextRgba = qRgba(255, 255, 255, 170);

void drawPlate(QPainter &painter, const QRectF &rect)
{
    const qreal radius = std::min(rect.height() / 2, QFontMetricsF(painter.font()).height() * 0.6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgba(PlateRgba));
    painter.drawRoundedRect(rect, radius, radius);
}

QFont scaledFont(const QFont &base, qreal factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

void ViewerOverlay::drawInfo(QPainter &painter, const QRectF &view, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont base = scaledFont(painter.font(), 1.05);
    const QFont title = scaledFont(painter.font(), 1.2, true);
    const QFontMetricsF baseMetrics(base);
    const QFontMetricsF titleMetrics(title);
    const qreal padding = baseMetrics.height() * 0.7;
    const qreal margin = baseMetrics.height();
    // Half the screen, but room for a long date or lens name wherever the screen allows.
    const qreal maxTextWidth =
        std::max(view.width() * 0.5, std::min(view.width() - 2 * (margin + padding),
                                              baseMetrics.averageCharWidth() * 60));

    qreal textWidth = 0;
    qreal textHeight = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QFontMetricsF &metrics = i == 0 ? titleMetrics : baseMetrics;
        textWidth = std::max(textWidth, metrics.horizontalAdvance(lines.at(i)));
        textHeight += metrics.lineSpacing() + (i == 0 ? baseMetrics.height() * 0.25 : 0);
    }
    textWidth = std::min(textWidth, maxTextWidth);
    const QRectF plate(view.left() + margin, view.bottom() - margin - textHeight - 2 * padding,
                       textWidth + 2 * padding, textHeight + 2 * padding);
    drawPlate(painter, plate);

    qreal y = plate.top() + padding;
    for (int i = 0; i < lines.size(); ++i) {
        const bool first = i == 0;
        painter.setFont(first ? title : base);
        painter.setPen(QColor::fromRgba(first ? TextRgba : SecondaryTextRgba));
        const QFontMetricsF &metrics = first ? titleMetrics : baseMetrics;
        const QString text = metrics.elidedText(lines.at(i), Qt::ElideMiddle, textWidth);
        painter.drawText(QRectF(plate.left() + padding, y, textWidth, metrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        y += metrics.lineSpacing() + (first ? baseMetrics.height() * 0.25 : 0);
    }
    painter.restore();
}

void ViewerOverlay::drawHint(QPainter &painter, const QRectF &view, const QString &text)
{
    if (text.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(scaledFont(painter.font(), 1.15));
    const QFontMetricsF metrics(painter.font());
    const qreal padding = metrics.height() * 0.6;
    const QString shown = metrics.elidedText(text, Qt::ElideRight, view.width() * 0.8);
    const QSizeF size(metrics.horizontalAdvance(shown) + 2 * padding * 1.5,
                      metrics.height() + 2 * padding);
    // At the top, clear of the info plate in the bottom corner on any width of screen.
    const QRectF plate(view.center().x() - size.width() / 2, view.top() + metrics.height() * 1.5,
                       size.width(), size.height());
    drawPlate(painter, plate);
    painter.setPen(QColor::fromRgba(TextRgba));
    painter.drawText(plate, Qt::AlignCenter, shown);
    painter.restore();
}

void ViewerOverlay::drawSlideshowBadge(QPainter &painter, const QRectF &view, const QString &text)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font());
    const qreal padding = metrics.height() * 0.45;
    const qreal margin = metrics.height();
    const qreal triangle = metrics.height() * 0.6;
    const QSizeF size(padding * 3 + triangle + metrics.horizontalAdvance(text),
                      metrics.height() + 2 * padding);
    const QRectF plate(view.right() - margin - size.width(), view.top() + margin, size.width(),
                       size.height());
    drawPlate(painter, plate);

    // A "play" triangle: the universal sign that something runs by itself.
    const QPointF origin(plate.left() + padding * 1.5, plate.center().y());
    QPainterPath play;
    play.moveTo(origin + QPointF(0, -triangle / 2));
    play.lineTo(origin + QPointF(triangle * 0.87, 0));
    play.lineTo(origin + QPointF(0, triangle / 2));
    play.closeSubpath();
    painter.fillPath(play, QColor::fromRgba(TextRgba));

    painter.setPen(QColor::fromRgba(TextRgba));
    painter.drawText(QRectF(origin.x() + triangle + padding, plate.top(),
                            metrics.horizontalAdvance(text) + 1, plate.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.restore();
}

void ViewerOverlay::drawMessage(QPainter &painter, const QRectF &view, const QIcon &icon,
                                const QString &title, const QString &detail)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont titleFont = scaledFont(painter.font(), 1.4, true);
    const QFont detailFont = scaledFont(painter.font(), 1.1);
    const QFontMetricsF titleMetrics(titleFont);
    const qreal width = std::min(view.width() * 0.8, titleMetrics.averageCharWidth() * 48);
    const qreal iconSize = titleMetrics.height() * 2.5;
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;

    const QRectF titleBounds =
        titleMetrics.boundingRect(QRectF(0, 0, width, view.height()), flags, title);
    const QRectF detailBounds =
        QFontMetricsF(detailFont).boundingRect(QRectF(0, 0, width, view.height()), flags, detail);
    const qreal gap = titleMetrics.height() * 0.6;
    const qreal total = iconSize + gap + titleBounds.height() +
                        (detail.isEmpty() ? 0 : gap + detailBounds.height());
    qreal y = view.center().y() - total / 2;
    const qreal left = view.center().x() - width / 2;

    icon.paint(&painter, QRectF(view.center().x() - iconSize / 2, y, iconSize, iconSize).toRect());
    y += iconSize + gap;
    painter.setFont(titleFont);
    painter.setPen(QColor::fromRgba(TextRgba));
    painter.drawText(QRectF(left, y, width, titleBounds.height()), flags, title);
    y += titleBounds.height() + gap;
    if (!detail.isEmpty()) {
        painter.setFont(detailFont);
        painter.setPen(QColor::fromRgba(SecondaryTextRgba));
        painter.drawText(QRectF(left, y, width, detailBounds.height()), flags, detail);
    }
    painter.restore();
}

void ViewerOverlay::drawLoading(QPainter &painter, const QRectF &view, const QString &text)
{
    painter.save();
    painter.setFont(scaledFont(painter.font(), 1.1));
    painter.setPen(QColor::fromRgba(SecondaryTextRgba));
    painter.drawText(view, Qt::AlignCenter, text);
    painter.restore();
}
