#include "core/catalog/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(const QSqlDatabase &database)
    : m_database(database)
{
    QSqlQuery query(m_database);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_beginError = query.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
}

QString Transaction::commit()
{
    if (!m_active)
        return m_beginError.isEmpty() ? QStringLiteral("no transaction is active") : m_beginError;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("COMMIT")))
        return query.lastError().text();
    m_active = false;
    return {};
}
