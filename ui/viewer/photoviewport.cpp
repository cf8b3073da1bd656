#include "ui/viewer/photoviewport.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

void PhotoViewport::setViewSize(QSizeF size, qreal devicePixelRatio)
{
    m_viewSize = size;
    m_devicePixelRatio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    clampCenter();
}

void PhotoViewport::setPhotoSize(QSize pixels)
{
    m_photoSize = pixels;
    fit();
}

void PhotoViewport::fit()
{
    m_fitted = true;
    m_center = QPointF(m_photoSize.width() / 2.0, m_photoSize.height() / 2.0);
}

double PhotoViewport::fitZoom() const
{
    if (m_photoSize.isEmpty() || m_viewSize.isEmpty())
        return 1.0;
    const double widthZoom = m_viewSize.width() * m_devicePixelRatio / m_photoSize.width();
    const double heightZoom = m_viewSize.height() * m_devicePixelRatio / m_photoSize.height();
    // A photo smaller than the screen stays at 100%: enlarging it only makes it blurry.
    return std::min({widthZoom, heightZoom, 1.0});
}

double PhotoViewport::zoom() const
{
    return m_fitted ? fitZoom() : m_zoom;
}

void PhotoViewport::zoomTo(double zoom, QPointF anchor)
{
    if (m_photoSize.isEmpty())
        return;
    const double minimum = fitZoom();
    zoom = std::min(zoom, MaximumZoom);
    if (zoom <= minimum * 1.001) {
        fit();
        return;
    }
    const QPointF fromCenter = anchor - viewCenter();
    const QPointF underAnchor = m_center + fromCenter / scale();
    m_zoom = zoom;
    m_fitted = false;
    m_center = underAnchor - fromCenter / scale();
    clampCenter();
}

void PhotoViewport::panBy(QPointF delta)
{
    if (m_fitted)
        return;
    m_center -= delta / scale();
    clampCenter();
}

bool PhotoViewport::canPan() const
{
    if (m_fitted || m_photoSize.isEmpty())
        return false;
    return m_photoSize.width() * scale() > m_viewSize.width() + 0.5 ||
           m_photoSize.height() * scale() > m_viewSize.height() + 0.5;
}

QRectF PhotoViewport::photoRect() const
{
    if (m_photoSize.isEmpty())
        return {};
    const double s = scale();
    const QSizeF size(m_photoSize.width() * s, m_photoSize.height() * s);
    QPointF topLeft = viewCenter() - m_center * s;
    // Whole device pixels: at 100% every photo pixel lands on exactly one screen pixel.
    topLeft = QPointF(std::round(topLeft.x() * m_devicePixelRatio),
                      std::round(topLeft.y() * m_devicePixelRatio)) /
              m_devicePixelRatio;
    return {topLeft, size};
}

void PhotoViewport::clampCenter()
{
    if (m_photoSize.isEmpty())
        return;
    if (m_fitted) {
        m_center = QPointF(m_photoSize.width() / 2.0, m_photoSize.height() / 2.0);
        return;
    }
    const double s = scale();
    const auto clampAxis = [](double center, double photoLength, double viewLength) {
        // Smaller than the view on this axis: centred. Larger: its edges stay at the view's.
        if (photoLength <= viewLength)
            return photoLength / 2;
        return std::clamp(center, viewLength / 2, photoLength - viewLength / 2);
    };
    m_center.setX(clampAxis(m_center.x(), m_photoSize.width(), m_viewSize.width() / s));
    m_center.setY(clampAxis(m_center.y(), m_photoSize.height(), m_viewSize.height() / s));
}
