#pragma once

#include <QSqlDatabase>
#include <QString>

// RAII guard: begins a write transaction, and rolls it back on destruction unless commit() ran.
// BEGIN IMMEDIATE takes the write lock up front, so two writers wait on the busy timeout instead
// of failing halfway through with SQLITE_BUSY.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Returns an empty string on success, otherwise the database's error.
    QString commit();
    const QString &beginError() const { return m_beginError; }

private:
    QSqlDatabase m_database;
    bool m_active = false;
    QString m_beginError;
};
