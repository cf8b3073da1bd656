#pragma once

#include "core/events/eventrecord.h"

#include <QDateTime>

// An event with what its photos say about it: what the sidebar and the event header show.
struct EventSummary
{
    EventRecord event;
    int photoCount = 0;
    // The first and last photo's instant and their UTC offsets, so the dates show as they were
    // where the photos were taken. 0 and invalid for an event without dated photos.
    qint64 firstInstantMs = 0;
    qint64 lastInstantMs = 0;
    int firstOffsetSeconds = 0;
    int lastOffsetSeconds = 0;
    qint64 firstPhotoId = 0; // the cover when the user chose none

    bool hasDates() const { return firstInstantMs != 0 || lastInstantMs != 0; }
    // The first and last photo's wall time where they were taken, held as Qt::UTC.
    QDateTime firstLocalTime() const;
    QDateTime lastLocalTime() const;
    qint64 coverPhotoId() const { return event.coverPhotoId ? event.coverPhotoId : firstPhotoId; }
};
