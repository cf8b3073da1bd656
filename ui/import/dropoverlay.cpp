#include "ui/import/dropoverlay.h"

#include <QPainter>

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
{
    // Purely a picture: the drag events go to the window, which does the import.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
}

void DropOverlay::showOver(const QWidget *target)
{
    const QWidget *area = target ? target : parentWidget();
    const QPoint topLeft = area->mapTo(parentWidget(), QPoint(0, 0));
    setGeometry(QRect(topLeft, area->size()));
    raise();
    show();
}

void DropOverlay::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlphaF(0.85f);
    painter.fillRect(rect(), veil);
    const QColor accent = palette().color(QPalette::Highlight);
    painter.setPen(QPen(accent, 3, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(16, 16, -16, -16), 12, 12);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(rect(), Qt::AlignCenter, tr("Drop photos or folders to import them"));
}
