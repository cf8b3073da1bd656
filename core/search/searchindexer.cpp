#include "core/search/searchindexer.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// The searchable text of each kind, for the documents listed in search_stale. Kinds: the low
// two bits of a document's id (0 entry, 1 photo, 2 event, 3 gallery).
const QStringList kRewrite = {
    // Take the old text out of the index (FTS5 needs it as it was indexed), then the documents.
    QStringLiteral("INSERT INTO search_index (search_index, rowid, title, body, keywords) "
                   "SELECT 'delete', id, title, body, keywords FROM search_documents "
                   "WHERE id IN (SELECT id FROM search_stale)"),
    QStringLiteral("DELETE FROM search_documents WHERE id IN (SELECT id FROM search_stale)"),
    // Photos: title, description; make, model and keywords.
    QStringLiteral(
        "INSERT INTO search_documents (id, title, body, keywords) "
        "SELECT s.id, coalesce(p.title, ''), coalesce(p.description, ''), "
        "  trim(coalesce(p.make, '') || ' ' || coalesce(p.model, '') || ' ' || "
        "       coalesce((SELECT group_concat(k.name, ' ') FROM photo_keywords pk "
        "                 JOIN keywords k ON k.id = pk.keyword_id WHERE pk.photo_id = p.id), '')) "
        "FROM search_stale s JOIN photos p ON p.id = s.id >> 2 WHERE s.id & 3 = 1"),
    // Events: title, description, place.
    QStringLiteral("INSERT INTO search_documents (id, title, body, keywords) "
                   "SELECT s.id, e.title, e.description, e.place "
                   "FROM search_stale s JOIN events e ON e.id = s.id >> 2 WHERE s.id & 3 = 2"),
    // Galleries: title, and their notes' captions in order.
    QStringLiteral("INSERT INTO search_documents (id, title, body) "
                   "SELECT s.id, g.title, "
                   "  coalesce((SELECT group_concat(caption, ' ') FROM "
                   "            (SELECT caption FROM gallery_items WHERE gallery_id = g.id "
                   "             AND caption <> '' ORDER BY position)), '') "
                   "FROM search_stale s JOIN galleries g ON g.id = s.id >> 2 WHERE s.id & 3 = 3"),
    // Entries: title, body; author, categories, tags and the cover's alt text.
    QStringLiteral(
        "INSERT INTO search_documents (id, title, body, keywords) "
        "SELECT s.id, j.title, j.body, "
        "  trim(j.author || ' ' || "
        "       coalesce((SELECT group_concat(value, ' ') FROM json_each(j.categories)), '') || "
        "       ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(j.tags)), '') || "
        "       ' ' || j.cover_alt) "
        "FROM search_stale s JOIN journal_entries j ON j.id = s.id >> 2 WHERE s.id & 3 = 0"),
    // The new text into the index, in one statement: FTS5 writes one segment for all of it.
    QStringLiteral("INSERT INTO search_index (rowid, title, body, keywords) "
                   "SELECT id, title, body, keywords FROM search_documents "
                   "WHERE id IN (SELECT id FROM search_stale)"),
    QStringLiteral("DELETE FROM search_stale"),
};

constexpr int kConnectionBusyTimeoutMs = 10000; // as CatalogConnection sets it

} // namespace

SearchIndexer::SearchIndexer(const CatalogConnection &connection)
    : m_connection(connection)
{}

int SearchIndexer::staleCount() const
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM search_stale")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool SearchIndexer::catchUp(int waitMs)
{
    m_lastError.clear();
    QSqlDatabase db = m_connection.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT 1 FROM search_stale LIMIT 1"))) {
        m_lastError = query.lastError().text();
        return false;
    }
    if (!query.next())
        return true; // nothing to do: the usual case, one primary key probe
    query.finish();

    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(waitMs));
    bool done = false;
    {
        Transaction transaction(db);
        if (transaction.isActive()) {
            done = true;
            for (const QString &statement : kRewrite) {
                if (!query.exec(statement)) {
                    m_lastError = query.lastError().text();
                    done = false;
                    break;
                }
            }
            if (done) {
                m_lastError = transaction.commit();
                done = m_lastError.isEmpty();
            }
        }
    }
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kConnectionBusyTimeoutMs));
    return done;
}
