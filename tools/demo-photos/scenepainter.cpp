#include "tools/demo-photos/scenepainter.h"

#include "tools/demo-photos/closeuppainter.h"
#include "tools/demo-photos/landscapepainter.h"
#include "tools/demo-photos/randomrange.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <cmath>

namespace {

void paintSeafront(QPainter &painter, LandscapePainter &land, const Daylight &light,
                   QRandomGenerator &random, const QRectF &frame)
{
    const double horizon = frame.height() * randomRange(random, 0.42, 0.55);
    const double shore = horizon + frame.height() * randomRange(random, 0.18, 0.28);
    const double sunX = randomRange(random, 0.25, 0.75);
    land.paintSky(QRectF(0, 0, frame.width(), horizon), sunX, randomInt(random, 2, 6));
    // The W hotel's sail at the end of the beach, far off on the horizon.
    if (randomChance(random, 0.6)) {
        const double x = frame.width() * randomRange(random, 0.75, 0.92);
        const double h = frame.height() * 0.12;
        QPainterPath sail(QPointF(x - h * 0.5, horizon));
        sail.quadTo(QPointF(x - h * 0.1, horizon - h * 0.7), QPointF(x + h * 0.05, horizon - h));
        sail.lineTo(x + h * 0.15, horizon);
        sail.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(light.farLand);
        painter.drawPath(sail);
    }
    land.paintSea(QRectF(0, horizon, frame.width(), shore - horizon + 1), sunX);
    // A sailing boat or two.
    for (int i = randomInt(random, 0, 2); i > 0; --i) {
        const double x = frame.width() * randomRange(random, 0.1, 0.9);
        const double y = horizon + (shore - horizon) * randomRange(random, 0.1, 0.5);
        const double s = 0.5 + (y - horizon) / (shore - horizon);
        painter.setPen(Qt::NoPen);
        painter.setBrush(light.lightsOn ? light.nearLand : QColor(0xfbf7ef));
        QPainterPath sail(QPointF(x, y - 4 * s));
        sail.lineTo(x, y - 46 * s);
        sail.lineTo(x + 22 * s, y - 6 * s);
        sail.closeSubpath();
        painter.drawPath(sail);
        painter.setBrush(light.nearLand);
        painter.drawRect(QRectF(x - 16 * s, y - 4 * s, 44 * s, 6 * s));
    }
    land.paintBeach(QRectF(0, shore, frame.width(), frame.height() - shore));
}

void paintHarbour(QPainter &painter, LandscapePainter &land, const Daylight &light,
                  QRandomGenerator &random, const QRectF &frame)
{
    const double waterline = frame.height() * randomRange(random, 0.58, 0.66);
    const double sunX = randomRange(random, 0.15, 0.85);
    land.paintSky(QRectF(0, 0, frame.width(), waterline), sunX, randomInt(random, 1, 4));
    land.paintHills(QRectF(0, 0, frame.width(), waterline), waterline - frame.height() * 0.16,
                    frame.height() * 0.05, light.farLand);
    LandscapePainter::Skyline city;
    city.left = 0;
    city.right = frame.width();
    city.baseline = waterline;
    city.maxHeight = frame.height() * 0.2;
    city.depth = 0.5;
    city.gloriesX = randomChance(random, 0.7) ? frame.width() * randomRange(random, 0.5, 0.8) : -1;
    land.paintSkyline(city);
    const QRectF water(0, waterline, frame.width(), frame.height() - waterline);
    land.paintSea(water, sunX);
    // The city's lights drawn out in the water.
    if (light.lightsOn) {
        for (int i = 0; i < 260; ++i) {
            const double x = randomRange(random, 0, frame.width());
            const double y = waterline + std::pow(random.generateDouble(), 1.5) * water.height();
            const QColor lit = randomChance(random, 0.8) ? QColor(0xffd68a) : QColor(0xff8a5a);
            painter.setPen(
                QPen(QColor(lit.red(), lit.green(), lit.blue(),
                            static_cast<int>(160 * (1 - (y - waterline) / water.height()))),
                     randomRange(random, 1.5, 3.5), Qt::SolidLine, Qt::RoundCap));
            const double length = randomRange(random, 4, 18);
            painter.drawLine(QPointF(x, y), QPointF(x + length, y));
        }
    }
    // A quay in the foreground with a few masts of moored boats.
    const double quay = frame.height() * 0.93;
    painter.setPen(Qt::NoPen);
    painter.setBrush(light.nearLand);
    painter.drawRect(QRectF(0, quay, frame.width(), frame.height() - quay + 1));
    painter.setPen(QPen(light.nearLand, 3));
    for (int i = randomInt(random, 2, 5); i > 0; --i) {
        const double x = randomRange(random, 0, frame.width());
        painter.drawLine(QPointF(x, quay),
                         QPointF(x + randomRange(random, -6, 6),
                                 quay - frame.height() * randomRange(random, 0.3, 0.5)));
    }
}

void paintCityView(QPainter &painter, LandscapePainter &land, const Daylight &light,
                   QRandomGenerator &random, const QRectF &frame)
{
    const double horizon = frame.height() * randomRange(random, 0.3, 0.38);
    const double sunX = randomRange(random, 0.2, 0.8);
    land.paintSky(QRectF(0, 0, frame.width(), horizon), sunX, randomInt(random, 2, 5));
    land.paintSea(QRectF(0, horizon, frame.width(), frame.height() * 0.08), sunX);
    // The city in layers, smaller and hazier as it nears the sea, on streets and roofs.
    const QRectF streets(0, horizon + frame.height() * 0.08, frame.width(), frame.height());
    QLinearGradient roofs(streets.topLeft(), streets.bottomLeft());
    const QColor terracotta =
        light.lightsOn ? light.nearLand : inLight(QColor(0xb08a70), light.wallLight);
    roofs.setColorAt(0, mixColors(light.farLand, terracotta, 0.3));
    roofs.setColorAt(0.6, mixColors(light.farLand, terracotta, 0.8));
    painter.fillRect(streets, roofs);
    // Rows of blocks close enough to overlap, further apart as they come closer.
    const int layers = 8;
    for (int i = 0; i < layers; ++i) {
        const double depth = static_cast<double>(i) / (layers - 1);
        LandscapePainter::Skyline city;
        city.left = 0;
        city.right = frame.width();
        city.baseline = horizon + frame.height() * (0.1 + 0.55 * std::pow(depth, 1.3));
        city.maxHeight = frame.height() * (0.07 + 0.2 * depth);
        city.depth = depth * 0.9;
        if (i == 1)
            city.sagradaX = frame.width() * randomRange(random, 0.3, 0.55);
        if (i == 0)
            city.gloriesX = frame.width() * randomRange(random, 0.65, 0.85);
        land.paintSkyline(city);
    }
    // The hill the photo is taken from, and a few pines on it.
    land.paintHills(frame, frame.height() * 0.92, frame.height() * 0.06, light.nearLand);
    painter.setPen(Qt::NoPen);
    for (int i = randomInt(random, 2, 4); i > 0; --i) {
        const double x = randomRange(random, 0, frame.width());
        const double y = frame.height() * randomRange(random, 0.86, 0.9);
        painter.setBrush(light.nearLand.darker(120));
        painter.drawRect(QRectF(x - 3, y, 6, frame.height()));
        painter.drawEllipse(QPointF(x, y), frame.width() * 0.05, frame.height() * 0.03);
    }
}

void paintMontjuic(QPainter &painter, LandscapePainter &land, const Daylight &light,
                   QRandomGenerator &random, const QRectF &frame)
{
    const double horizon = frame.height() * randomRange(random, 0.38, 0.45);
    const double sunX = randomRange(random, 0.2, 0.8);
    land.paintSky(QRectF(0, 0, frame.width(), horizon), sunX, randomInt(random, 3, 7));
    land.paintSea(QRectF(0, horizon, frame.width(), frame.height() - horizon), sunX);
    // The port's cranes on the shore, then green hills folding down to it.
    LandscapePainter::Skyline port;
    port.left = 0;
    port.right = frame.width();
    port.baseline = horizon + frame.height() * 0.12;
    port.maxHeight = frame.height() * 0.06;
    port.depth = 0.1;
    land.paintSkyline(port);
    for (int i = 0; i < 3; ++i)
        land.paintCrane(frame.width() * randomRange(random, 0.1, 0.9), port.baseline,
                        port.baseline - frame.height() * 0.12, 60, light.farLand.darker(110));
    const QColor green = mixColors(QColor(0x5f8f5a), light.nearLand, light.lightsOn ? 0.7 : 0.2);
    for (int i = 0; i < 3; ++i) {
        const double ridge = frame.height() * (0.6 + 0.13 * i);
        land.paintHills(
            frame, ridge, frame.height() * 0.07,
            mixColors(mixColors(green, light.farLand, 0.5), green.darker(130), i / 2.0));
    }
    // The cable car crossing the view.
    const QPointF from(-20, frame.height() * randomRange(random, 0.15, 0.3));
    const QPointF to(frame.width() + 20, frame.height() * randomRange(random, 0.5, 0.6));
    painter.setPen(QPen(light.nearLand, 2));
    painter.drawLine(from, to);
    painter.drawLine(from + QPointF(0, 8), to + QPointF(0, 8));
    const double t = randomRange(random, 0.3, 0.7);
    const QPointF hook = from + (to - from) * t;
    painter.drawLine(hook, hook + QPointF(0, 30));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd8442f));
    painter.drawRoundedRect(QRectF(hook.x() - 22, hook.y() + 30, 44, 34), 6, 6);
    painter.setBrush(light.lightsOn ? QColor(0xffd68a) : light.skyHorizon);
    painter.drawRect(QRectF(hook.x() - 16, hook.y() + 36, 32, 12));
}

void paintSpiresScene(QPainter &painter, LandscapePainter &land, const Daylight &light,
                      QRandomGenerator &random, const QRectF &frame)
{
    const double ground = frame.height() * 0.88;
    land.paintSky(QRectF(0, 0, frame.width(), ground), randomRange(random, 0.2, 0.8),
                  randomInt(random, 1, 4));
    const QColor stone = mixColors(QColor(0xb9a48a), light.nearLand, light.lightsOn ? 0.6 : 0.15);
    // Building-site yellow by day, a silhouette once the lights are on.
    const QColor crane =
        light.lightsOn ? light.nearLand : inLight(QColor(0xe0a82e), light.wallLight);
    land.paintCrane(frame.width() * randomRange(random, 0.08, 0.2), ground, frame.height() * 0.12,
                    frame.width() * 0.5, crane);
    land.paintSpires(frame.width() * 0.5, ground, frame.height() * 0.2, frame.width() * 0.78,
                     stone);
    if (randomChance(random, 0.6))
        land.paintCrane(frame.width() * randomRange(random, 0.75, 0.92), ground,
                        frame.height() * 0.08, -frame.width() * 0.4, crane);
    // The street, and plane trees along it.
    painter.fillRect(QRectF(0, ground, frame.width(), frame.height() - ground), light.nearLand);
    painter.setPen(Qt::NoPen);
    const QColor leaves = mixColors(QColor(0x4f7f45), light.nearLand, light.lightsOn ? 0.75 : 0.1);
    for (double x = -30; x < frame.width() + 60; x += randomRange(random, 70, 120)) {
        for (int i = 0; i < 5; ++i) {
            painter.setBrush(i % 2 ? leaves : leaves.darker(112));
            painter.drawEllipse(
                QPointF(x + randomRange(random, -40, 40), ground - randomRange(random, 0, 60)),
                randomRange(random, 40, 70), randomRange(random, 30, 50));
        }
    }
}

void paintPalmScene(QPainter &painter, LandscapePainter &land, const Daylight &light,
                    QRandomGenerator &random, const QRectF &frame)
{
    const double horizon = frame.height() * randomRange(random, 0.6, 0.7);
    const double sunX = randomRange(random, 0.3, 0.7);
    land.paintSky(QRectF(0, 0, frame.width(), horizon), sunX, randomInt(random, 2, 5));
    land.paintSea(QRectF(0, horizon, frame.width(), frame.height() * 0.14), sunX);
    land.paintBeach(
        QRectF(0, horizon + frame.height() * 0.14, frame.width(), frame.height() * 0.4));
    const QColor palm = light.lightsOn || light.sunHeight < 0.3
                            ? light.nearLand
                            : mixColors(QColor(0x3f6a3a), light.nearLand, 0.3);
    land.paintPalm(QPointF(frame.width() * randomRange(random, 0.25, 0.4), frame.height() * 1.02),
                   frame.height() * 0.78, frame.width() * randomRange(random, 0.05, 0.25), palm);
    if (randomChance(random, 0.7))
        land.paintPalm(
            QPointF(frame.width() * randomRange(random, 0.7, 0.9), frame.height() * 1.02),
            frame.height() * 0.55, -frame.width() * randomRange(random, 0.02, 0.12),
            palm.darker(110));
    painter.setPen(Qt::NoPen);
}

// A photo, not a poster: a little darkening towards the corners, as a lens does.
void paintVignette(QPainter &painter, const QRectF &frame)
{
    QRadialGradient vignette(frame.center(), std::hypot(frame.width(), frame.height()) * 0.55);
    vignette.setColorAt(0.6, QColor(0, 0, 0, 0));
    vignette.setColorAt(1, QColor(0, 0, 0, 70));
    painter.fillRect(frame, vignette);
}

} // namespace

bool isPortrait(Scene scene)
{
    return scene == Scene::Alley || scene == Scene::Spires || scene == Scene::Palm;
}

QImage paintScene(Scene scene, TimeOfDay time, quint32 seed, const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const Daylight light = Daylight::at(time);
    QRandomGenerator random(seed);
    LandscapePainter land(painter, light, random);
    CloseUpPainter closeUp(painter, light, random);
    const QRectF frame(QPointF(0, 0), QSizeF(size));
    switch (scene) {
    case Scene::Seafront:
        paintSeafront(painter, land, light, random, frame);
        break;
    case Scene::Harbour:
        paintHarbour(painter, land, light, random, frame);
        break;
    case Scene::CityView:
        paintCityView(painter, land, light, random, frame);
        break;
    case Scene::Montjuic:
        paintMontjuic(painter, land, light, random, frame);
        break;
    case Scene::Facade:
        closeUp.paintFacade(frame);
        break;
    case Scene::Mosaic:
        closeUp.paintMosaic(frame);
        break;
    case Scene::Tapas:
        closeUp.paintTapas(frame);
        break;
    case Scene::Market:
        closeUp.paintMarket(frame);
        break;
    case Scene::Alley:
        closeUp.paintAlley(frame);
        break;
    case Scene::Spires:
        paintSpiresScene(painter, land, light, random, frame);
        break;
    case Scene::Palm:
        paintPalmScene(painter, land, light, random, frame);
        break;
    }
    paintVignette(painter, frame);
    return image;
}
