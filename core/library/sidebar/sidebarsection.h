#pragma once

#include "core/library/sidebar/sidebarentry.h"

#include <QList>
#include <QObject>
#include <QString>

// A section of the sidebar (Library, Events, Folders, Recent imports, Problems; later Galleries,
// Journal). Each knows how to list its entries from the catalog; the SidebarModel shows them.
class SidebarSection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString title() const = 0;
    // Reads the entries afresh from the catalog (on the GUI thread: keep it to a query or two).
    virtual QList<SidebarEntry> loadEntries() const = 0;

signals:
    // The section's entries may have changed: the model reloads and diffs them.
    void changed();
};
