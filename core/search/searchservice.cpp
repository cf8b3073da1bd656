#include "core/search/searchservice.h"

#include "core/catalog/catalogconnection.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {

constexpr QChar kMatchStart = QChar(0x02);
constexpr QChar kMatchEnd = QChar(0x03);
constexpr int kSnippetTokens = 12;

// The snippet without FTS5's markers, and where they were.
void readSnippet(const QString &marked, SearchHit &hit)
{
    hit.snippet.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == kMatchStart) {
            start = hit.snippet.size();
        } else if (c == kMatchEnd) {
            if (start >= 0)
                hit.highlights.append({start, hit.snippet.size() - start});
            start = -1;
        } else {
            hit.snippet.append(c);
        }
    }
}

} // namespace

SearchService::SearchService(const CatalogConnection &connection)
    : m_connection(connection)
{}

QString SearchService::matchExpression(const QString &query)
{
    QStringList terms;
    for (const QString &word :
         query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

SearchResults SearchService::search(const QString &query, int limitPerKind) const
{
    SearchResults results;
    const QString match = matchExpression(query);
    if (match.isEmpty() || limitPerKind <= 0)
        return results;

    // First the ranking alone, from the index: the best ids of each kind (id & 3) and the count
    // of each. Snippets cost far more than a score, so they are made only for the ids kept.
    QSqlQuery ranked(m_connection.database());
    ranked.setForwardOnly(true);
    ranked.prepare(
        QStringLiteral("SELECT id, score, total FROM ("
                       "  SELECT id, score, row_number() OVER (PARTITION BY id & 3 ORDER BY score, "
                       "id DESC) AS n,"
                       "         count(*) OVER (PARTITION BY id & 3) AS total"
                       "  FROM (SELECT rowid AS id, bm25(search_index, %1, %2, %3) AS score"
                       "        FROM search_index WHERE search_index MATCH ?))"
                       " WHERE n <= ? ORDER BY id & 3, n")
            .arg(kTitleWeight)
            .arg(kBodyWeight)
            .arg(kKeywordsWeight));
    ranked.addBindValue(match);
    ranked.addBindValue(limitPerKind);
    if (!ranked.exec()) {
        m_lastError = ranked.lastError().text();
        return results;
    }
    QHash<qint64, std::pair<SearchKind, qsizetype>> where; // document id: its place in results
    QStringList ids;
    while (ranked.next()) {
        const qint64 documentId = ranked.value(0).toLongLong();
        SearchHit hit;
        hit.kind = SearchKind(documentId & 3);
        hit.id = documentId >> 2;
        hit.score = ranked.value(1).toDouble();
        QList<SearchHit> &hits = results.hits(hit.kind);
        where.insert(documentId, {hit.kind, hits.size()});
        hits.append(hit);
        ids.append(QString::number(documentId));
        const int total = ranked.value(2).toInt();
        switch (hit.kind) {
        case SearchKind::Entry:
            results.entryCount = total;
            break;
        case SearchKind::Photo:
            results.photoCount = total;
            break;
        case SearchKind::Event:
            results.eventCount = total;
            break;
        case SearchKind::Gallery:
            results.galleryCount = total;
            break;
        }
    }
    if (ids.isEmpty())
        return results;

    QSqlQuery snippets(m_connection.database());
    snippets.setForwardOnly(true);
    snippets.prepare(QStringLiteral("SELECT search_index.rowid, d.title, "
                                    "snippet(search_index, -1, char(2), char(3), '…', %1) "
                                    "FROM search_index JOIN search_documents d "
                                    "ON d.id = search_index.rowid "
                                    "WHERE search_index MATCH ? AND search_index.rowid IN (%2)")
                         .arg(kSnippetTokens)
                         .arg(ids.join(QLatin1Char(','))));
    snippets.addBindValue(match);
    if (!snippets.exec()) {
        m_lastError = snippets.lastError().text();
        return results;
    }
    while (snippets.next()) {
        const auto it = where.constFind(snippets.value(0).toLongLong());
        if (it == where.cend())
            continue;
        SearchHit &hit = results.hits(it->first)[it->second];
        hit.title = snippets.value(1).toString();
        readSnippet(snippets.value(2).toString(), hit);
    }
    return results;
}
