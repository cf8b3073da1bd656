#pragma once

#include "core/events/eventattachments.h"
#include "core/events/eventrecord.h"
#include "core/events/photoeventassignment.h"

#include <QMap>
#include <QString>

#include <optional>

// One change the user makes to events, as the state before and after it of everything it touches:
// the events (nullopt: does not exist on that side) and the photos' assignments. Applying "after"
// does it; applying "before" undoes it. Built by EventService, carried by EventEditCommand.
struct EventEdit
{
    QString text; // for the Edit menu: "Rename Event", "Merge 3 Events"
    QMap<qint64, std::optional<EventRecord>> eventsBefore;
    QMap<qint64, std::optional<EventRecord>> eventsAfter;
    QMap<qint64, PhotoEventAssignment> photosBefore;
    QMap<qint64, PhotoEventAssignment> photosAfter;
    // The event the UI should show once the edit is done (the new or the merged one); 0: stay.
    qint64 focusEventId = 0;
    // The galleries and entries of the events this edit removed (on either side), as apply()
    // found them when it handed them to the event that took the photos: when an undo or redo
    // brings such an event back, they return to it. Filled while applying, not part of what the
    // edit means, hence mutable.
    mutable QMap<qint64, EventAttachments::Ids> attachmentsOfRemoved;

    bool isEmpty() const { return eventsBefore == eventsAfter && photosBefore == photosAfter; }
};
