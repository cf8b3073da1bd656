#pragma once

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

class PhotoGridDelegate;
class QMimeData;
class ThumbnailService;

// The photo grid: uniform cells laid out by arithmetic, so 100,000 photos cost nothing to lay out
// and a scroll paints only the rows on screen (QListView's icon mode keeps a rectangle per item).
// Tells the thumbnail service which photos are on screen, so they are made first and requests
// scrolled away are dropped.
class PhotoGridView : public QAbstractItemView
{
    Q_OBJECT

public:
    static constexpr int MinimumThumbnailSize = 96;
    static constexpr int MaximumThumbnailSize = 400;

    explicit PhotoGridView(ThumbnailService &thumbnails, QWidget *parent = nullptr);

    int thumbnailSize() const { return m_thumbnailSize; }
    int columnCount() const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

    void setModel(QAbstractItemModel *model) override;

    // The selected photos as a drag carries them (ids, and their files for other apps), in grid
    // order; null when nothing is selected.
    QMimeData *selectionMimeData() const;

public slots:
    // Logical pixels of a thumbnail's longest edge; clamped to the minimum and maximum.
    void setThumbnailSize(int size);

signals:
    void thumbnailSizeChanged(int size);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags flags) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    QSize cellSize() const;
    int rowHeight() const { return cellSize().height(); }
    void selectRange(const QRect &area, QItemSelectionModel::SelectionFlags flags);
    int rowOfPoint(int y) const; // a grid row, from viewport coordinates
    // Rows of the model painted in the viewport now (first, last), or (0, -1) for none.
    std::pair<int, int> visibleRange() const;
    void scheduleVisibleUpdate();
    void reportVisiblePhotos();
    void onThumbnailReady(qint64 photoId);
    void onModelChanged();

    ThumbnailService &m_thumbnails;
    PhotoGridDelegate *m_delegate;
    int m_thumbnailSize = 160;
    QTimer m_visibleTimer; // coalesces scroll and resize into one report to the service
    QTimer m_fadeTimer;    // repaints while thumbnails fade in
    QPoint m_rubberOrigin; // in content coordinates (viewport + offset)
    QRect m_rubberRect;    // in viewport coordinates, empty when not dragging a rubber band
    QItemSelection m_selectionBeforeRubber;
    // A press on a photo already selected may become a drag of the selection once the mouse
    // moves far enough; until then it selects nothing (a release selects that photo alone).
    bool m_dragPending = false;
    QPoint m_dragOrigin; // viewport coordinates of that press
};
