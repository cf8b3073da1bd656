#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

class QIcon;
class QPainter;

// What the viewer writes over the photo: the info plate, short hints, the slideshow badge, and the
// message for a photo that cannot be shown. Light text on translucent dark plates: the viewer is
// black whatever the desktop theme, so these colours are fixed on purpose and stay readable over
// bright and dark photos alike. Sizes follow the painter's font, so they scale with the desktop's.
class ViewerOverlay
{
public:
    // Bottom left: the first line emphasised (the file name), the rest below it.
    static void drawInfo(QPainter &painter, const QRectF &view, const QStringList &lines);
    // Top centre: a passing note ("100%", "This is the last photo.").
    static void drawHint(QPainter &painter, const QRectF &view, const QString &text);
    // Top right: a small badge that stays while the slideshow runs.
    static void drawSlideshowBadge(QPainter &painter, const QRectF &view, const QString &text);
    // Centre: why the photo is not there.
    static void drawMessage(QPainter &painter, const QRectF &view, const QIcon &icon,
                            const QString &title, const QString &detail);
    // Centre, quietly: a photo still decoding.
    static void drawLoading(QPainter &painter, const QRectF &view, const QString &text);
};
