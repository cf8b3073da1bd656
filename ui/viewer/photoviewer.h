#pragma once

#include "ui/viewer/photoloader.h"
#include "ui/viewer/photoviewport.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class CatalogConnection;
class ViewerActions;
class ViewerInfo;
class QAbstractItemModel;

// The photos of a model (rows with PhotoGridModel's roles) one at a time, full screen, on black.
// Opens fitted to the screen; F, 1 or a double-click toggle fit and 100%, +/- and Ctrl+wheel zoom
// around the cursor, dragging pans. Left/Right, Page Up/Down, Backspace/Space step through the
// photos (stopping at the ends), Home/End jump to the first and last, I shows the photo's details,
// S runs a slideshow, Esc or Enter close. Every key is also in the context menu.
// Photos are decoded off the GUI thread at screen size, their neighbours ahead of time, and at
// full size only when zoomed in past what the screen-size image holds.
class PhotoViewer : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SlideshowIntervalMs = 4000;
    static constexpr int CursorHideDelayMs = 2000;

    // `photos` and `connection` (the GUI thread's, for the details the info overlay shows) must
    // outlive the viewer. A top-level window even with a parent.
    PhotoViewer(QAbstractItemModel *photos, const CatalogConnection &connection,
                QWidget *parent = nullptr);
    ~PhotoViewer() override;

    // Shows the photo at this row of the model full screen, fitted.
    void showPhotoAt(int row);
    // -1 when the model has no photo to show.
    int currentRow() const;

    bool isFitted() const { return m_viewport.isFitted(); }
    // Device pixels per photo pixel: 1.0 is 100%.
    double zoomFactor() const { return m_viewport.zoom(); }
    bool isInfoVisible() const { return m_infoVisible; }
    void setInfoVisible(bool visible);
    bool isSlideshowRunning() const { return m_slideshow.isActive(); }
    void setSlideshowRunning(bool running);
    // True once the current photo is decoded and on screen.
    bool isPhotoShown() const;
    // Why the current photo cannot be shown, once decoding it failed; empty otherwise.
    QString errorText() const;

public slots:
    void showNext();
    void showPrevious();
    void showFirst();
    void showLast();
    // Fit when zoomed, 100% when fitted: around the cursor when it is over the photo.
    void toggleZoom();
    void zoomIn();
    void zoomOut();

signals:
    void currentRowChanged(int row);
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void setCurrentRow(int row);
    int rowCount() const;
    PhotoLoader::Photo photoAt(int row) const;
    void loadCurrentAndNeighbours();
    void photoLoaded(qint64 photoId);
    void syncWithModel();
    void currentDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void zoomTo(double zoom, QPointF anchor);
    void zoomChanged();
    void requestFullSizeIfNeeded();
    QPointF zoomAnchor() const;
    const QImage *imageToPaint(const QRectF &photoRect) const;
    void paintPhoto(QPainter &painter);
    void showHint(const QString &text);
    void updateScreenSize();
    void updateCursor();
    void wakeCursor();
    void updateActions();

    QPointer<QAbstractItemModel> m_photos;
    std::unique_ptr<ViewerInfo> m_info;
    PhotoLoader m_loader;
    PhotoViewport m_viewport;

    QPersistentModelIndex m_current;
    int m_lastRow = -1;
    qint64 m_photoId = 0;

    bool m_infoVisible = false;
    QString m_hint;
    QTimer m_hintTimer;
    QTimer m_slideshow;
    QTimer m_cursorTimer;
    QTimer m_loadingTimer;
    bool m_dragging = false;
    QPointF m_dragPosition;
    int m_wheelNavigation = 0; // wheel delta gathered towards the next or previous photo

    ViewerActions *m_actions = nullptr;
};
