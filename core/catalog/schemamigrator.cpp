#include "core/catalog/schemamigrator.h"

#include "core/catalog/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

SchemaMigrator::SchemaMigrator(const QString &migrationsDirectory)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(migrationsDirectory);
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = name.match(file);
        if (match.hasMatch())
            m_migrations.append({match.captured(1).toInt(), dir.filePath(file)});
    }
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int SchemaMigrator::currentVersion(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString SchemaMigrator::backupPath(const QString &databasePath, int fromVersion)
{
    return QStringLiteral("%1.schema-%2.bak").arg(databasePath).arg(fromVersion);
}

QStringList SchemaMigrator::splitStatements(const QString &sql)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*-- @split\\s*$"),
                                           QRegularExpression::MultilineOption);
    QStringList statements;
    for (const QString &part : sql.split(marker)) {
        // A part made only of comments and blank lines is not a statement.
        bool hasCode = false;
        for (const QString &line : part.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1String("--"))) {
                hasCode = true;
                break;
            }
        }
        if (hasCode)
            statements.append(part.trimmed());
    }
    return statements;
}

QString SchemaMigrator::migrate(const QSqlDatabase &database, const QString &databasePath,
                                int targetVersion) const
{
    const int latest = latestVersion();
    const int target = targetVersion < 0 ? latest : std::min(targetVersion, latest);
    const int current = currentVersion(database);
    if (current < 0)
        return tr("Cannot read the schema version of the catalog %1: %2")
            .arg(databasePath, database.lastError().text());
    if (current > latest) {
        return tr("The catalog %1 was written by a newer version of Corkboard (catalog version %2; "
                  "this version reads up to %3). Update Corkboard to open it; the catalog was left "
                  "untouched.")
            .arg(databasePath)
            .arg(current)
            .arg(latest);
    }
    if (current >= target)
        return {};

    // Keep a consistent copy of what the user had before we change its shape. VACUUM INTO writes a
    // complete database even while the WAL holds recent pages, which copying the file would miss.
    if (current > 0 && databasePath != QLatin1String(":memory:")) {
        const QString backup = backupPath(databasePath, current);
        QFile::remove(backup);
        QSqlQuery query(database);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(QDir::toNativeSeparators(backup));
        if (!query.exec())
            return tr("Cannot back up the catalog to %1 before upgrading it: %2")
                .arg(backup, query.lastError().text());
    }

    for (const Migration &migration : m_migrations) {
        if (migration.version <= current || migration.version > target)
            continue;
        QString error = applyOne(database, migration);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString SchemaMigrator::applyOne(const QSqlDatabase &database, const Migration &migration) const
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the catalog migration %1.").arg(migration.resourcePath);
    const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));

    Transaction transaction(database);
    if (!transaction.isActive())
        return tr("Cannot start upgrading the catalog: %1").arg(transaction.beginError());
    QSqlQuery query(database);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            return tr("Upgrading the catalog to version %1 failed: %2")
                .arg(migration.version)
                .arg(query.lastError().text());
        }
    }
    // user_version lives in the database header, so it commits (or rolls back) with the rest.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)))
        return query.lastError().text();
    const QString commitError = transaction.commit();
    if (!commitError.isEmpty())
        return tr("Upgrading the catalog to version %1 failed: %2")
            .arg(migration.version)
            .arg(commitError);
    return {};
}
