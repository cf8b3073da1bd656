#pragma once

#include "core/library/photosource.h"

#include <QPersistentModelIndex>
#include <QTreeView>

// The sources beside the grid: headings in small capitals, entries with an icon and their count.
// Emits the source the user picks; headings cannot be picked. Photos dragged from the grid can be
// dropped on an event or a gallery: the row under the pointer is outlined while they hover.
class SidebarView : public QTreeView
{
    Q_OBJECT

public:
    explicit SidebarView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    PhotoSource currentSource() const;
    // Selects the entry showing this source, if there is one; returns whether there was.
    bool selectSource(const PhotoSource &source);
    // The entry photos dragged over `position` (viewport coordinates) would go to, if any.
    QModelIndex dropTargetAt(const QPoint &position) const;

signals:
    void sourceChosen(const PhotoSource &source);
    // Photos from the grid were dropped on an event.
    void photosDropped(const QList<qint64> &photoIds, qint64 eventId);
    // Photos from the grid were dropped on a gallery.
    void photosDroppedOnGallery(const QList<qint64> &photoIds, qint64 galleryId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void expandHeadings();
    void expandGroups(const QModelIndex &parent, int first, int last);
    void setDropTarget(const QModelIndex &index);

    QPersistentModelIndex m_dropTarget;
};
