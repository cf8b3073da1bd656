#pragma once

#include "core/search/searchhit.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// The words around what a search matched in a text, with the matches marked: what FTS5's
// snippet() gives, made here for the few hits shown. snippet() would read the whole doclist of
// every query word again for each hit (milliseconds each for a word a quarter of the photos
// share); this reads only the hit's own text. Words match as the index matches them: a query
// word is a prefix, case and diacritics do not count ("cafe" marks "Café").
class SearchSnippet
{
public:
    static constexpr int kWords = 12; // as many words of context as this, at most

    explicit SearchSnippet(const QString &query);

    bool matches(QStringView text) const;
    // The snippet of `text` into hit.snippet and hit.highlights: the stretch of kWords words
    // that begins a few words before the first match ("…" where it was cut), or the text's
    // beginning when nothing in it matches.
    void fill(const QString &text, SearchHit &hit) const;

    // Lower case without diacritics, one character for one, so that positions stay.
    static QString folded(QStringView text);

private:
    struct Word
    {
        qsizetype start = 0;
        qsizetype end = 0;
        bool matches = false;
    };
    QList<Word> words(QStringView text) const;

    QStringList m_prefixes; // folded
};
