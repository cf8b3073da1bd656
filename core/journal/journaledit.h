#pragma once

#include "core/journal/journalentry.h"

#include <QMap>
#include <QString>

#include <optional>

// One change the user makes to journal entries, as the state before and after it of the entries
// it touches (nullopt: does not exist on that side). Applying "after" does it; applying "before"
// undoes it. Built by JournalService, carried by JournalEditCommand. Typing in the body is not an
// edit: the editor's own undo covers it, and JournalService::saveDraft() keeps it.
struct JournalEdit
{
    QString text; // for the Edit menu: "Rename Entry", "Delete Entry"
    QMap<qint64, std::optional<JournalEntry>> entriesBefore;
    QMap<qint64, std::optional<JournalEntry>> entriesAfter;
    // The entry the UI should show once the edit is done (a new one); 0: stay.
    qint64 focusEntryId = 0;

    bool isEmpty() const { return entriesBefore == entriesAfter; }
};
