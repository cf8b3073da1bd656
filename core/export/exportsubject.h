#pragma once

#include <QtGlobal>

// What the user asked to publish: an event (with its photos, galleries and journal entries), one
// gallery, or one journal entry (with the photos and galleries its text refers to).
struct ExportSubject
{
    enum class Kind
    {
        Event,
        Gallery,
        Entry,
    };

    Kind kind = Kind::Event;
    qint64 id = 0;

    friend bool operator==(const ExportSubject &, const ExportSubject &) = default;
};
