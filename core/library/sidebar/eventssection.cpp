#include "core/library/sidebar/eventssection.h"

#include "core/events/eventservice.h"
#include "core/library/sidebar/sidebarformats.h"

#include <QLocale>

#include <algorithm>

EventsSection::EventsSection(const EventService &service, QObject *parent)
    : SidebarSection(parent)
    , m_service(service)
{
    // Both signals change what the section shows: names and places, or counts and dates.
    connect(&service, &EventService::eventsChanged, this, &SidebarSection::changed);
    connect(&service, &EventService::photosChanged, this, &SidebarSection::changed);
}

QString EventsSection::title() const
{
    return tr("Events");
}

SidebarEntry EventsSection::entryOf(const EventSummary &event)
{
    const QLocale locale;
    const QString place = event.event.place.trimmed();
    const bool named = !event.event.title.trimmed().isEmpty();
    // A sidebar line is narrow: the day (or days) and the times go on two lines, in the medium
    // date format the other sections use and without seconds.
    QString days;
    QString times;
    if (event.hasDates()) {
        const QDateTime first = event.firstLocalTime();
        const QDateTime last = event.lastLocalTime();
        const QString dateFormat = SidebarFormats::mediumDate(locale);
        const QString timeFormat = SidebarFormats::shortTime(locale);
        if (first.date() == last.date()) {
            days = locale.toString(first.date(), dateFormat);
            const QString from = locale.toString(first.time(), timeFormat);
            const QString to = locale.toString(last.time(), timeFormat);
            //: The times of an event within one day: first and last photo.
            times = from == to ? from : tr("%1–%2").arg(from, to);
        } else {
            //: An event over several days: its first and last day.
            days = tr("%1 – %2").arg(locale.toString(first.date(), dateFormat),
                                     locale.toString(last.date(), dateFormat));
        }
    }

    SidebarEntry entry;
    QStringList details;
    if (named) {
        entry.title = event.event.title.trimmed();
        //: An event's day and times on one line, below its name.
        if (!days.isEmpty())
            details.append(times.isEmpty() ? days : tr("%1, %2").arg(days, times));
    } else {
        // Unnamed: its days are its title, its times the line below.
        entry.title = days.isEmpty() ? EventService::displayTitle(event) : days;
        if (!times.isEmpty())
            details.append(times);
    }
    if (!place.isEmpty())
        details.append(place);
    //: Between the parts of the line below an event's title in the sidebar: dates · place.
    entry.subtitle = details.join(tr(" · "));
    entry.iconName = QStringLiteral("x-office-calendar");

    // The tooltip says it all, with why the event begins where it does.
    QStringList tip{EventService::displayTitle(event)};
    if (named && event.hasDates())
        tip.append(EventService::dateRange(event));
    if (!place.isEmpty())
        tip.append(place);
    tip.append(tr("%n photo(s)", nullptr, event.photoCount));
    if (const QString reason = EventService::splitReasonText(event.event); !reason.isEmpty())
        tip.append(reason);
    entry.toolTip = tip.join(QLatin1Char('\n'));
    entry.source = PhotoSource::event(event.event.id);
    entry.count = event.photoCount;
    return entry;
}

QList<SidebarEntry> EventsSection::loadEntries() const
{
    // The service lists newest first, undated last: years come out newest first too.
    QList<SidebarEntry> years;
    for (const EventSummary &event : m_service.events()) {
        const QString year = event.hasDates()
                                 ? QString::number(event.firstLocalTime().date().year())
                                 : tr("Undated");
        auto group = std::find_if(years.begin(), years.end(), [&year](const SidebarEntry &entry) {
            return entry.title == year;
        });
        if (group == years.end()) {
            SidebarEntry heading;
            heading.title = year;
            heading.count = 0;
            group = years.insert(years.end(), heading);
        }
        group->count += event.photoCount;
        group->children.append(entryOf(event));
    }
    return years;
}
