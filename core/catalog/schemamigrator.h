#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The one owner of the catalog schema. Migrations are numbered .sql resources
// (":/catalog/migrations/0001_initial.sql"); PRAGMA user_version holds the number of the last
// one applied. Each runs in one transaction; the catalog is copied aside before the first; a
// catalog written by a newer Corkboard is refused rather than touched.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Migration
    {
        int version = 0;
        QString resourcePath;
    };

    explicit SchemaMigrator(
        const QString &migrationsDirectory = QStringLiteral(":/catalog/migrations"));

    QList<Migration> migrations() const { return m_migrations; }
    int latestVersion() const;
    static int currentVersion(const QSqlDatabase &database);

    // Brings the database to latestVersion(), or to `targetVersion` when given (tests migrate
    // step by step). Returns an empty string on success, otherwise the reason it refused/failed.
    QString migrate(const QSqlDatabase &database, const QString &databasePath,
                    int targetVersion = -1) const;

    // Splits a migration file into statements on lines that hold only "-- @split".
    static QStringList splitStatements(const QString &sql);
    // Where migrate() copies the catalog before upgrading it from `fromVersion`.
    static QString backupPath(const QString &databasePath, int fromVersion);

private:
    QString applyOne(const QSqlDatabase &database, const Migration &migration) const;

    QList<Migration> m_migrations;
};
