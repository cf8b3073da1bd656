#include "core/catalog/catalogconnection.h"
#include "core/catalog/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void rollsBackUnlessCommitted();
    void commitKeepsWrites();
};

namespace {

int rowCount(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT count(*) FROM t"));
    query.next();
    return query.value(0).toInt();
}

} // namespace

void TestTransaction::rollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    CatalogConnection connection(dir.filePath(QStringLiteral("t.sqlite")));
    QCOMPARE(connection.open(), QString());
    QSqlQuery(connection.database()).exec(QStringLiteral("CREATE TABLE t (x)"));
    {
        Transaction transaction(connection.database());
        QVERIFY(transaction.isActive());
        QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QCOMPARE(rowCount(connection.database()), 1);
    }
    QCOMPARE(rowCount(connection.database()), 0);
}

void TestTransaction::commitKeepsWrites()
{
    QTemporaryDir dir;
    CatalogConnection connection(dir.filePath(QStringLiteral("t.sqlite")));
    QCOMPARE(connection.open(), QString());
    QSqlQuery(connection.database()).exec(QStringLiteral("CREATE TABLE t (x)"));
    {
        Transaction transaction(connection.database());
        QSqlQuery(connection.database()).exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        QCOMPARE(transaction.commit(), QString());
        QVERIFY(!transaction.isActive());
    }
    QCOMPARE(rowCount(connection.database()), 1);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
