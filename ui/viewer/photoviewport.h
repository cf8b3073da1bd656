#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QSizeF>

// Where the photo sits in the viewer: its zoom and the point of the photo at the middle of the
// view. Zoom counts device pixels per photo pixel, so 1.0 ("100%") is pixel-sharp on any screen,
// HiDPI included. Fitted, the photo is shown whole and centred, never enlarged past 100%; zoomed,
// it is panned within its edges so no empty band opens where the photo could be. Pure geometry.
class PhotoViewport
{
public:
    static constexpr double MaximumZoom = 16.0;

    // The view in logical pixels, and its device pixel ratio.
    void setViewSize(QSizeF size, qreal devicePixelRatio);
    QSizeF viewSize() const { return m_viewSize; }
    qreal devicePixelRatio() const { return m_devicePixelRatio; }
    // The photo's full size as displayed (after orientation). Starts fitted.
    void setPhotoSize(QSize pixels);
    QSize photoSize() const { return m_photoSize; }

    bool isFitted() const { return m_fitted; }
    void fit();
    // The zoom now, and the one that fits the view (at most 1.0).
    double zoom() const;
    double fitZoom() const;
    // Zooms keeping the photo point under `anchor` (view coordinates) where it is. Zooming to the
    // fit zoom or below fits.
    void zoomTo(double zoom, QPointF anchor);
    void zoomBy(double factor, QPointF anchor) { zoomTo(zoom() * factor, anchor); }
    // Moves the photo by `delta` logical pixels, as far as its edges allow.
    void panBy(QPointF delta);
    // True when the zoomed photo is larger than the view, so there is something to pan to.
    bool canPan() const;

    // Where to draw the photo, in logical view coordinates, aligned to device pixels.
    QRectF photoRect() const;
    QPointF viewCenter() const { return {m_viewSize.width() / 2, m_viewSize.height() / 2}; }

private:
    // Logical pixels per photo pixel.
    double scale() const { return zoom() / m_devicePixelRatio; }
    void clampCenter();

    QSizeF m_viewSize;
    qreal m_devicePixelRatio = 1.0;
    QSize m_photoSize;
    bool m_fitted = true;
    double m_zoom = 1.0;
    QPointF m_center; // photo pixel at the middle of the view
};
