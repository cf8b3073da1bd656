#include "core/catalog/photocountrepository.h"

#include "core/catalog/catalogconnection.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

PhotoCountRepository::PhotoCountRepository(const CatalogConnection &connection)
    : m_connection(connection)
{}

PhotoStateCounts PhotoCountRepository::countsByState() const
{
    // count(*) reads the smallest index; the problems come from the partial index on them
    // (migration 2), so neither query walks the table.
    PhotoStateCounts counts;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM photos")) || !query.next()) {
        m_lastError = query.lastError().text();
        return counts;
    }
    int total = query.value(0).toInt();
    if (!query.exec(
            QStringLiteral("SELECT state, count(*) FROM photos WHERE state <> 0 GROUP BY state"))) {
        m_lastError = query.lastError().text();
        return counts;
    }
    while (query.next()) {
        const int count = query.value(1).toInt();
        total -= count;
        if (query.value(0).toInt() == 1)
            counts.missing = count;
        else
            counts.unreadable = count;
    }
    counts.ok = total;
    return counts;
}

QList<FolderPhotoCount> PhotoCountRepository::countsByFolder() const
{
    // rtrim(path, <every character of path but '/'>) strips the file name and keeps the folder
    // with its trailing '/': SQLite has no "last index of", and this keeps the grouping in SQLite,
    // over the index on path, instead of sending 100,000 paths to the caller.
    QList<FolderPhotoCount> folders;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT rtrim(path, replace(path, '/', '')) AS folder, "
                                   "count(*) FROM photos GROUP BY folder ORDER BY folder"))) {
        m_lastError = query.lastError().text();
        return folders;
    }
    while (query.next())
        folders.append({QDir::cleanPath(query.value(0).toString()), query.value(1).toInt()});
    return folders;
}
