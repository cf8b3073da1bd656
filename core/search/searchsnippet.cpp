#include "core/search/searchsnippet.h"

#include <algorithm>

namespace {

// A character of a word as FTS5's unicode61 tokenizer sees one: letters and digits.
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

SearchSnippet::SearchSnippet(const QString &query)
{
    // Each query word may hold several index words ("cncf-ghana"): each one is a prefix to mark.
    const QString text = folded(query);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && isWordCharacter(text.at(i));
        if (inWord && start < 0)
            start = i;
        if (!inWord && start >= 0) {
            m_prefixes.append(text.mid(start, i - start));
            start = -1;
        }
    }
}

QString SearchSnippet::folded(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        QChar base = c;
        if (c.decompositionTag() == QChar::Canonical)
            base = c.decomposition().at(0);
        result.append(base.toCaseFolded());
    }
    return result;
}

QList<SearchSnippet::Word> SearchSnippet::words(QStringView text) const
{
    const QString foldedText = folded(text);
    QList<Word> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= foldedText.size(); ++i) {
        const bool inWord = i < foldedText.size() && isWordCharacter(foldedText.at(i));
        if (inWord && start < 0)
            start = i;
        if (!inWord && start >= 0) {
            const QStringView word = QStringView(foldedText).mid(start, i - start);
            const bool matches =
                std::any_of(m_prefixes.cbegin(), m_prefixes.cend(),
                            [word](const QString &prefix) { return word.startsWith(prefix); });
            words.append({start, i, matches});
            start = -1;
        }
    }
    return words;
}

bool SearchSnippet::matches(QStringView text) const
{
    const QList<Word> all = words(text);
    return std::any_of(all.cbegin(), all.cend(), [](const Word &word) { return word.matches; });
}

void SearchSnippet::fill(const QString &text, SearchHit &hit) const
{
    hit.snippet.clear();
    hit.highlights.clear();
    const QList<Word> all = words(text);
    if (all.isEmpty())
        return;
    const auto firstMatch =
        std::find_if(all.cbegin(), all.cend(), [](const Word &word) { return word.matches; });
    // A few words before the match, so that it reads in context.
    qsizetype first = firstMatch == all.cend() ? 0 : (firstMatch - all.cbegin()) - kWords / 4;
    first = std::clamp<qsizetype>(first, 0, std::max<qsizetype>(0, all.size() - kWords));
    const qsizetype last = std::min<qsizetype>(all.size(), first + kWords) - 1;

    const qsizetype from = first == 0 ? 0 : all.at(first).start;
    const qsizetype to = last == all.size() - 1 ? text.size() : all.at(last).end;
    if (first > 0)
        hit.snippet = QStringLiteral("…");
    qsizetype searchFrom = hit.snippet.size();
    hit.snippet += QStringView(text).mid(from, to - from).toString().simplified();
    // simplified() folds runs of white space (line breaks too): find each word where it landed.
    for (qsizetype i = first; i <= last; ++i) {
        const QString word = text.mid(all.at(i).start, all.at(i).end - all.at(i).start);
        const qsizetype at = hit.snippet.indexOf(word, searchFrom);
        if (at < 0)
            continue;
        searchFrom = at + word.size();
        if (all.at(i).matches)
            hit.highlights.append({at, word.size()});
    }
    if (last < all.size() - 1)
        hit.snippet += QStringLiteral("…");
}
