#include "core/catalog/catalogconnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("corkboard-catalog-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

CatalogConnection::CatalogConnection(QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_connectionName(nextConnectionName())
{}

CatalogConnection::~CatalogConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Lets SQLite fold the WAL into the database and keep statistics fresh.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString CatalogConnection::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return tr("Qt's SQLite driver (QSQLITE) is not available.");
    db.setDatabaseName(m_databasePath);
    // Another connection (an import thread, a second window) may hold the write lock for a moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return tr("Cannot open the catalog %1: %2").arg(m_databasePath, db.lastError().text());

    // WAL lets readers go on while an import writes; with WAL, synchronous=NORMAL never corrupts
    // the catalog on a crash (only the last transactions may be lost on power failure).
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),  QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),   QStringLiteral("PRAGMA busy_timeout = 10000"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -16384"), // 16 MiB
    };
    QSqlQuery query(db);
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return tr("Cannot prepare the catalog %1: %2")
                .arg(m_databasePath, query.lastError().text());
    }
    query.exec(QStringLiteral("PRAGMA journal_mode"));
    if (query.next() &&
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0 &&
        m_databasePath != QLatin1String(":memory:")) {
        return tr("The catalog %1 cannot use write-ahead logging (is it on a network drive?).")
            .arg(m_databasePath);
    }
    return {};
}

bool CatalogConnection::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase CatalogConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}
