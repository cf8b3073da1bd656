#pragma once

#include "core/library/sidebar/sidebarsection.h"

class CatalogConnection;

// "Folders": the folders the user imported, as a tree of the folders below them that hold photos.
// Each counts every photo in it and below it, problems included (as the folder's grid shows
// them). A photo outside every imported folder (a file imported on its own, or one that moved)
// counts under its own folder, which then shows as a root.
class FoldersSection : public SidebarSection
{
    Q_OBJECT

public:
    explicit FoldersSection(const CatalogConnection &connection, QObject *parent = nullptr);

    QString title() const override;
    QList<SidebarEntry> loadEntries() const override;

private:
    const CatalogConnection &m_connection;
};
