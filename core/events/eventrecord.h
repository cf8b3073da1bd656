#pragma once

#include "core/events/eventgrouper.h"

#include <QString>

// One event as the catalog stores it: what the user wrote about it and why it begins where it
// does. What follows from its photos (count, dates) is in EventSummary.
struct EventRecord
{
    qint64 id = 0;
    QString title; // empty until the user names it: the UI shows its dates instead
    QString description;
    QString place;
    QString timeZoneId; // IANA ("Europe/Madrid"), empty when the user set none
    qint64 coverPhotoId = 0;
    // The user made or edited it: regrouping keeps it and the photos in it.
    bool byHand = false;
    // Why an automatic event begins where it does. Kind::First with byHand for an event the user
    // made from a selection.
    EventSplitReason splitReason;

    friend bool operator==(const EventRecord &, const EventRecord &) = default;
};
