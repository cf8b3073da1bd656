#pragma once

#include "core/library/sidebar/sidebarsection.h"

class EventService;
class JournalService;
struct JournalEntry;

// "Journal": the journal entries, newest first (by the day they tell of). Each shows its title
// ("Untitled Entry" while it has none) and below it its day and the name of its event. Follows
// the services: an entry made, deleted or edited, or an event renamed, reloads the section. Typing
// in a body does not: the sidebar shows no text of it.
class JournalSection : public SidebarSection
{
    Q_OBJECT

public:
    // `events` names the entries' events; null: no event names.
    explicit JournalSection(const JournalService &journal, const EventService *events,
                            QObject *parent = nullptr);

    QString title() const override;
    QList<SidebarEntry> loadEntries() const override;

    // The entry of one journal entry, as the section lists it, with its event's name.
    static SidebarEntry entryOf(const JournalEntry &entry, const QString &eventName);

private:
    const JournalService &m_journal;
    const EventService *m_events;
};
