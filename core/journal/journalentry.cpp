#include "core/journal/journalentry.h"

bool JournalEntry::hasSameContent(const JournalEntry &other) const
{
    return eventId == other.eventId && title == other.title && author == other.author &&
           date == other.date && categories == other.categories && tags == other.tags &&
           cover == other.cover && body == other.body && extraFrontMatter == other.extraFrontMatter;
}
