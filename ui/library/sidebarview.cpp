#include "ui/library/sidebarview.h"

#include "core/library/sidebar/sidebarmodel.h"
#include "ui/library/sidebardelegate.h"

#include <QHeaderView>

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
}

void SidebarView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            expandHeadings();
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
