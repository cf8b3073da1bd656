#include "core/catalog/catalog.h"
#include "core/catalog/catalogconnection.h"
#include "core/catalog/schemamigrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The schema as text, statements verbatim so that a dump loads as SQL: what a migration test
// compares against the dumps of past versions (tests/core/catalog/schemas/vNNNN.sql).
QString schemaDump(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name"));
    QStringList statements;
    while (query.next())
        statements.append(query.value(0).toString() + QLatin1Char(';'));
    return statements.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnMarkerLines_data();
    void splitsOnMarkerLines();
    void freshCatalogMatchesSchemaDump();
    void eachStepMatchesItsSchemaDump();
    void newerCatalogIsRefusedAndUntouched();
    void upgradeBacksUpFirstAndStepsInOrder();
    void failedMigrationRollsBack();
};

void TestSchemaMigrator::splitsOnMarkerLines_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("count");
    QTest::newRow("one") << QStringLiteral("CREATE TABLE a (x)") << 1;
    QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x)\n-- @split\nCREATE TABLE b (y)")
                         << 2;
    QTest::newRow("comment-only part")
        << QStringLiteral("-- header\n-- @split\nCREATE TABLE a (x)") << 1;
    QTest::newRow("marker with spaces") << QStringLiteral("SELECT 1\n  -- @split  \nSELECT 2") << 2;
    QTest::newRow("marker inside a line is text") << QStringLiteral("SELECT '-- @split'") << 1;
}

void TestSchemaMigrator::splitsOnMarkerLines()
{
    QFETCH(QString, sql);
    QFETCH(int, count);
    QCOMPARE(SchemaMigrator::splitStatements(sql).size(), count);
}

void TestSchemaMigrator::freshCatalogMatchesSchemaDump()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("sub/folder/catalog.sqlite")));
    QCOMPARE(catalog.open(), QString());
    const SchemaMigrator migrator;
    QCOMPARE(SchemaMigrator::currentVersion(catalog.connection().database()),
             migrator.latestVersion());
    // Every shipped version has a dump; the newest must be what a fresh catalog looks like.
    const QString dumpPath = QStringLiteral(CORKBOARD_SCHEMA_DUMPS "/v%1.sql")
                                 .arg(migrator.latestVersion(), 4, 10, QLatin1Char('0'));
    const QString expected = readFile(dumpPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(dumpPath));
    QCOMPARE(schemaDump(catalog.connection().database()), expected);
}

void TestSchemaMigrator::eachStepMatchesItsSchemaDump()
{
    // A catalog upgraded one version at a time passes through every shipped schema exactly.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    CatalogConnection connection(path);
    QCOMPARE(connection.open(), QString());
    const SchemaMigrator migrator;
    QVERIFY(migrator.latestVersion() >= 2);
    for (int version = 1; version <= migrator.latestVersion(); ++version) {
        QCOMPARE(migrator.migrate(connection.database(), path, version), QString());
        QCOMPARE(SchemaMigrator::currentVersion(connection.database()), version);
        const QString dumpPath =
            QStringLiteral(CORKBOARD_SCHEMA_DUMPS "/v%1.sql").arg(version, 4, 10, QLatin1Char('0'));
        const QString expected = readFile(dumpPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(dumpPath));
        QCOMPARE(schemaDump(connection.database()), expected);
    }
}

void TestSchemaMigrator::newerCatalogIsRefusedAndUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        CatalogConnection connection(path);
        QCOMPARE(connection.open(), QString());
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE future (x)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    Catalog catalog(path);
    const QString error = catalog.open();
    QVERIFY(error.contains(QLatin1String("newer version")));
    QVERIFY(!catalog.isOpen());
    CatalogConnection connection(path);
    QCOMPARE(connection.open(), QString());
    QCOMPARE(SchemaMigrator::currentVersion(connection.database()), 999);
    QVERIFY(!QFile::exists(SchemaMigrator::backupPath(path, 999)));
}

void TestSchemaMigrator::upgradeBacksUpFirstAndStepsInOrder()
{
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(migrations));
    writeFile(migrations + QStringLiteral("/0001_first.sql"),
              "CREATE TABLE a (x)\n-- @split\nINSERT INTO a VALUES (1)");
    writeFile(migrations + QStringLiteral("/0002_second.sql"), "ALTER TABLE a ADD COLUMN y");
    writeFile(migrations + QStringLiteral("/notes.txt"), "not a migration");
    const SchemaMigrator migrator(migrations);
    QCOMPARE(migrator.latestVersion(), 2);

    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    CatalogConnection connection(path);
    QCOMPARE(connection.open(), QString());
    QCOMPARE(migrator.migrate(connection.database(), path, 1), QString());
    QCOMPARE(SchemaMigrator::currentVersion(connection.database()), 1);
    QVERIFY(!QFile::exists(SchemaMigrator::backupPath(path, 0))); // nothing to keep in a new file

    QCOMPARE(migrator.migrate(connection.database(), path), QString());
    QCOMPARE(SchemaMigrator::currentVersion(connection.database()), 2);
    const QString backup = SchemaMigrator::backupPath(path, 1);
    QVERIFY(QFile::exists(backup));
    CatalogConnection old(backup);
    QCOMPARE(old.open(), QString());
    QCOMPARE(SchemaMigrator::currentVersion(old.database()), 1);
    QSqlQuery query(old.database());
    QVERIFY(query.exec(QStringLiteral("SELECT x FROM a")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestSchemaMigrator::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(migrations));
    writeFile(migrations + QStringLiteral("/0001_broken.sql"),
              "CREATE TABLE a (x)\n-- @split\nTHIS IS NOT SQL");
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    CatalogConnection connection(path);
    QCOMPARE(connection.open(), QString());
    QVERIFY(!SchemaMigrator(migrations).migrate(connection.database(), path).isEmpty());
    QCOMPARE(SchemaMigrator::currentVersion(connection.database()), 0);
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'a'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
