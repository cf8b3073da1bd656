#include "ui/search/searchhitopener.h"

#include "core/events/eventservice.h"
#include "core/library/photogridmodel.h"
#include "core/library/sidebar/sidebarmodel.h"
#include "ui/library/photogridview.h"
#include "ui/library/sidebarview.h"

SearchHitOpener::SearchHitOpener(SidebarView &sidebar, PhotoGridView &grid, EventService &events,
                                 QObject *parent)
    : QObject(parent)
    , m_sidebar(sidebar)
    , m_grid(grid)
    , m_events(events)
{}

void SearchHitOpener::open(SearchKind kind, qint64 id)
{
    switch (kind) {
    case SearchKind::Entry:
        if (!selectSource(PhotoSource::journalEntry(id)))
            emit failed(tr("The journal entry could not be opened."));
        return;
    case SearchKind::Gallery:
        if (!selectSource(PhotoSource::gallery(id)))
            emit failed(tr("The gallery could not be opened."));
        return;
    case SearchKind::Event:
        if (selectSource(PhotoSource::event(id)))
            m_grid.setFocus(Qt::OtherFocusReason);
        else
            emit failed(tr("The event could not be opened."));
        return;
    case SearchKind::Photo:
        showPhoto(id);
        return;
    }
}

bool SearchHitOpener::selectSource(const PhotoSource &source)
{
    if (m_sidebar.selectSource(source))
        return true;
    // Made since the sidebar last read the catalog (an entry imported, a gallery just made):
    // read it again before giving up.
    auto *model = qobject_cast<SidebarModel *>(m_sidebar.model());
    if (!model)
        return false;
    model->reload();
    return m_sidebar.selectSource(source);
}

void SearchHitOpener::showPhoto(qint64 photoId)
{
    const qint64 event = m_events.eventOfPhoto(photoId);
    if (!(event && selectSource(PhotoSource::event(event))) &&
        !selectSource(PhotoSource::allPhotos())) {
        emit failed(tr("The photo could not be shown."));
        return;
    }
    auto *photos = qobject_cast<PhotoGridModel *>(m_grid.model());
    const QModelIndex photo = photos ? photos->indexOfPhoto(photoId) : QModelIndex();
    if (!photo.isValid()) {
        emit failed(tr("The photo could not be shown."));
        return;
    }
    m_grid.clearSelection();
    m_grid.setCurrentIndex(photo);
    m_grid.scrollTo(photo, QAbstractItemView::PositionAtCenter);
    m_grid.setFocus(Qt::OtherFocusReason);
}
