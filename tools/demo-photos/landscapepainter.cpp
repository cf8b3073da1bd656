#include "tools/demo-photos/landscapepainter.h"

#include "tools/demo-photos/randomrange.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

const QColor kLitWindow(0xffd68a);
const QColor kFacadeColors[] = {QColor(0xe6d5b8), QColor(0xcf9a76), QColor(0xf0e8dc),
                                QColor(0xbfae94), QColor(0xd9b48a)};

} // namespace

LandscapePainter::LandscapePainter(QPainter &painter, const Daylight &light,
                                   QRandomGenerator &random)
    : m_painter(painter)
    , m_light(light)
    , m_random(random)
{}

void LandscapePainter::paintSky(const QRectF &rect, double sunX, int cloudCount)
{
    QLinearGradient gradient(rect.topLeft(), rect.bottomLeft());
    gradient.setColorAt(0, m_light.skyTop);
    gradient.setColorAt(0.55, m_light.skyMiddle);
    gradient.setColorAt(1, m_light.skyHorizon);
    m_painter.fillRect(rect, gradient);
    if (m_light.stars)
        paintStars(rect);
    paintSun(rect, sunX);
    for (int i = 0; i < cloudCount; ++i) {
        const QPointF center(randomRange(m_random, rect.left(), rect.right()),
                             randomRange(m_random, rect.top() + rect.height() * 0.08,
                                         rect.top() + rect.height() * 0.7));
        paintCloud(center, randomRange(m_random, 0.12, 0.3) * rect.width());
    }
}

void LandscapePainter::paintSun(const QRectF &sky, double sunX)
{
    const QPointF center(sky.left() + sunX * sky.width(),
                         sky.bottom() - m_light.sunHeight * sky.height());
    const bool moon = m_light.stars;
    const double radius = sky.height() * (moon ? 0.035 : 0.055);
    // The glow: wide and warm near the horizon, faint high in a clear sky.
    const double glowRadius = sky.width() * (m_light.sunHeight < 0.3 ? 0.45 : 0.25);
    QRadialGradient glow(center, glowRadius);
    glow.setColorAt(0, withAlpha(m_light.sun, moon ? 60 : 170));
    glow.setColorAt(0.25, withAlpha(m_light.sun, moon ? 20 : 70));
    glow.setColorAt(1, withAlpha(m_light.sun, 0));
    m_painter.fillRect(sky, glow);
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_light.sun);
    m_painter.drawEllipse(center, radius, radius);
    if (moon) {
        // A crescent: the dark of the sky bites into the disk.
        m_painter.setBrush(m_light.skyMiddle);
        m_painter.drawEllipse(center + QPointF(radius * 0.45, -radius * 0.2), radius * 0.9,
                              radius * 0.9);
    }
}

void LandscapePainter::paintCloud(const QPointF &center, double width)
{
    const int alpha = m_light.stars ? 70 : (m_light.lightsOn ? 150 : 200);
    m_painter.setPen(Qt::NoPen);
    const int puffs = randomInt(m_random, 4, 7);
    for (int i = 0; i < puffs; ++i) {
        const double x = center.x() + randomRange(m_random, -0.5, 0.5) * width;
        const double y = center.y() + randomRange(m_random, -0.08, 0.08) * width;
        const double rx = randomRange(m_random, 0.15, 0.3) * width;
        const double ry = rx * randomRange(m_random, 0.25, 0.4);
        QRadialGradient puff(QPointF(x, y - ry * 0.3), rx);
        puff.setColorAt(0, withAlpha(m_light.cloud, alpha));
        puff.setColorAt(0.7, withAlpha(m_light.cloud, alpha * 2 / 3));
        puff.setColorAt(1, withAlpha(m_light.cloud, 0));
        m_painter.setBrush(puff);
        m_painter.drawEllipse(QPointF(x, y), rx, ry);
    }
}

void LandscapePainter::paintStars(const QRectF &sky)
{
    m_painter.setPen(Qt::NoPen);
    const int count = static_cast<int>(sky.width() * sky.height() / 4000);
    for (int i = 0; i < count; ++i) {
        const QPointF point(randomRange(m_random, sky.left(), sky.right()),
                            sky.top() + std::pow(m_random.generateDouble(), 1.6) * sky.height());
        m_painter.setBrush(withAlpha(QColor(0xfff8e8), randomInt(m_random, 60, 220)));
        const double size = randomRange(m_random, 0.8, 2.2);
        m_painter.drawEllipse(point, size, size);
    }
}

void LandscapePainter::paintSea(const QRectF &rect, double sunX)
{
    QLinearGradient gradient(rect.topLeft(), rect.bottomLeft());
    gradient.setColorAt(0, m_light.seaTop);
    gradient.setColorAt(1, m_light.seaBottom);
    m_painter.fillRect(rect, gradient);

    // Wave strokes, further apart and longer as they come closer.
    m_painter.setBrush(Qt::NoBrush);
    for (double t = 0.02; t < 1; t += 0.012 + t * 0.05) {
        const double y = rect.top() + t * t * rect.height() + t * 4;
        const int strokes = static_cast<int>(8 + 10 * t);
        for (int i = 0; i < strokes; ++i) {
            const double length = (20 + 140 * t) * randomRange(m_random, 0.5, 1.5);
            const double x = randomRange(m_random, rect.left() - length, rect.right());
            const bool light = randomChance(m_random, 0.5);
            m_painter.setPen(
                QPen(withAlpha(light ? QColor(Qt::white) : QColor(Qt::black), light ? 40 : 25),
                     1 + 3 * t));
            m_painter.drawLine(QPointF(x, y), QPointF(x + length, y));
        }
    }

    // The sun's (or the moon's) path on the water: broken strokes under it, widening towards us.
    const double sunPixelX = rect.left() + sunX * rect.width();
    const int pathAlpha = m_light.sunHeight < 0.3 || m_light.stars ? 190 : 110;
    for (double t = 0; t < 1; t += 0.008 + t * 0.02) {
        const double y = rect.top() + t * t * rect.height() + 1;
        const double spread = rect.width() * (0.015 + 0.12 * t);
        for (int i = 0; i < 3; ++i) {
            const double length = spread * randomRange(m_random, 0.2, 0.7);
            const double x = sunPixelX + randomRange(m_random, -spread, spread) - length / 2;
            m_painter.setPen(QPen(withAlpha(m_light.sun, static_cast<int>(pathAlpha * (1 - t))),
                                  1.5 + 3 * t, Qt::SolidLine, Qt::RoundCap));
            m_painter.drawLine(QPointF(x, y), QPointF(x + length, y));
        }
    }
}

void LandscapePainter::paintHills(const QRectF &rect, double ridge, double amplitude,
                                  const QColor &color)
{
    // A sum of a few sines of random phase: smooth, never repeating across the frame.
    double phases[3];
    for (double &phase : phases)
        phase = randomRange(m_random, 0, 2 * std::numbers::pi);
    QPainterPath path(QPointF(rect.left(), rect.bottom()));
    for (double x = rect.left(); x <= rect.right() + 8; x += 8) {
        const double u = (x - rect.left()) / rect.width();
        const double wave = 0.55 * std::sin(u * 3.1 + phases[0]) +
                            0.3 * std::sin(u * 7.3 + phases[1]) +
                            0.15 * std::sin(u * 17.9 + phases[2]);
        path.lineTo(x, ridge - amplitude * wave);
    }
    path.lineTo(rect.right() + 8, rect.bottom());
    path.closeSubpath();
    QLinearGradient gradient(0, ridge - amplitude, 0, rect.bottom());
    gradient.setColorAt(0, color.lighter(108));
    gradient.setColorAt(1, color.darker(115));
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(gradient);
    m_painter.drawPath(path);
}

void LandscapePainter::paintBeach(const QRectF &rect)
{
    const QColor sand = inLight(QColor(0xeddbb4), m_light.wallLight);
    QLinearGradient gradient(rect.topLeft(), rect.bottomLeft());
    gradient.setColorAt(0, mixColors(sand, m_light.seaBottom, 0.35));
    gradient.setColorAt(0.12, sand.darker(104));
    gradient.setColorAt(1, sand.lighter(104));
    m_painter.fillRect(rect, gradient);
    // The foam where the waves end.
    QPainterPath foam(QPointF(rect.left(), rect.top()));
    for (double x = rect.left(); x <= rect.right() + 10; x += 10)
        foam.lineTo(x, rect.top() + 4 + 4 * std::sin(x / 37.0) + 2 * std::sin(x / 11.0));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(withAlpha(QColor(Qt::white), m_light.lightsOn ? 60 : 170), 5));
    m_painter.drawPath(foam);
    if (m_light.lightsOn)
        return;

    const QColor stripes[] = {QColor(0xe2483a), QColor(0x2f6fb5), QColor(0xf2b632),
                              QColor(0x2a9d8f), QColor(0xef7b45)};
    const int parasols = randomInt(m_random, 4, 8);
    for (int i = 0; i < parasols; ++i) {
        const double depth = randomRange(m_random, 0.25, 1);
        const double y = rect.top() + depth * rect.height() * 0.85;
        const double x = randomRange(m_random, rect.left() + 40, rect.right() - 40);
        const double radius = 26 + 44 * depth;
        // Towel first, then the pole and the canopy's shadow, then the canopy.
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(withAlpha(stripes[randomInt(m_random, 0, 4)], 230));
        m_painter.drawRect(QRectF(x + radius * 0.3, y - radius * 0.12, radius * 0.9, radius * 0.4));
        m_painter.setBrush(withAlpha(QColor(0x5a4030), 60));
        m_painter.drawEllipse(QPointF(x + radius * 0.3, y + 3), radius * 0.9, radius * 0.22);
        m_painter.setPen(QPen(QColor(0x5a5048), 2 + depth * 2));
        m_painter.drawLine(QPointF(x, y), QPointF(x, y - radius * 1.3));
        const QColor a = stripes[randomInt(m_random, 0, 4)];
        const QRectF canopy(x - radius, y - radius * 1.3 - radius * 0.55, radius * 2, radius * 1.1);
        m_painter.setPen(Qt::NoPen);
        for (int s = 0; s < 6; ++s) {
            m_painter.setBrush(s % 2 ? QColor(0xfaf6ee) : a);
            m_painter.drawPie(canopy, 16 * (180 - 30 * (s + 1)), 16 * 30);
        }
    }
}

void LandscapePainter::paintPalm(const QPointF &base, double height, double lean,
                                 const QColor &color)
{
    const QPointF top(base.x() + lean, base.y() - height);
    QPainterPath trunk(base);
    trunk.quadTo(QPointF(base.x() + lean * 0.1, base.y() - height * 0.6), top);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(color, height * 0.035, Qt::SolidLine, Qt::RoundCap));
    m_painter.drawPath(trunk);
    // The rings of the trunk.
    m_painter.setPen(QPen(color.lighter(125), 1.5));
    for (double t = 0.05; t < 0.95; t += 0.045) {
        const QPointF p = trunk.pointAtPercent(t);
        const double w = height * 0.018;
        m_painter.drawLine(p - QPointF(w, 0), p + QPointF(w, -1));
    }
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(color);
    const int fronds = 9;
    for (int i = 0; i < fronds; ++i) {
        const double angle = -std::numbers::pi * (0.05 + 0.9 * i / (fronds - 1)) +
                             randomRange(m_random, -0.12, 0.12);
        const double length = height * randomRange(m_random, 0.32, 0.42);
        const QPointF tip = top + QPointF(std::cos(angle) * length,
                                          std::sin(angle) * length * 0.55 + length * 0.35);
        const QPointF control =
            top + QPointF(std::cos(angle) * length * 0.5, std::sin(angle) * length * 0.7);
        const QPointF normal(-std::sin(angle) * height * 0.03, std::cos(angle) * height * 0.03);
        QPainterPath leaf(top);
        leaf.quadTo(control + normal, tip);
        leaf.quadTo(control - normal, top);
        m_painter.drawPath(leaf);
    }
    m_painter.drawEllipse(top, height * 0.025, height * 0.02);
}

void LandscapePainter::paintSkyline(const Skyline &skyline)
{
    const QColor base = mixColors(m_light.farLand, m_light.nearLand,
                                  skyline.depth * 0.8 + (m_light.lightsOn ? 0.2 : 0));
    const double scale = 0.5 + skyline.depth;
    double x = skyline.left - randomRange(m_random, 0, 30);
    m_painter.setPen(Qt::NoPen);
    while (x < skyline.right) {
        const double width = randomRange(m_random, 18, 60) * scale;
        // Mostly the Eixample's even six storeys, now and then something taller.
        const double height =
            skyline.maxHeight * (randomChance(m_random, 0.12) ? randomRange(m_random, 0.6, 1)
                                                              : randomRange(m_random, 0.22, 0.45));
        const QRectF building(x, skyline.baseline - height, width, height + 1);
        const double shade = randomRange(m_random, -0.12, 0.12);
        QColor wall = shade > 0 ? mixColors(base, m_light.wallLight, shade * 1.5)
                                : base.darker(100 + static_cast<int>(-shade * 80));
        // In daylight the city's own colours show through the haze: cream, stone, terracotta.
        if (!m_light.lightsOn) {
            const QColor paint =
                inLight(kFacadeColors[randomInt(m_random, 0, 4)], m_light.wallLight);
            wall = mixColors(wall, paint, 0.25 + 0.5 * skyline.depth);
        }
        m_painter.setBrush(wall);
        m_painter.drawRect(building);
        // The sunlit side a shade lighter: gives the blocks some volume in daylight.
        if (!m_light.lightsOn) {
            m_painter.setBrush(withAlpha(m_light.wallLight, 40));
            m_painter.drawRect(QRectF(x, building.top(), width * 0.35, height + 1));
        }
        paintWindows(building, scale);
        m_painter.setPen(Qt::NoPen);
        x += width + (randomChance(m_random, 0.2) ? randomRange(m_random, 2, 14) * scale : 0);
    }
    const QColor landmark = base.darker(108);
    if (skyline.sagradaX >= 0) {
        const double height = skyline.maxHeight * 2.1;
        paintSpires(skyline.sagradaX, skyline.baseline, skyline.baseline - height, height * 0.55,
                    landmark);
    }
    if (skyline.gloriesX >= 0)
        paintGloriesTower(skyline.gloriesX, skyline.baseline, skyline.maxHeight * 2.0, landmark);
}

void LandscapePainter::paintWindows(const QRectF &building, double scale)
{
    const double step = 7 * scale;
    if (building.width() < step * 2)
        return;
    const double size = std::max(1.5, step * 0.45);
    for (double y = building.top() + step; y < building.bottom() - step; y += step) {
        for (double x = building.left() + step * 0.6; x < building.right() - size; x += step) {
            if (m_light.lightsOn) {
                if (!randomChance(m_random, 0.35))
                    continue;
                m_painter.setBrush(withAlpha(kLitWindow, randomInt(m_random, 120, 255)));
            } else {
                m_painter.setBrush(withAlpha(QColor(0x20242c), 45));
            }
            m_painter.drawRect(QRectF(x, y, size, size * 1.3));
        }
    }
}

void LandscapePainter::paintSpires(double centerX, double base, double top, double width,
                                   const QColor &color)
{
    // Four tall spires with bulbous tips, the middle ones tallest, over a massive nave.
    const double height = base - top;
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(color);
    m_painter.drawRect(
        QRectF(centerX - width * 0.55, base - height * 0.35, width * 1.1, height * 0.35 + 1));
    const double offsets[] = {-0.38, -0.13, 0.13, 0.38};
    const double heights[] = {0.82, 0.97, 1.0, 0.85};
    for (int i = 0; i < 4; ++i) {
        const double x = centerX + offsets[i] * width;
        const double h = height * heights[i];
        const double w = width * 0.13;
        QPainterPath spire(QPointF(x - w / 2, base));
        spire.lineTo(x - w * 0.42, base - h * 0.55);
        spire.quadTo(QPointF(x - w * 0.3, base - h * 0.9), QPointF(x, base - h));
        spire.quadTo(QPointF(x + w * 0.3, base - h * 0.9), QPointF(x + w * 0.42, base - h * 0.55));
        spire.lineTo(x + w / 2, base);
        spire.closeSubpath();
        m_painter.drawPath(spire);
        // Openings up the spire, and the coloured pinnacle Gaudí put on top.
        m_painter.setBrush(withAlpha(m_light.lightsOn ? kLitWindow : QColor(0x101010),
                                     m_light.lightsOn ? 150 : 50));
        for (double t = 0.2; t < 0.8; t += 0.07)
            m_painter.drawEllipse(QPointF(x, base - h * t), w * 0.12, w * 0.2);
        m_painter.setBrush(mixColors(QColor(0xe0a030), color, m_light.lightsOn ? 0.3 : 0.45));
        m_painter.drawEllipse(QPointF(x, base - h * 0.985), w * 0.18, w * 0.18);
        m_painter.setBrush(color);
    }
}

void LandscapePainter::paintCrane(double x, double base, double top, double jib,
                                  const QColor &color)
{
    // A lattice mast and jib, as tower cranes are built: a solid line would read as a frame edge.
    const double width = std::max(6.0, (base - top) * 0.012);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(color, 2));
    m_painter.drawLine(QPointF(x - width / 2, base), QPointF(x - width / 2, top));
    m_painter.drawLine(QPointF(x + width / 2, base), QPointF(x + width / 2, top));
    for (double y = top; y < base; y += width)
        m_painter.drawLine(QPointF(x - width / 2, y), QPointF(x + width / 2, y + width));
    const double direction = jib < 0 ? -1 : 1;
    const double back = -direction * std::abs(jib) * 0.25;
    m_painter.drawLine(QPointF(x + back, top), QPointF(x + jib, top));
    m_painter.drawLine(QPointF(x + back, top - width), QPointF(x + jib, top - width));
    for (double t = 0; t < 1; t += 0.04) {
        const double a = x + back + (jib - back) * t;
        const double b = x + back + (jib - back) * (t + 0.04);
        m_painter.drawLine(QPointF(a, top), QPointF(b, top - width));
    }
    // The counterweight, the cab and the hook hanging from the trolley.
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(color.darker(140));
    m_painter.drawRect(
        QRectF(x + back - direction * width, top - width, direction * width * 3, width * 2.5));
    m_painter.setBrush(color);
    m_painter.drawRect(QRectF(x - width, top + width * 0.2, width * 2, width * 1.6));
    m_painter.setPen(QPen(color.darker(160), 1.2));
    const double trolley = x + jib * 0.6;
    m_painter.drawLine(QPointF(trolley, top), QPointF(trolley, top + (base - top) * 0.25));
}

void LandscapePainter::paintGloriesTower(double centerX, double base, double height,
                                         const QColor &color)
{
    const double width = height * 0.3;
    QPainterPath tower(QPointF(centerX - width / 2, base));
    tower.lineTo(centerX - width / 2, base - height * 0.6);
    tower.cubicTo(QPointF(centerX - width / 2, base - height * 0.95),
                  QPointF(centerX - width * 0.15, base - height), QPointF(centerX, base - height));
    tower.cubicTo(QPointF(centerX + width * 0.15, base - height),
                  QPointF(centerX + width / 2, base - height * 0.95),
                  QPointF(centerX + width / 2, base - height * 0.6));
    tower.lineTo(centerX + width / 2, base);
    tower.closeSubpath();
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(color);
    m_painter.drawPath(tower);
    if (!m_light.lightsOn)
        return;
    // At night its facade glows in bands of colour.
    m_painter.save();
    m_painter.setClipPath(tower);
    const QColor bands[] = {QColor(0x2c6fdc), QColor(0xd33a6a), QColor(0xf0a030), QColor(0x3ab0a0)};
    for (double y = base - height; y < base; y += 3) {
        const int band = static_cast<int>((base - y) / height * 4) % 4;
        for (double x = centerX - width / 2; x < centerX + width / 2; x += 3) {
            if (!randomChance(m_random, 0.45))
                continue;
            m_painter.fillRect(QRectF(x, y, 1.6, 1.6), withAlpha(bands[band], 220));
        }
    }
    m_painter.restore();
}
