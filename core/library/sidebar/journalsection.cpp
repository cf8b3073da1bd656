#include "core/library/sidebar/journalsection.h"

#include "core/events/eventservice.h"
#include "core/journal/journalservice.h"
#include "core/library/sidebar/sidebarformats.h"

#include <QHash>
#include <QLocale>

JournalSection::JournalSection(const JournalService &journal, const EventService *events,
                               QObject *parent)
    : SidebarSection(parent)
    , m_journal(journal)
    , m_events(events)
{
    connect(&journal, &JournalService::entriesChanged, this, &SidebarSection::changed);
    connect(&journal, &JournalService::entryChanged, this, &SidebarSection::changed);
    // An entry's subtitle names its event.
    if (events)
        connect(events, &EventService::eventsChanged, this, &SidebarSection::changed);
}

QString JournalSection::title() const
{
    return tr("Journal");
}

SidebarEntry JournalSection::entryOf(const JournalEntry &entry, const QString &eventName)
{
    const QLocale locale;
    SidebarEntry row;
    row.title = JournalService::displayTitle(entry);
    QStringList details;
    if (entry.date.isValid())
        details.append(locale.toString(entry.date, SidebarFormats::mediumDate(locale)));
    if (!eventName.isEmpty())
        details.append(eventName);
    //: Between the parts of the line below an entry's title in the sidebar: date · event.
    row.subtitle = details.join(tr(" · "));
    row.iconName = QStringLiteral("text-x-generic");
    QStringList tip{row.title};
    if (!entry.author.isEmpty())
        tip.append(tr("By %1").arg(entry.author));
    tip.append(details);
    row.toolTip = tip.join(QLatin1Char('\n'));
    row.source = PhotoSource::journalEntry(entry.id);
    return row;
}

QList<SidebarEntry> JournalSection::loadEntries() const
{
    // One read of the events for all entries, not one per entry.
    QHash<qint64, QString> eventNames;
    if (m_events) {
        for (const EventSummary &event : m_events->events())
            eventNames.insert(event.event.id, EventService::displayTitle(event));
    }
    QList<SidebarEntry> rows;
    for (const JournalEntry &entry : m_journal.entries())
        rows.append(entryOf(entry, entry.eventId ? eventNames.value(entry.eventId) : QString()));
    return rows;
}
