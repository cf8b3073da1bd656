#pragma once

#include <QList>
#include <QString>

// What a search hit is. The values are part of the catalog's search_documents ids (id * 4 + kind).
enum class SearchKind
{
    Entry = 0,
    Photo = 1,
    Event = 2,
    Gallery = 3,
};

// A stretch of a snippet that matched the query, in UTF-16 code units.
struct SearchHighlight
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const SearchHighlight &, const SearchHighlight &) = default;
};

// One thing a search found: an entry, a photo, an event or a gallery, with the words around
// what matched.
struct SearchHit
{
    SearchKind kind = SearchKind::Entry;
    qint64 id = 0;   // the entry's, photo's, event's or gallery's
    QString title;   // may be empty (an unnamed event, a photo without a title)
    QString snippet; // plain text, "…" where it was cut
    QList<SearchHighlight> highlights;
    double score = 0; // bm25: lower is better

    // The snippet as HTML, the matches in <b>.
    QString snippetHtml() const;
};
