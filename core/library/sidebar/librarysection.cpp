#include "core/library/sidebar/librarysection.h"

#include "core/catalog/photocountrepository.h"

LibrarySection::LibrarySection(const CatalogConnection &connection, QObject *parent)
    : SidebarSection(parent)
    , m_connection(connection)
{}

QString LibrarySection::title() const
{
    return tr("Library");
}

QList<SidebarEntry> LibrarySection::loadEntries() const
{
    // Shown even when the catalog is empty: it is where the first import lands.
    SidebarEntry all;
    all.title = tr("All photos");
    all.iconName = QStringLiteral("folder-pictures");
    all.toolTip = tr("Every photo in the catalog, on one timeline");
    all.source = PhotoSource::allPhotos();
    all.count = PhotoCountRepository(m_connection).countsByState().ok;
    return {all};
}
