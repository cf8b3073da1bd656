#pragma once

#include <QString>

class CatalogConnection;

// Brings the full-text index (search_documents and its FTS5 index, migration 5) up to date with
// the photos, events, galleries and entries the catalog's triggers listed as changed in
// search_stale: their documents are rewritten from the tables in a few statements, whatever
// their number. The one place that knows what text of each thing is searchable.
class SearchIndexer
{
public:
    explicit SearchIndexer(const CatalogConnection &connection);

    // How many documents wait to be (re)indexed.
    int staleCount() const;
    // Catches up in one transaction. Waits at most `waitMs` for another connection's write (an
    // import) to finish: the GUI searches the index as it is rather than freeze. False when it
    // did not catch up (lastError() says why; empty when the catalog was only busy).
    bool catchUp(int waitMs = 10000);

    QString lastError() const { return m_lastError; }

private:
    const CatalogConnection &m_connection;
    QString m_lastError;
};
