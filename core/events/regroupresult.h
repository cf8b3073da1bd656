#pragma once

#include <QString>

// What a regrouping did, for the CLI and the status bar.
struct RegroupResult
{
    bool ok = true;
    QString error;
    int eventsCreated = 0;
    int eventsRemoved = 0;
    int eventsKept = 0;    // automatic events that kept their id (and so their name)
    int photosGrouped = 0; // photos not placed by hand that were considered
    int photosMoved = 0;   // of which changed event
    int photosUndated = 0; // without any time: in no event
};
