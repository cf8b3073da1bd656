#pragma once

#include "core/library/sidebar/sidebarsection.h"

class EventService;
class GalleryService;
struct Gallery;

// "Galleries": the sticky-note galleries in the order they were made. Each shows its title
// ("Untitled Gallery" while it has none), below it its event's name or "Stands alone", and its
// note count. Follows the gallery service (and the events, whose names it shows).
class GalleriesSection : public SidebarSection
{
    Q_OBJECT

public:
    // `events` may be null: then no gallery names its event.
    GalleriesSection(const GalleryService &galleries, const EventService *events,
                     QObject *parent = nullptr);

    QString title() const override;
    QList<SidebarEntry> loadEntries() const override;

    // The entry of one gallery, as the section lists it; eventName empty: it stands alone.
    static SidebarEntry entryOf(const Gallery &gallery, const QString &eventName, int noteCount);

private:
    const GalleryService &m_galleries;
    const EventService *m_events;
};
