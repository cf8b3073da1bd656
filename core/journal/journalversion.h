#pragma once

#include <QDateTime>
#include <QString>

// Why a version of an entry was kept. The values are stored in the catalog.
enum class JournalVersionReason
{
    Typing = 0,        // every few minutes while the user types
    Saved = 1,         // the user saved (Ctrl+S) or the entry was imported
    Closed = 2,        // the editor closed the entry
    BeforeRestore = 3, // what was there before an older version was restored over it
};

// An earlier text of an entry, to go back to.
struct JournalVersion
{
    qint64 id = 0;
    qint64 entryId = 0;
    QDateTime savedAt; // UTC
    JournalVersionReason reason = JournalVersionReason::Typing;
    QString title;
    QString body;

    friend bool operator==(const JournalVersion &, const JournalVersion &) = default;
};
