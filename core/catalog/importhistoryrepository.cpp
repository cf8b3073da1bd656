#include "core/catalog/importhistoryrepository.h"

#include "core/catalog/catalogconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

ImportRecord recordFromQuery(const QSqlQuery &query)
{
    ImportRecord record;
    record.id = query.value(0).toLongLong();
    record.startedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    record.finishedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    for (const auto &root : QJsonDocument::fromJson(query.value(3).toByteArray()).array())
        record.roots.append(root.toString());
    record.imported = query.value(4).toInt();
    record.updated = query.value(5).toInt();
    record.unchanged = query.value(6).toInt();
    record.duplicates = query.value(7).toInt();
    record.failed = query.value(8).toInt();
    record.missing = query.value(9).toInt();
    record.cancelled = query.value(10).toBool();
    return record;
}

const auto kSelect = QStringLiteral(
    "SELECT id, started_at, finished_at, roots, imported, updated, unchanged, duplicates, failed, "
    "missing, cancelled FROM imports ");

} // namespace

ImportHistoryRepository::ImportHistoryRepository(const CatalogConnection &connection)
    : m_connection(connection)
{}

qint64 ImportHistoryRepository::begin(const QStringList &roots, const QDateTime &startedAt)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("INSERT INTO imports (started_at, roots) VALUES (?, ?)"));
    query.addBindValue(startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(roots)).toJson(QJsonDocument::Compact)));
    return query.exec() ? query.lastInsertId().toLongLong() : 0;
}

bool ImportHistoryRepository::finish(const ImportRecord &record)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE imports SET finished_at = ?, imported = ?, updated = ?, unchanged = ?, "
        "duplicates = ?, failed = ?, missing = ?, cancelled = ? WHERE id = ?"));
    query.addBindValue(record.finishedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(record.imported);
    query.addBindValue(record.updated);
    query.addBindValue(record.unchanged);
    query.addBindValue(record.duplicates);
    query.addBindValue(record.failed);
    query.addBindValue(record.missing);
    query.addBindValue(record.cancelled ? 1 : 0);
    query.addBindValue(record.id);
    return query.exec();
}

std::optional<ImportRecord> ImportHistoryRepository::find(qint64 id) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFromQuery(query);
}

QList<ImportRecord> ImportHistoryRepository::recent(int limit) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(kSelect + QStringLiteral("ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<ImportRecord> records;
    if (query.exec()) {
        while (query.next())
            records.append(recordFromQuery(query));
    }
    return records;
}

QList<ImportPhotoCount> ImportHistoryRepository::recentWithPhotos(int limit) const
{
    // Newest first, each import's photos counted on the import_id index, stopping after `limit`
    // imports with photos: the cost follows the photos shown, not the size of the catalog.
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT * FROM (SELECT id, started_at, finished_at, roots, imported, updated, unchanged, "
        "duplicates, failed, missing, cancelled, "
        "(SELECT count(*) FROM photos WHERE photos.import_id = imports.id) AS photo_count "
        "FROM imports ORDER BY id DESC) WHERE photo_count > 0 LIMIT ?"));
    query.addBindValue(limit);
    QList<ImportPhotoCount> imports;
    if (query.exec()) {
        while (query.next())
            imports.append({recordFromQuery(query), query.value(11).toInt()});
    }
    return imports;
}

QStringList ImportHistoryRepository::roots() const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    QStringList roots;
    if (!query.exec(QStringLiteral("SELECT roots FROM imports ORDER BY id")))
        return roots;
    QSet<QString> seen;
    while (query.next()) {
        for (const auto &root : QJsonDocument::fromJson(query.value(0).toByteArray()).array()) {
            const QString path = root.toString();
            if (!path.isEmpty() && !seen.contains(path)) {
                seen.insert(path);
                roots.append(path);
            }
        }
    }
    return roots;
}
