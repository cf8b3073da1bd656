#pragma once

#include "core/library/sidebar/sidebarsection.h"

class CatalogConnection;

// "Library": the one entry "All photos", with the number of photos that are not problems.
class LibrarySection : public SidebarSection
{
    Q_OBJECT

public:
    explicit LibrarySection(const CatalogConnection &connection, QObject *parent = nullptr);

    QString title() const override;
    QList<SidebarEntry> loadEntries() const override;

private:
    const CatalogConnection &m_connection;
};
