#pragma once

#include "core/library/sidebar/sidebarsection.h"

class EventService;
struct EventSummary;

// "Events": the events of the timeline, newest first, under the year they began in (the year in
// the event's own time, where the photos were taken). A year only groups: it cannot be chosen, and
// counts the photos of its events. Each event shows its title (its dates while it has none), its
// dates and place below, its photo count, and in its tooltip why it begins where it does. Events
// without dated photos come last, under "Undated". Follows the service: every change of events or
// of their photos reloads the section.
class EventsSection : public SidebarSection
{
    Q_OBJECT

public:
    explicit EventsSection(const EventService &service, QObject *parent = nullptr);

    QString title() const override;
    QList<SidebarEntry> loadEntries() const override;

    // The entry of one event, as the section lists it.
    static SidebarEntry entryOf(const EventSummary &event);

private:
    const EventService &m_service;
};
