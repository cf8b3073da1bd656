#pragma once

#include "tools/demo-photos/daylight.h"

#include <QRandomGenerator>
#include <QRectF>

class QPainter;

// The scenes seen from close by: a building front, tiles, food, a street. Unlike the landscapes
// they fill the frame with one subject, which makes the grid look like a real trip's.
class CloseUpPainter
{
public:
    CloseUpPainter(QPainter &painter, const Daylight &light, QRandomGenerator &random);

    void paintFacade(const QRectF &frame);
    void paintMosaic(const QRectF &frame);
    void paintTapas(const QRectF &frame);
    void paintMarket(const QRectF &frame);
    void paintAlley(const QRectF &frame);

private:
    // Broken tiles in the mosaic's colours, in mortar, clipped to whatever the painter clips to.
    void paintTiles(const QRectF &area, double tileSize);
    void paintPlate(const QPointF &center, double radius);
    void paintBalcony(const QRectF &window, const QColor &iron);

    QPainter &m_painter;
    const Daylight &m_light;
    QRandomGenerator &m_random;
};
