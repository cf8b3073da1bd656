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

    // The front matter alone, "---\n...\n---\n", for whoever writes a post of its own body (a
    // Jekyll export, which resolves the cover into a file first). `layout` ("post") comes first
    // when given, as Jekyll posts have it, unless the extra front matter sets one of its own.
    static QString frontMatter(const JournalEntry &entry, const QString &layout = {});
};
