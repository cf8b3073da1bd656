#pragma once

#include "core/library/sidebar/sidebarsection.h"

class CatalogConnection;

// "Problems": one entry for the missing and unreadable files, and only while there are any, so
// the heading shows up when something needs the user and goes away once it is fixed.
class ProblemsSection : public SidebarSection
{
    Q_OBJECT

public:
    explicit ProblemsSection(const CatalogConnection &connection, QObject *parent = nullptr);

    QString title() const override;
    QList<SidebarEntry> loadEntries() const override;

private:
    const CatalogConnection &m_connection;
};
