#pragma once

#include "bench/floor/floorrecord.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// The floor's catalog: a fresh SQLite file with one table, filled in one transaction through one
// prepared statement, with the pragmas a real catalog uses. Rows can be inserted while the
// readers are still at work, so that SQLite's time overlaps theirs as it would in an import.
class FloorCatalog
{
public:
    FloorCatalog();
    ~FloorCatalog();
    FloorCatalog(const FloorCatalog &) = delete;
    FloorCatalog &operator=(const FloorCatalog &) = delete;

    // Creates the file at `path` (removing any old one with its -wal/-shm), the table, and opens
    // the transaction. Each returns an empty string on success, otherwise the error.
    QString create(const QString &path);
    QString insert(const FloorRecord &record);
    QString commit();

private:
    QSqlDatabase m_db;
    QSqlQuery m_insert;
};
