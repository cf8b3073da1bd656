#pragma once

#include <QtGlobal>

// What the user decides about one photo's place in time and in events.
struct PhotoEventAssignment
{
    qint64 eventId = 0;           // 0: in no event
    bool byHand = false;          // the user put it there: regrouping leaves it
    qint64 clockShiftSeconds = 0; // the camera clock correction applied to it

    friend bool operator==(const PhotoEventAssignment &, const PhotoEventAssignment &) = default;
};
