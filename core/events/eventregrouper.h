#pragma once

#include "core/events/eventgrouper.h"
#include "core/events/regroupresult.h"

class CatalogConnection;

// Re-runs automatic grouping over the catalog, leaving alone what the user did by hand: photos
// placed by hand stay where they are, events made or edited by hand are never removed. New
// photos that fall within the span of a hand-made event join it. An automatic event that keeps
// most of its photos keeps its id, so a name the sidebar shows does not jump to another event.
// Runs inside the caller's transaction, on photos already placed on the timeline.
class EventRegrouper
{
public:
    explicit EventRegrouper(const CatalogConnection &connection,
                            const GroupingSettings &settings = GroupingSettings::defaults());

    RegroupResult regroup();

private:
    const CatalogConnection &m_connection;
    GroupingSettings m_settings;
};
