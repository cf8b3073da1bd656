#pragma once

#include "tools/demo-photos/daylight.h"

#include <QRandomGenerator>
#include <QRectF>

class QPainter;

// The pieces every outdoor scene is made of (sky, sea, hills, beach, palms, a skyline), painted
// flat with gradients: pleasant at thumbnail size, and plainly not a real photograph.
class LandscapePainter
{
public:
    LandscapePainter(QPainter &painter, const Daylight &light, QRandomGenerator &random);

    // Gradient, sun or moon (at sunX, a fraction of the width), glow, clouds, stars.
    void paintSky(const QRectF &rect, double sunX, int cloudCount);
    // Water from the horizon (rect.top()) down, with the sun's path on it and wave strokes.
    void paintSea(const QRectF &rect, double sunX);
    // A ridge whose top wanders around `ridge` (a y) by `amplitude`, filled down to rect.bottom().
    void paintHills(const QRectF &rect, double ridge, double amplitude, const QColor &color);
    // Sand from rect.top() down, with parasols and towels in daylight.
    void paintBeach(const QRectF &rect);
    // A palm leaning by `lean` (pixels at the top), its foot at `base`.
    void paintPalm(const QPointF &base, double height, double lean, const QColor &color);
    // Blocks standing on `baseline`, up to maxHeight tall, between left and right; `depth` 0 is
    // far away (small, hazed), 1 close by (darker, larger). Landmarks where asked.
    struct Skyline
    {
        double left = 0;
        double right = 0;
        double baseline = 0;
        double maxHeight = 100;
        double depth = 0.5;
        double sagradaX = -1; // the basilica's spires at this x, if >= 0
        double gloriesX = -1; // the bullet-shaped tower at this x, if >= 0
    };
    void paintSkyline(const Skyline &skyline);
    // The basilica's spires: `width` across, tops at `top`, feet on `base`.
    void paintSpires(double centerX, double base, double top, double width, const QColor &color);
    // A crane beside a building site: mast foot at `base`, jib at `top`.
    void paintCrane(double x, double base, double top, double jib, const QColor &color);

private:
    void paintSun(const QRectF &sky, double sunX);
    void paintCloud(const QPointF &center, double width);
    void paintStars(const QRectF &sky);
    void paintWindows(const QRectF &building, double scale);
    void paintGloriesTower(double centerX, double base, double height, const QColor &color);

    QPainter &m_painter;
    const Daylight &m_light;
    QRandomGenerator &m_random;
};
