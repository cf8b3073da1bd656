#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The cover of an entry: a catalog photo, or (an imported post whose cover is not in the catalog)
// the path the post gave, with the alt text and the size the post gave it.
struct JournalCover
{
    qint64 photoId = 0; // 0: none in the catalog (path may still name one)
    QString path;       // only when photoId is 0
    QString alt;
    int width = 0; // CSS pixels, as the post gave them; 0: not given
    int height = 0;

    bool isEmpty() const { return photoId == 0 && path.isEmpty(); }
    friend bool operator==(const JournalCover &, const JournalCover &) = default;
};

// One journal entry as the catalog stores it. The body is Markdown that refers to catalog photos
// as `![alt](photo:42)` and to galleries as a fenced block ```` ```gallery 12 ```` (see
// MarkdownRenderer), never to copies of them.
struct JournalEntry
{
    qint64 id = 0;
    qint64 eventId = 0; // 0: stands alone (or its event was deleted)
    QString title;
    QString author;
    QDate date; // the day it tells of; invalid: none
    QStringList categories;
    QStringList tags;
    JournalCover cover;
    QString body;
    // Front matter keys of an imported post that Corkboard has no field for ("comments: true"), as
    // YAML, so that exporting the entry gives them back.
    QString extraFrontMatter;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC; the last write, autosaves included

    // Everything the user wrote, without the id and the times: what an export and an import
    // must carry over unchanged.
    bool hasSameContent(const JournalEntry &other) const;
    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};
