#include "core/library/sidebar/galleriessection.h"

#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"

#include <QHash>

GalleriesSection::GalleriesSection(const GalleryService &galleries, const EventService *events,
                                   QObject *parent)
    : SidebarSection(parent)
    , m_galleries(galleries)
    , m_events(events)
{
    connect(&galleries, &GalleryService::galleriesChanged, this, &SidebarSection::changed);
    // Notes added or removed change a gallery's count.
    connect(&galleries, &GalleryService::galleryChanged, this, &SidebarSection::changed);
    if (events)
        connect(events, &EventService::eventsChanged, this, &SidebarSection::changed);
}

QString GalleriesSection::title() const
{
    return tr("Galleries");
}

SidebarEntry GalleriesSection::entryOf(const Gallery &gallery, const QString &eventName,
                                       int noteCount)
{
    SidebarEntry entry;
    entry.title = GalleryService::displayTitle(gallery);
    entry.subtitle = eventName.isEmpty() ? tr("Stands alone") : eventName;
    entry.iconName = QStringLiteral("view-preview");
    entry.toolTip =
        QStringList{entry.title, entry.subtitle, tr("%n note(s)", nullptr, noteCount)}.join(
            QLatin1Char('\n'));
    entry.source = PhotoSource::gallery(gallery.id);
    entry.count = noteCount;
    return entry;
}

QList<SidebarEntry> GalleriesSection::loadEntries() const
{
    // One read of the events for all galleries, not one per gallery.
    QHash<qint64, QString> eventNames;
    if (m_events) {
        for (const EventSummary &event : m_events->events())
            eventNames.insert(event.event.id, EventService::displayTitle(event));
    }
    QList<SidebarEntry> entries;
    for (const Gallery &gallery : m_galleries.galleries()) {
        const int notes = int(m_galleries.notes(gallery.id).size());
        QString eventName;
        if (gallery.eventId && m_events) {
            eventName = eventNames.value(gallery.eventId);
            // The list may leave out an event without dated photos: ask for it by itself.
            if (eventName.isEmpty()) {
                if (const auto event = m_events->event(gallery.eventId))
                    eventName = EventService::displayTitle(*event);
            }
        }
        entries.append(entryOf(gallery, eventName, notes));
    }
    return entries;
}
