#include "ui/library/sidebarview.h"

#include "core/library/sidebar/sidebarmodel.h"
#include "ui/common/photomimedata.h"
#include "ui/library/sidebardelegate.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>

SidebarView::SidebarView(QWidget *parent)
    : QTreeView(parent)
{
    setItemDelegate(new SidebarDelegate(this));
    setHeaderHidden(true);
    setRootIsDecorated(false); // headings carry no arrow; folders below them do
    setIndentation(14);
    setUniformRowHeights(false);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setFrameShape(QFrame::NoFrame);
    setExpandsOnDoubleClick(true);
    setTextElideMode(Qt::ElideMiddle);
    setAccessibleName(tr("Sources"));
    // The sidebar reads as part of the window, like Finder's or Files' sidebars.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    setAutoFillBackground(false);
    // Photos dragged from the grid land on events. Everything else (files from a file manager)
    // is ignored here and reaches the window, which imports it.
    setAcceptDrops(true);
    setDropIndicatorShown(false); // the target is outlined in paintEvent() instead
}

void SidebarView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    expandHeadings();
                else
                    expandGroups(parent, first, last);
            });
    connect(model, &QAbstractItemModel::modelReset, this, &SidebarView::expandHeadings);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !current.data(SidebarModel::IsSectionRole).toBool())
                    emit sourceChosen(current.data(SidebarModel::SourceRole).value<PhotoSource>());
            });
    expandHeadings();
}

void SidebarView::expandHeadings()
{
    // Headings stay open: they are captions, not folders. The folder tree below opens its
    // first level so the imported roots show at once.
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex heading = model()->index(row, 0);
        expand(heading);
        setFirstColumnSpanned(row, {}, true);
        expandGroups(heading, 0, model()->rowCount(heading) - 1);
    }
}

void SidebarView::expandGroups(const QModelIndex &parent, int first, int last)
{
    // Entries that only group others (the years of the events) open when they appear; the user
    // may close them. Folders keep their own tree closed.
    for (int row = first; row <= last; ++row) {
        const QModelIndex entry = model()->index(row, 0, parent);
        if (entry.data(SidebarModel::SourceRole).value<PhotoSource>().kind ==
                PhotoSource::Kind::None &&
            !entry.data(SidebarModel::IsSectionRole).toBool() && model()->hasChildren(entry))
            expand(entry);
    }
}

PhotoSource SidebarView::currentSource() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return {};
    return current.data(SidebarModel::SourceRole).value<PhotoSource>();
}

bool SidebarView::selectSource(const PhotoSource &source)
{
    auto *sidebar = qobject_cast<SidebarModel *>(model());
    if (!sidebar)
        return false;
    const QModelIndex index = sidebar->indexOfSource(source);
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

QModelIndex SidebarView::dropTargetAt(const QPoint &position) const
{
    const QModelIndex index = indexAt(position);
    const PhotoSource::Kind kind = index.data(SidebarModel::SourceRole).value<PhotoSource>().kind;
    if (kind != PhotoSource::Kind::Event && kind != PhotoSource::Kind::Gallery)
        return {};
    return index;
}

void SidebarView::setDropTarget(const QModelIndex &index)
{
    if (QPersistentModelIndex(index) == m_dropTarget)
        return;
    if (m_dropTarget.isValid())
        viewport()->update(visualRect(m_dropTarget));
    m_dropTarget = index;
    if (m_dropTarget.isValid())
        viewport()->update(visualRect(m_dropTarget));
}

void SidebarView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!PhotoMimeData::hasPhotoIds(event->mimeData())) {
        event->ignore();
        return;
    }
    // Accepted over the whole view so that moves keep coming; dragMoveEvent says where it lands.
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void SidebarView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!PhotoMimeData::hasPhotoIds(event->mimeData())) {
        event->ignore();
        return;
    }
    const QPoint position = event->position().toPoint();
    // Near the top or bottom edge the list scrolls, to reach events further away; the base class
    // does that (and decides nothing that counts: the target is decided below).
    const int margin = autoScrollMargin();
    if (position.y() < margin || position.y() > viewport()->height() - margin)
        QTreeView::dragMoveEvent(event);
    const QModelIndex target = dropTargetAt(position);
    setDropTarget(target);
    if (target.isValid()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    } else {
        event->ignore();
    }
}

void SidebarView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget({});
    QTreeView::dragLeaveEvent(event);
}

void SidebarView::dropEvent(QDropEvent *event)
{
    const QModelIndex target = dropTargetAt(event->position().toPoint());
    setDropTarget({});
    const QList<qint64> ids = PhotoMimeData::photoIds(event->mimeData());
    if (!target.isValid() || ids.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    const auto source = target.data(SidebarModel::SourceRole).value<PhotoSource>();
    if (source.kind == PhotoSource::Kind::Gallery)
        emit photosDroppedOnGallery(ids, source.galleryId);
    else
        emit photosDropped(ids, source.eventId);
}

void SidebarView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_dropTarget.isValid())
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF rect = QRectF(visualRect(m_dropTarget)).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.18);
    painter.setBrush(fill);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRoundedRect(rect, 4, 4);
}
