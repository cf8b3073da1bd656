#pragma once

#include "core/library/photosource.h"

#include <QList>
#include <QString>

// One row of the sidebar below a section heading: a source of photos, maybe with children (the
// folder tree). A value type; a section rebuilds its entries when the catalog changes.
struct SidebarEntry
{
    QString title;
    // A second, quieter line below the title ("12–14 May 2024 · Barcelona"); empty for one line.
    QString subtitle;
    QString iconName; // a freedesktop icon theme name; the view maps it to an icon
    QString toolTip;
    // The photos behind the entry. An entry without one (kind None) only groups its children (an
    // events year): it cannot be chosen, and its title is what tells it from its siblings.
    PhotoSource source;
    int count = -1; // photos behind the entry, -1 when it has no count to show
    QList<SidebarEntry> children;
};
