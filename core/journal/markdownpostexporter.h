#pragma once

#include "core/journal/journalentry.h"

#include <QString>

// A journal entry as a Markdown post with YAML front matter, the way MarkdownPostImporter reads
// it back: title, author, date, categories, tags, image (the cover: `photo:ID` for a catalog
// photo, else the path it was imported with; alt, width, height), then the front matter keys the
// entry was imported with and has no field for. The body is written as it is, its photos and
// galleries still references (a Jekyll export resolves them into files; this keeps the entry).
class MarkdownPostExporter
{
public:
    static QString exportEntry(const JournalEntry &entry);
};
