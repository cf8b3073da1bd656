#include "tools/demo-photos/closeuppainter.h"

#include "tools/demo-photos/landscapepainter.h"
#include "tools/demo-photos/randomrange.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QRadialGradient>

#include <cmath>
#include <numbers>

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

const QColor kLamp(0xffd68a);

// The old town's banner: four red stripes on yellow.
void paintSenyera(QPainter &painter, const QRectF &flag)
{
    painter.fillRect(flag, QColor(0xf4c430));
    const double stripe = flag.width() / 9;
    for (int i = 0; i < 4; ++i)
        painter.fillRect(
            QRectF(flag.left() + stripe * (1 + 2 * i), flag.top(), stripe, flag.height()),
            QColor(0xd0312d));
}

} // namespace

CloseUpPainter::CloseUpPainter(QPainter &painter, const Daylight &light, QRandomGenerator &random)
    : m_painter(painter)
    , m_light(light)
    , m_random(random)
{}

void CloseUpPainter::paintFacade(const QRectF &frame)
{
    const QColor walls[] = {QColor(0xdcb98e), QColor(0xeadbc2), QColor(0xd39a7a), QColor(0xe6c7b8),
                            QColor(0xc9b79a)};
    const QColor shutters[] = {QColor(0x557a5c), QColor(0x6b4f3a), QColor(0x4d6f8a)};
    const QColor wall = inLight(walls[randomInt(m_random, 0, 4)], m_light.wallLight);
    const QColor shutter = inLight(shutters[randomInt(m_random, 0, 2)], m_light.wallLight);
    const QColor iron = m_light.nearLand.darker(150);

    const double roof = frame.height() * randomRange(m_random, 0.06, 0.16);
    LandscapePainter(m_painter, m_light, m_random)
        .paintSky(QRectF(0, 0, frame.width(), roof + 2), randomRange(m_random, 0.6, 0.9), 1);
    QLinearGradient gradient(0, roof, 0, frame.height());
    gradient.setColorAt(0, wall.lighter(104));
    gradient.setColorAt(1, wall.darker(112));
    m_painter.fillRect(QRectF(0, roof, frame.width(), frame.height() - roof), gradient);
    // The cornice, with its row of brackets.
    m_painter.fillRect(QRectF(0, roof, frame.width(), 22), wall.darker(120));
    for (double x = 10; x < frame.width(); x += 34)
        m_painter.fillRect(QRectF(x, roof + 22, 14, 12), wall.darker(130));

    const int columns = randomInt(m_random, 4, 6);
    const double bay = frame.width() / columns;
    const double windowWidth = bay * 0.42;
    const double floorHeight = windowWidth * 2.3;
    const bool flag = randomChance(m_random, 0.5);
    int floor = 0;
    for (double top = roof + 60; top < frame.height(); top += floorHeight, ++floor) {
        for (int column = 0; column < columns; ++column) {
            const QRectF window(bay * column + (bay - windowWidth) / 2, top, windowWidth,
                                floorHeight * 0.72);
            // Stone surround, then the opening, lit or dark, and its shutters folded back.
            m_painter.fillRect(window.adjusted(-8, -10, 8, 0), wall.lighter(108));
            const bool lamp = m_light.lightsOn && randomChance(m_random, 0.55);
            QLinearGradient inside(window.topLeft(), window.bottomLeft());
            inside.setColorAt(0, lamp ? kLamp : QColor(0x2a2a33));
            inside.setColorAt(1, lamp ? kLamp.darker(130) : QColor(0x3c3a40));
            m_painter.fillRect(window, inside);
            if (randomChance(m_random, 0.7)) {
                m_painter.fillRect(QRectF(window.left() - windowWidth * 0.45, window.top(),
                                          windowWidth * 0.42, window.height()),
                                   shutter);
                m_painter.fillRect(QRectF(window.right() + windowWidth * 0.03, window.top(),
                                          windowWidth * 0.42, window.height()),
                                   shutter);
                m_painter.setPen(QPen(shutter.darker(125), 2));
                for (double y = window.top() + 6; y < window.bottom(); y += 9) {
                    m_painter.drawLine(QPointF(window.left() - windowWidth * 0.43, y),
                                       QPointF(window.left() - windowWidth * 0.05, y));
                    m_painter.drawLine(QPointF(window.right() + windowWidth * 0.05, y),
                                       QPointF(window.right() + windowWidth * 0.43, y));
                }
            } else {
                // Half-drawn blind.
                m_painter.fillRect(QRectF(window.left(), window.top(), window.width(),
                                          window.height() * randomRange(m_random, 0.2, 0.6)),
                                   inLight(QColor(0xe8e0cc), m_light.wallLight));
            }
            paintBalcony(window, iron);
            if (flag && floor == 1 && column == columns / 2)
                paintSenyera(m_painter, QRectF(window.left() + 4, window.bottom() - 6,
                                               window.width() - 8, window.height() * 0.6));
            // Geraniums on some balconies.
            if (randomChance(m_random, 0.3)) {
                m_painter.setPen(Qt::NoPen);
                for (int i = 0; i < 6; ++i) {
                    m_painter.setBrush(i % 2 ? inLight(QColor(0x4f8a3f), m_light.wallLight)
                                             : inLight(QColor(0xe04050), m_light.wallLight));
                    m_painter.drawEllipse(
                        QPointF(window.left() + randomRange(m_random, 0, 1) * window.width(),
                                window.bottom() - randomRange(m_random, 4, 18)),
                        9, 8);
                }
            }
        }
    }
    // The shadow of the building across the street, in daylight only.
    if (!m_light.lightsOn) {
        const double x = frame.width() * randomRange(m_random, -0.2, 0.4);
        QPolygonF shadow;
        shadow << QPointF(x, frame.height()) << QPointF(x + frame.width() * 0.5, roof)
               << QPointF(frame.width() * 1.5, roof)
               << QPointF(frame.width() * 1.5, frame.height());
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(QColor(20, 30, 70, 55));
        m_painter.drawPolygon(shadow);
    }
}

void CloseUpPainter::paintBalcony(const QRectF &window, const QColor &iron)
{
    const QRectF slab(window.left() - 18, window.bottom() - 4, window.width() + 36, 10);
    m_painter.fillRect(slab, iron.lighter(160));
    const double railTop = window.bottom() - window.height() * 0.3;
    m_painter.setPen(QPen(iron, 3));
    m_painter.drawLine(QPointF(slab.left(), railTop), QPointF(slab.right(), railTop));
    m_painter.setPen(QPen(iron, 1.6));
    for (double x = slab.left() + 4; x < slab.right(); x += 8)
        m_painter.drawLine(QPointF(x, railTop), QPointF(x, slab.top()));
    // A curl of wrought iron in the middle.
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(iron, 2));
    const double h = slab.top() - railTop;
    m_painter.drawEllipse(QPointF(window.center().x() - h * 0.22, railTop + h * 0.5), h * 0.22,
                          h * 0.3);
    m_painter.drawEllipse(QPointF(window.center().x() + h * 0.22, railTop + h * 0.5), h * 0.22,
                          h * 0.3);
}

void CloseUpPainter::paintTiles(const QRectF &area, double tileSize)
{
    const QColor palette[] = {QColor(0x2f5fa8), QColor(0x3fb0b5), QColor(0xf2c437),
                              QColor(0xf6f2ea), QColor(0xe8793a), QColor(0x6aa84f),
                              QColor(0xc8413a), QColor(0x9cc8e8), QColor(0xf6f2ea)};
    m_painter.fillRect(area, inLight(QColor(0xe9e1cf), m_light.wallLight));
    m_painter.setPen(Qt::NoPen);
    for (double y = area.top(); y < area.bottom() + tileSize; y += tileSize) {
        for (double x = area.left(); x < area.right() + tileSize; x += tileSize) {
            const QPointF center(x + randomRange(m_random, -0.2, 0.2) * tileSize,
                                 y + randomRange(m_random, -0.2, 0.2) * tileSize);
            const int corners = randomInt(m_random, 4, 6);
            const double turn = randomRange(m_random, 0, 2 * std::numbers::pi);
            QPolygonF shard;
            for (int i = 0; i < corners; ++i) {
                const double angle =
                    turn + 2 * std::numbers::pi * i / corners + randomRange(m_random, -0.3, 0.3);
                const double radius = tileSize * randomRange(m_random, 0.42, 0.62);
                shard << center + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
            }
            const QColor tile = palette[randomInt(m_random, 0, 8)];
            m_painter.setBrush(
                inLight(tile, m_light.wallLight).lighter(randomInt(m_random, 88, 112)));
            m_painter.drawPolygon(shard);
        }
    }
}

void CloseUpPainter::paintMosaic(const QRectF &frame)
{
    // Over the bench: the city and the sea far below.
    const double horizon = frame.height() * randomRange(m_random, 0.2, 0.3);
    LandscapePainter land(m_painter, m_light, m_random);
    const double sunX = randomRange(m_random, 0.2, 0.8);
    land.paintSky(QRectF(0, 0, frame.width(), horizon), sunX, randomInt(m_random, 1, 3));
    land.paintSea(QRectF(0, horizon, frame.width(), frame.height() * 0.26), sunX);
    LandscapePainter::Skyline city;
    city.right = frame.width();
    city.baseline = horizon + frame.height() * 0.2;
    city.maxHeight = frame.height() * 0.06;
    city.depth = 0.2;
    city.sagradaX = frame.width() * randomRange(m_random, 0.2, 0.8);
    land.paintSkyline(city);
    land.paintHills(frame, horizon + frame.height() * 0.23, frame.height() * 0.02,
                    inLight(QColor(0x6f9a5a), m_light.wallLight));

    // The serpentine bench: its backrest waves in and out across the frame.
    const double top = frame.height() * randomRange(m_random, 0.42, 0.5);
    const double phase = randomRange(m_random, 0, 2 * std::numbers::pi);
    QPainterPath bench(QPointF(frame.left(), frame.bottom()));
    for (double x = frame.left(); x <= frame.right() + 10; x += 10)
        bench.lineTo(x, top + frame.height() * 0.06 * std::sin(x / frame.width() * 9 + phase));
    bench.lineTo(frame.right() + 10, frame.bottom());
    bench.closeSubpath();
    // Its soft shadow on the terrace behind.
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(QColor(0, 0, 0, 50));
    m_painter.drawPath(bench.translated(12, -10));
    m_painter.save();
    m_painter.setClipPath(bench);
    paintTiles(frame, frame.width() / randomRange(m_random, 28, 40));
    // The rounded top edge of the backrest catches the light.
    QLinearGradient roundness(0, top - frame.height() * 0.06, 0, top + frame.height() * 0.2);
    roundness.setColorAt(0, QColor(255, 255, 255, 70));
    roundness.setColorAt(0.4, QColor(255, 255, 255, 0));
    roundness.setColorAt(1, QColor(0, 0, 0, 70));
    m_painter.fillRect(frame, roundness);
    m_painter.restore();
}

void CloseUpPainter::paintPlate(const QPointF &center, double radius)
{
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(QColor(40, 20, 10, 70));
    m_painter.drawEllipse(center + QPointF(radius * 0.08, radius * 0.1), radius, radius);
    QRadialGradient plate(center - QPointF(radius * 0.3, radius * 0.3), radius * 1.4);
    plate.setColorAt(0, QColor(0xfbf8f2));
    plate.setColorAt(1, QColor(0xd9d2c4));
    m_painter.setBrush(plate);
    m_painter.drawEllipse(center, radius, radius);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.setPen(QPen(QColor(0xc9c0ae), radius * 0.03));
    m_painter.drawEllipse(center, radius * 0.78, radius * 0.78);
    m_painter.setPen(Qt::NoPen);

    // What is on it: bravas, olives, croquetas, prawns or pan con tomate.
    const int dish = randomInt(m_random, 0, 4);
    const double r = radius * 0.62;
    const auto spot = [&] {
        const double angle = randomRange(m_random, 0, 2 * std::numbers::pi);
        const double distance = std::sqrt(m_random.generateDouble()) * r;
        return center + QPointF(std::cos(angle) * distance, std::sin(angle) * distance);
    };
    switch (dish) {
    case 0: // patatas bravas with their sauce
        for (int i = 0; i < 16; ++i) {
            const QPointF p = spot();
            m_painter.setBrush(QColor(0xe8b04a).lighter(randomInt(m_random, 90, 115)));
            m_painter.drawRoundedRect(
                QRectF(p.x() - r * 0.14, p.y() - r * 0.12, r * 0.28, r * 0.24), 4, 4);
        }
        m_painter.setBrush(QColor(0xc23b22));
        for (int i = 0; i < 7; ++i)
            m_painter.drawEllipse(spot(), r * 0.09, r * 0.06);
        break;
    case 1: // olives
        for (int i = 0; i < 22; ++i) {
            m_painter.setBrush(randomChance(m_random, 0.7) ? QColor(0x7a8a30) : QColor(0x3a2a30));
            m_painter.drawEllipse(spot(), r * 0.11, r * 0.08);
        }
        break;
    case 2: // croquetas
        for (int i = 0; i < 6; ++i) {
            QRadialGradient crust(QPointF(0, 0), r * 0.25);
            const QPointF p = spot() * 0.8 + center * 0.2;
            crust.setCenter(p - QPointF(r * 0.05, r * 0.05));
            crust.setColorAt(0, QColor(0xd99a4e));
            crust.setColorAt(1, QColor(0x8a5226));
            m_painter.setBrush(crust);
            m_painter.drawEllipse(p, r * 0.25, r * 0.15);
        }
        break;
    case 3: // prawns
        m_painter.setBrush(Qt::NoBrush);
        for (int i = 0; i < 7; ++i) {
            const QPointF p = spot() * 0.8 + center * 0.2;
            m_painter.setPen(QPen(QColor(0xf07a4a), r * 0.1, Qt::SolidLine, Qt::RoundCap));
            m_painter.drawArc(QRectF(p.x() - r * 0.18, p.y() - r * 0.18, r * 0.36, r * 0.36),
                              randomInt(m_random, 0, 360) * 16, 220 * 16);
        }
        m_painter.setPen(Qt::NoPen);
        break;
    default: // pan con tomate
        for (int i = 0; i < 3; ++i) {
            const QPointF p =
                center + QPointF((i - 1) * r * 0.6, randomRange(m_random, -0.2, 0.2) * r);
            m_painter.setBrush(QColor(0xd9a86a));
            m_painter.drawRoundedRect(QRectF(p.x() - r * 0.26, p.y() - r * 0.4, r * 0.52, r * 0.8),
                                      8, 8);
            m_painter.setBrush(QColor(0xc8412e));
            m_painter.drawRoundedRect(QRectF(p.x() - r * 0.2, p.y() - r * 0.33, r * 0.4, r * 0.66),
                                      8, 8);
        }
        break;
    }
}

void CloseUpPainter::paintTapas(const QRectF &frame)
{
    // A wooden table, planks across the frame.
    const QColor wood = randomChance(m_random, 0.5) ? QColor(0xa8744a) : QColor(0x8a5a3a);
    const double plank = frame.height() / randomInt(m_random, 4, 6);
    for (double y = 0; y < frame.height(); y += plank) {
        const QColor shade = wood.lighter(randomInt(m_random, 92, 110));
        m_painter.fillRect(QRectF(0, y, frame.width(), plank), shade);
        m_painter.setPen(QPen(shade.darker(115), 1.5));
        for (int i = 0; i < 8; ++i) {
            const double gy = y + randomRange(m_random, 0.1, 0.9) * plank;
            m_painter.drawLine(QPointF(0, gy),
                               QPointF(frame.width(), gy + randomRange(m_random, -6, 6)));
        }
        m_painter.fillRect(QRectF(0, y, frame.width(), 3), shade.darker(150));
    }
    // Plates spread without overlapping too much, then a glass or two of wine.
    QList<QPointF> placed;
    const double radius = frame.height() * 0.17;
    for (int attempt = 0; attempt < 60 && placed.size() < 5; ++attempt) {
        const QPointF p(randomRange(m_random, radius, frame.width() - radius),
                        randomRange(m_random, radius, frame.height() - radius));
        bool clear = true;
        for (const QPointF &other : placed)
            clear = clear && QLineF(p, other).length() > radius * 2.05;
        if (!clear)
            continue;
        placed << p;
        paintPlate(p, radius * randomRange(m_random, 0.8, 1.0));
    }
    for (int i = randomInt(m_random, 1, 2); i > 0; --i) {
        const QPointF p(randomRange(m_random, 0.05, 0.95) * frame.width(),
                        randomRange(m_random, 0.05, 0.95) * frame.height());
        m_painter.setBrush(QColor(40, 20, 10, 60));
        m_painter.drawEllipse(p + QPointF(10, 12), radius * 0.42, radius * 0.42);
        m_painter.setBrush(QColor(0x6a1428));
        m_painter.drawEllipse(p, radius * 0.38, radius * 0.38);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setPen(QPen(QColor(255, 255, 255, 150), 4));
        m_painter.drawEllipse(p, radius * 0.42, radius * 0.42);
        m_painter.setPen(QPen(QColor(255, 255, 255, 110), 5, Qt::SolidLine, Qt::RoundCap));
        m_painter.drawArc(
            QRectF(p.x() - radius * 0.3, p.y() - radius * 0.3, radius * 0.6, radius * 0.6),
            100 * 16, 60 * 16);
        m_painter.setPen(Qt::NoPen);
    }
    // The restaurant's warm light, falling off towards the edges.
    QRadialGradient lamp(frame.center(), frame.width() * 0.7);
    lamp.setColorAt(0, QColor(255, 220, 160, 30));
    lamp.setColorAt(1, QColor(30, 10, 0, 110));
    m_painter.fillRect(frame, lamp);
}

void CloseUpPainter::paintMarket(const QRectF &frame)
{
    struct Fruit
    {
        QColor color;
        double size; // of a crate's width
    };
    const Fruit fruits[] = {{QColor(0xf28c28), 0.16}, {QColor(0xf2d43a), 0.15},
                            {QColor(0xc8282e), 0.15}, {QColor(0x8cc63f), 0.15},
                            {QColor(0x6a2d6e), 0.07}, {QColor(0xe8423a), 0.08},
                            {QColor(0x3f7a2a), 0.12}, {QColor(0xf5b8a0), 0.17}};
    // The hall's dark roof and the stall's sign, lamps hanging from it.
    m_painter.fillRect(frame, QColor(0x2b2420));
    const double sign = frame.height() * 0.16;
    const QColor signColors[] = {QColor(0x1f6f5c), QColor(0xb8362e), QColor(0x2f4f8a)};
    m_painter.fillRect(QRectF(0, sign * 0.4, frame.width(), sign * 0.6),
                       signColors[randomInt(m_random, 0, 2)]);
    m_painter.fillRect(QRectF(0, sign * 0.45, frame.width(), 4), QColor(0xe8d8a8));
    m_painter.fillRect(QRectF(0, sign * 0.95, frame.width(), 4), QColor(0xe8d8a8));
    for (double x = frame.width() * 0.12; x < frame.width(); x += frame.width() * 0.25) {
        QRadialGradient glow(QPointF(x, sign * 1.2), frame.width() * 0.18);
        glow.setColorAt(0, withAlpha(kLamp, 120));
        glow.setColorAt(1, withAlpha(kLamp, 0));
        m_painter.fillRect(frame, glow);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(kLamp);
        m_painter.drawEllipse(QPointF(x, sign * 1.15), 14, 10);
    }
    // Crates in rows, tilted towards the customer, each heaped with one fruit.
    const int columns = randomInt(m_random, 4, 5);
    const double crateWidth = frame.width() / columns;
    const double crateHeight = (frame.height() - sign * 1.5) / 3;
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QRectF crate(column * crateWidth + 6, sign * 1.5 + row * crateHeight + 6,
                               crateWidth - 12, crateHeight - 12);
            m_painter.fillRect(crate, QColor(0x8a6038));
            m_painter.fillRect(crate.adjusted(6, 6, -6, -6), QColor(0x3a2a1c));
            const Fruit &fruit = fruits[randomInt(m_random, 0, 7)];
            const double r = fruit.size * crateWidth / 2;
            m_painter.save();
            m_painter.setClipRect(crate.adjusted(6, 6, -6, -6));
            for (double y = crate.top() + r; y < crate.bottom() + r; y += r * 1.5) {
                for (double x = crate.left() + r * (std::fmod(y, 2 * r) > r ? 1 : 0.2);
                     x < crate.right() + r; x += r * 1.7) {
                    const QPointF p(x + randomRange(m_random, -0.2, 0.2) * r,
                                    y + randomRange(m_random, -0.2, 0.2) * r);
                    QRadialGradient shine(p - QPointF(r * 0.35, r * 0.35), r * 1.3);
                    shine.setColorAt(0, fruit.color.lighter(140));
                    shine.setColorAt(0.5, fruit.color);
                    shine.setColorAt(1, fruit.color.darker(150));
                    m_painter.setPen(Qt::NoPen);
                    m_painter.setBrush(shine);
                    m_painter.drawEllipse(p, r, r);
                }
            }
            m_painter.restore();
            // The price tag on its stick.
            const QRectF tag(crate.left() + crate.width() * 0.3, crate.top() - 4,
                             crate.width() * 0.4, crate.height() * 0.2);
            m_painter.fillRect(tag, QColor(0xf8f4e8));
            m_painter.fillRect(tag.adjusted(tag.width() * 0.15, tag.height() * 0.35,
                                            -tag.width() * 0.15, -tag.height() * 0.35),
                               QColor(0x303030));
        }
    }
}

void CloseUpPainter::paintAlley(const QRectF &frame)
{
    const double w = frame.width();
    const double h = frame.height();
    // The bright end of the street, where it opens on a square; the street runs towards its
    // centre. The walls are tall and the street narrow, so the end is taller than it is wide.
    const QRectF end(w * randomRange(m_random, 0.42, 0.48), h * 0.3, w * 0.1, h * 0.36);
    const QPointF vanishing = end.center();
    // Where a wall's top or foot (as seen at the far end) reaches the near edge x.
    const auto nearPoint = [&](double nearX, double farX, double farY) {
        const double k = (vanishing.x() - nearX) / (vanishing.x() - farX);
        return QPointF(nearX, vanishing.y() + (farY - vanishing.y()) * k);
    };
    const QPointF leftTop = nearPoint(-w * 0.05, end.left(), end.top());
    const QPointF leftBottom = nearPoint(-w * 0.05, end.left(), end.bottom());
    const QPointF rightTop = nearPoint(w * 1.05, end.right(), end.top());
    const QPointF rightBottom = nearPoint(w * 1.05, end.right(), end.bottom());

    LandscapePainter(m_painter, m_light, m_random).paintSky(frame, 0.5, 2);
    const QColor stone = inLight(QColor(0xc4ae8c), m_light.wallLight);
    QLinearGradient square(end.topLeft(), end.bottomLeft());
    square.setColorAt(0, inLight(QColor(0xf2dfb8), m_light.wallLight));
    square.setColorAt(1, inLight(QColor(0xd8b890), m_light.wallLight));
    m_painter.fillRect(end, square);

    QPolygonF ground;
    ground << leftBottom << rightBottom << end.bottomRight() << end.bottomLeft();
    QLinearGradient groundShade(0, end.bottom(), 0, h);
    groundShade.setColorAt(0, stone.darker(115));
    groundShade.setColorAt(1, stone.darker(160));
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(groundShade);
    m_painter.drawPolygon(ground);
    m_painter.save();
    m_painter.setClipRegion(QRegion(ground.toPolygon()));
    m_painter.setPen(QPen(stone.darker(190), 1.5));
    for (double y = end.bottom() + 4, step = 4; y < h; y += step, step *= 1.15)
        m_painter.drawLine(QPointF(0, y), QPointF(w, y));
    m_painter.restore();

    // The two walls: the left one in shade, the right one catching some light.
    const auto paintWall = [&](bool left) {
        const QPointF nearTop = left ? leftTop : rightTop;
        const QPointF nearBottom = left ? leftBottom : rightBottom;
        const QPointF farTop = left ? end.topLeft() : end.topRight();
        const QPointF farBottom = left ? end.bottomLeft() : end.bottomRight();
        QPolygonF wall;
        wall << nearTop << farTop << farBottom << nearBottom;
        QLinearGradient shade(QPointF(nearTop.x(), 0), QPointF(farTop.x(), 0));
        const QColor base = left ? stone.darker(135) : stone;
        shade.setColorAt(0, base.darker(105));
        shade.setColorAt(1, base.darker(150));
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(shade);
        m_painter.drawPolygon(wall);
        // A point on the wall: t runs along the street (0 near, 1 at the end), v down the wall.
        const auto at = [&](double t, double v) {
            const QPointF top = nearTop + (farTop - nearTop) * t;
            const QPointF bottom = nearBottom + (farBottom - nearBottom) * t;
            return top + (bottom - top) * v;
        };
        const double stations[] = {0.0, 0.45, 0.68, 0.8, 0.87, 0.915, 0.945};
        for (int i = 0; i + 1 < 7; ++i) {
            const double t0 = stations[i] + (stations[i + 1] - stations[i]) * 0.2;
            const double t1 = stations[i] + (stations[i + 1] - stations[i]) * 0.65;
            for (const double v : {0.1, 0.24, 0.38, 0.52}) {
                QPolygonF opening;
                opening << at(t0, v) << at(t1, v) << at(t1, v + 0.08) << at(t0, v + 0.08);
                const bool lamp = m_light.lightsOn && randomChance(m_random, 0.45);
                m_painter.setPen(Qt::NoPen);
                m_painter.setBrush(lamp ? kLamp : QColor(0x26221f));
                m_painter.drawPolygon(opening);
                // The balcony's rail.
                m_painter.setPen(QPen(QColor(0x1a1614), 2));
                m_painter.drawLine(at(t0 - 0.005, v + 0.08), at(t1 + 0.005, v + 0.08));
                m_painter.drawLine(at(t0 - 0.005, v + 0.068), at(t1 + 0.005, v + 0.068));
            }
            // A street lamp on the wall between two houses.
            if (i % 2 == 1) {
                const QPointF lampPoint = at(stations[i], 0.66);
                const double size = QLineF(at(stations[i], 0), at(stations[i], 1)).length() * 0.01;
                if (m_light.lightsOn) {
                    QRadialGradient glow(lampPoint, size * 14);
                    glow.setColorAt(0, withAlpha(kLamp, 170));
                    glow.setColorAt(1, withAlpha(kLamp, 0));
                    m_painter.setPen(Qt::NoPen);
                    m_painter.setBrush(glow);
                    m_painter.drawEllipse(lampPoint, size * 14, size * 14);
                }
                m_painter.setPen(Qt::NoPen);
                m_painter.setBrush(m_light.lightsOn ? kLamp : stone.darker(170));
                m_painter.drawEllipse(lampPoint, size * 0.6, size * 0.9);
            }
        }
    };
    paintWall(true);
    paintWall(false);

    // Washing on a line across the street, and a banner.
    const double lineY = h * randomRange(m_random, 0.1, 0.18);
    m_painter.setPen(QPen(QColor(0x202020), 2));
    m_painter.drawLine(QPointF(0, lineY), QPointF(w, lineY + 24));
    const QColor clothes[] = {QColor(0xf4f0e8), QColor(0x4f7fbf), QColor(0xe26a5a),
                              QColor(0xf2c94c), QColor(0x8fbf8f)};
    for (double x = w * 0.3; x < w * 0.7; x += randomRange(m_random, 45, 80)) {
        const double y = lineY + x / w * 24;
        m_painter.fillRect(
            QRectF(x, y, randomRange(m_random, 28, 50), randomRange(m_random, 40, 80)),
            inLight(clothes[randomInt(m_random, 0, 4)], m_light.wallLight));
    }
    if (randomChance(m_random, 0.6))
        paintSenyera(m_painter, QRectF(w * 0.7, h * 0.3, w * 0.16, h * 0.14));
}
