#include "core/search/searchservice.h"

#include "core/catalog/catalogconnection.h"
#include "core/search/searchindexer.h"
#include "core/search/searchsnippet.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QString bm25()
{
    return QStringLiteral("bm25(search_index, %1, %2, %3)")
        .arg(SearchService::kTitleWeight)
        .arg(SearchService::kBodyWeight)
        .arg(SearchService::kKeywordsWeight);
}

} // namespace

SearchService::SearchService(const CatalogConnection &connection)
    : m_connection(connection)
    , m_indexer(std::make_unique<SearchIndexer>(connection))
{}

SearchService::~SearchService() = default;

bool SearchService::updateIndex()
{
    const bool done = m_indexer->catchUp();
    m_lastError = m_indexer->lastError();
    return done;
}

bool SearchService::staleBeyond(int documents) const
{
    // Counts no further than the cap: an import may have left 100,000 rows.
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM search_stale LIMIT ?)"));
    query.addBindValue(documents + 1);
    return exec(query) && query.next() && query.value(0).toInt() > documents;
}

QString SearchService::matchExpression(const QString &query)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString &word : query.split(space, Qt::SkipEmptyParts)) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

bool SearchService::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QList<std::pair<qint64, double>> SearchService::select(QSqlQuery &query) const
{
    QList<std::pair<qint64, double>> rows;
    if (!exec(query))
        return rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toDouble()});
    return rows;
}

QList<std::pair<qint64, double>> SearchService::rankedIds(const QString &match, SearchKind kind,
                                                          int limit) const
{
    // The kind is tested outside the index, so bm25 is computed only for matches of this kind.
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid, %1 AS score FROM search_index "
                                 "WHERE search_index MATCH ? AND (rowid & 3) = ? "
                                 "ORDER BY score, rowid DESC LIMIT ?")
                      .arg(bm25()));
    query.addBindValue(match);
    query.addBindValue(int(kind));
    query.addBindValue(limit);
    return select(query);
}

QList<std::pair<qint64, double>> SearchService::newestIds(const QString &match, SearchKind kind,
                                                          int limit,
                                                          const QList<qint64> &except) const
{
    // In rowid order the index stops after `limit` rows instead of scoring every match.
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid, %1 FROM search_index "
                                 "WHERE search_index MATCH ? AND (rowid & 3) = ? "
                                 "AND rowid NOT IN (%2) ORDER BY rowid DESC LIMIT ?")
                      .arg(bm25(), idList(except)));
    query.addBindValue(match);
    query.addBindValue(int(kind));
    query.addBindValue(limit);
    return select(query);
}

void SearchService::fillDetails(const QString &query, SearchResults &results) const
{
    // Titles and texts by primary key, and snippets made from them here (SearchSnippet says why
    // not with FTS5's snippet()).
    QHash<qint64, SearchHit *> hitOf;
    for (SearchKind kind :
         {SearchKind::Entry, SearchKind::Photo, SearchKind::Event, SearchKind::Gallery}) {
        for (SearchHit &hit : results.hits(kind))
            hitOf.insert(hit.id * 4 + int(kind), &hit);
    }
    if (hitOf.isEmpty())
        return;
    QSqlQuery details(m_connection.database());
    details.setForwardOnly(true);
    details.prepare(
        QStringLiteral("SELECT id, title, body, keywords FROM search_documents WHERE id IN (%1)")
            .arg(idList(hitOf.keys())));
    if (!exec(details))
        return;
    const SearchSnippet snippet(query);
    QSet<qint64> found;
    while (details.next()) {
        SearchHit *hit = hitOf.value(details.value(0).toLongLong());
        if (!hit)
            continue;
        found.insert(details.value(0).toLongLong());
        hit->title = details.value(1).toString();
        // The text that matched: the body first, then the keywords, then the title.
        QString text = details.value(2).toString();
        if (!snippet.matches(text)) {
            const QString keywords = details.value(3).toString();
            text =
                snippet.matches(keywords) || !snippet.matches(hit->title) ? keywords : hit->title;
            if (text.isEmpty())
                text = hit->title;
        }
        snippet.fill(text, *hit);
    }
    // Deleted while an import kept the index from catching up: no longer there to show.
    for (SearchKind kind :
         {SearchKind::Entry, SearchKind::Photo, SearchKind::Event, SearchKind::Gallery}) {
        results.hits(kind).removeIf(
            [&](const SearchHit &hit) { return !found.contains(hit.id * 4 + int(kind)); });
    }
}

SearchResults SearchService::search(const QString &query, int limitPerKind) const
{
    SearchResults results;
    m_lastError.clear();
    const QString match = matchExpression(query);
    if (match.isEmpty() || limitPerKind <= 0)
        return results;
    m_indexIsBehind = m_catchUpLimit >= 0 && staleBeyond(m_catchUpLimit);
    if (!m_indexIsBehind && !m_indexer->catchUp(kIndexWaitMs) &&
        !m_indexer->lastError().isEmpty()) {
        m_lastError = m_indexer->lastError();
        return results;
    }

    // How many of each kind match: walking the index without scoring is cheap.
    QSqlQuery counts(m_connection.database());
    counts.setForwardOnly(true);
    counts.prepare(QStringLiteral("SELECT rowid & 3, count(*) FROM search_index "
                                  "WHERE search_index MATCH ? GROUP BY 1"));
    counts.addBindValue(match);
    if (!exec(counts))
        return results;
    QHash<int, int> countOf;
    while (counts.next())
        countOf.insert(counts.value(0).toInt(), counts.value(1).toInt());
    results.entryCount = countOf.value(int(SearchKind::Entry));
    results.photoCount = countOf.value(int(SearchKind::Photo));
    results.eventCount = countOf.value(int(SearchKind::Event));
    results.galleryCount = countOf.value(int(SearchKind::Gallery));

    for (SearchKind kind :
         {SearchKind::Entry, SearchKind::Photo, SearchKind::Event, SearchKind::Gallery}) {
        const int count = results.count(kind);
        if (count == 0)
            continue;
        QList<std::pair<qint64, double>> best;
        if (count <= kRankedMatches) {
            best = rankedIds(match, kind, limitPerKind);
        } else {
            best = rankedIds(QStringLiteral("{title} : (%1)").arg(match), kind, limitPerKind);
            if (best.size() < limitPerKind) {
                QList<qint64> taken;
                for (const auto &[id, score] : std::as_const(best))
                    taken.append(id);
                best += newestIds(match, kind, limitPerKind - int(best.size()), taken);
            }
        }
        for (const auto &[id, score] : std::as_const(best)) {
            SearchHit hit;
            hit.kind = kind;
            hit.id = id >> 2;
            hit.score = score;
            results.hits(kind).append(hit);
        }
    }
    if (m_lastError.isEmpty())
        fillDetails(query, results);
    return results;
}
