#pragma once

#include "core/search/searchresults.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>

class CatalogConnection;
class SearchIndexer;

// Full-text search over the catalog's FTS5 index (migration 5): journal entries (title, text,
// author, categories, tags), photos (title, description, keywords, camera), events (title,
// description, place) and galleries (title, captions). Every word of the query is a prefix
// ("ist" finds "Istio"), all must match, diacritics do not count ("cafe" finds "Café"), and
// hits are ranked by bm25 with titles above keywords above text. Bound to one connection.
//
// Scoring costs about a microsecond per match, and a word every photo of a camera shares
// ("canon") matches tens of thousands: past kRankedMatches matches of one kind, only those that
// match in their titles are ranked, and the newest of the others follow. Among thousands of
// photos that all say "Canon" the score tells nothing anyway; this keeps every search of a
// 100,000-photo catalog well under 50 ms.
class SearchService
{
public:
    // bm25 weights of the index's columns: title, body, keywords.
    static constexpr double kTitleWeight = 10.0;
    static constexpr double kBodyWeight = 1.0;
    static constexpr double kKeywordsWeight = 4.0;
    static constexpr int kRankedMatches = 4000;

    explicit SearchService(const CatalogConnection &connection);
    ~SearchService();

    // At most `limitPerKind` hits of each kind, best first; the counts say how many matched.
    // Empty for a query without a word in it. Brings the index up to date first (SearchIndexer),
    // unless another connection holds the catalog for more than kIndexWaitMs: then it searches
    // the index as it is.
    SearchResults search(const QString &query, int limitPerKind = 20) const;
    // Brings the index up to date now (after an import, when the app is idle), waiting for the
    // catalog as long as need be. False on error (lastError()).
    bool updateIndex();
    static constexpr int kIndexWaitMs = 100;

    // Caps what search() indexes itself: with more documents than this waiting (an import's),
    // it searches the index as it is and says so (indexIsBehind()), for a worker thread to catch
    // up (SearchIndexUpdater) rather than the GUI thread. A few edits' worth is indexed at once,
    // so what was just renamed is found. -1 (the default): no cap.
    void setCatchUpLimit(int documents) { m_catchUpLimit = documents; }
    // Whether the last search() left documents unindexed because of the cap.
    bool indexIsBehind() const { return m_indexIsBehind; }

    // The FTS5 query for what the user typed: each word quoted (so that FTS5's own syntax is
    // only text: "AND", "-", "title:"...) and made a prefix: `"kube"* "barc"*`. Empty when it
    // holds no letter or digit.
    static QString matchExpression(const QString &query);

    QString lastError() const { return m_lastError; }

private:
    // The ids (thing id * 4 + kind) and scores of the best `limit` matches of one kind, best
    // first; of the newest ones not in `except`.
    QList<std::pair<qint64, double>> rankedIds(const QString &match, SearchKind kind,
                                               int limit) const;
    QList<std::pair<qint64, double>> newestIds(const QString &match, SearchKind kind, int limit,
                                               const QList<qint64> &except) const;
    QList<std::pair<qint64, double>> select(QSqlQuery &query) const;
    void fillDetails(const QString &query, SearchResults &results) const;
    bool exec(QSqlQuery &query) const;
    bool staleBeyond(int documents) const;

    const CatalogConnection &m_connection;
    std::unique_ptr<SearchIndexer> m_indexer;
    mutable QString m_lastError;
    int m_catchUpLimit = -1;
    mutable bool m_indexIsBehind = false;
};
