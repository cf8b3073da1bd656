#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One SQLite connection to the catalog, for the thread that creates it (SQLite connections must
// not be shared across threads). Opened with WAL, foreign keys and a busy timeout; closed and
// unregistered on destruction. Every QSqlQuery made on it must be gone before it is destroyed.
class CatalogConnection
{
    Q_DECLARE_TR_FUNCTIONS(CatalogConnection)

public:
    explicit CatalogConnection(QString databasePath);
    ~CatalogConnection();
    CatalogConnection(const CatalogConnection &) = delete;
    CatalogConnection &operator=(const CatalogConnection &) = delete;

    // Returns an empty string on success, otherwise why the catalog could not be opened.
    QString open();
    bool isOpen() const;
    QSqlDatabase database() const;
    const QString &databasePath() const { return m_databasePath; }

private:
    QString m_databasePath;
    QString m_connectionName;
};
