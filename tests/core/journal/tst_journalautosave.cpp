#include "core/catalog/catalog.h"
#include "core/journal/journalautosaver.h"
#include "core/journal/journalservice.h"
#include "tests/core/journal/typedtext.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the user types survives: written once typing pauses and within the second however fast
// it goes on, versions kept on the way; and a typing process killed outright loses at most the
// last second.
class TestJournalAutosave : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesWhenTypingPauses();
    void writesWithinTheSecondWhileTypingGoesOn();
    void keepsVersionsWhileTypingAndOnSaveAndClose();
    void switchingEntriesWritesTheFirst();
    void killedWhileTypingLosesAtMostTheLastSecond();

private:
    qint64 newEntry();
    QString storedBody(qint64 entryId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JournalService> m_service;
};

void TestJournalAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_service = std::make_unique<JournalService>(m_catalog->connection());
}

void TestJournalAutosave::cleanup()
{
    m_service.reset();
    m_catalog.reset();
    m_dir.reset();
}

qint64 TestJournalAutosave::newEntry()
{
    JournalEntry fields;
    fields.title = QStringLiteral("Typing");
    const JournalEdit edit = m_service->create(fields);
    [&] { QVERIFY(m_service->apply(edit, true)); }();
    return edit.focusEntryId;
}

QString TestJournalAutosave::storedBody(qint64 entryId) const
{
    // Through a connection of its own: what another process would find.
    CatalogConnection connection(m_catalog->path());
    if (!connection.open().isEmpty())
        return QStringLiteral("<cannot open>");
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT body FROM journal_entries WHERE id = ?"));
    query.addBindValue(entryId);
    if (!query.exec() || !query.next())
        return QStringLiteral("<no entry>");
    return query.value(0).toString();
}

void TestJournalAutosave::writesWhenTypingPauses()
{
    const qint64 id = newEntry();
    JournalAutosaver autosaver(*m_service);
    autosaver.setEntry(id);
    QSignalSpy saved(&autosaver, &JournalAutosaver::saved);
    QElapsedTimer timer;
    timer.start();
    autosaver.bodyChanged(QStringLiteral("Hel"));
    autosaver.bodyChanged(QStringLiteral("Hello"));
    QVERIFY(autosaver.hasPendingChanges());
    QCOMPARE(storedBody(id), QString()); // not at every key
    QVERIFY(saved.wait(2000));
    QVERIFY(timer.elapsed() >= JournalAutosaver::kPauseMs - 20);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!autosaver.hasPendingChanges());
    QCOMPARE(storedBody(id), QStringLiteral("Hello"));
    // Nothing new, nothing written.
    QVERIFY(!saved.wait(JournalAutosaver::kPauseMs * 2));
}

void TestJournalAutosave::writesWithinTheSecondWhileTypingGoesOn()
{
    const qint64 id = newEntry();
    JournalAutosaver autosaver(*m_service);
    autosaver.setEntry(id);
    QList<qint64> savedAt;
    QElapsedTimer timer;
    timer.start();
    connect(&autosaver, &JournalAutosaver::saved, this, [&] { savedAt.append(timer.elapsed()); });
    // Faster than the pause, for three seconds: only the deadline writes.
    QString body;
    while (timer.elapsed() < 3000) {
        body += QLatin1Char('x');
        autosaver.bodyChanged(body);
        QTest::qWait(50);
    }
    QVERIFY2(savedAt.size() >= 3, qPrintable(QString::number(savedAt.size())));
    qint64 previous = 0;
    for (qint64 at : std::as_const(savedAt)) {
        QVERIFY2(at - previous <= 1000, qPrintable(QStringLiteral("%1 ms").arg(at - previous)));
        previous = at;
    }
    QVERIFY(storedBody(id).size() >= body.size() - 1000 / 50);
    // Destroying the autosaver writes what is pending.
    autosaver.bodyChanged(body + QStringLiteral("!"));
}

void TestJournalAutosave::keepsVersionsWhileTypingAndOnSaveAndClose()
{
    const qint64 id = newEntry();
    JournalAutosaver autosaver(*m_service);
    autosaver.setVersionInterval(300);
    autosaver.setEntry(id);
    autosaver.bodyChanged(QStringLiteral("one"));
    QVERIFY(autosaver.flush());
    QCOMPARE(m_service->versions(id).size(), 0); // not yet: typing just began
    QTest::qWait(350);
    autosaver.bodyChanged(QStringLiteral("one two"));
    QVERIFY(autosaver.flush());
    QCOMPARE(m_service->versions(id).size(), 1);
    QCOMPARE(m_service->versions(id).constFirst().reason, JournalVersionReason::Typing);

    autosaver.bodyChanged(QStringLiteral("one two three"));
    QVERIFY(autosaver.save()); // Ctrl+S: written and kept, without waiting
    QCOMPARE(storedBody(id), QStringLiteral("one two three"));
    QCOMPARE(m_service->versions(id).constFirst().reason, JournalVersionReason::Saved);
    QCOMPARE(m_service->versions(id).size(), 2);

    autosaver.bodyChanged(QStringLiteral("one two three four"));
    QVERIFY(autosaver.close());
    QCOMPARE(autosaver.entryId(), 0);
    QCOMPARE(m_service->versions(id).constFirst().body, QStringLiteral("one two three four"));
    QCOMPARE(m_service->versions(id).constFirst().reason, JournalVersionReason::Closed);
}

void TestJournalAutosave::switchingEntriesWritesTheFirst()
{
    const qint64 first = newEntry();
    const qint64 second = newEntry();
    {
        JournalAutosaver autosaver(*m_service);
        autosaver.setEntry(first);
        autosaver.bodyChanged(QStringLiteral("first body"));
        autosaver.setEntry(second);
        QCOMPARE(storedBody(first), QStringLiteral("first body"));
        autosaver.bodyChanged(QStringLiteral("second body"));
    } // destroyed with a change pending
    QCOMPARE(storedBody(second), QStringLiteral("second body"));
    QCOMPARE(storedBody(first), QStringLiteral("first body"));
}

void TestJournalAutosave::killedWhileTypingLosesAtMostTheLastSecond()
{
    const qint64 id = newEntry();
    QRandomGenerator random(QRandomGenerator::global()->generate());
    // A few kills, each at a moment of its own within the typing.
    for (int round = 0; round < 3; ++round) {
        QVERIFY(m_service->saveDraft(id, QString()));
        QProcess typist;
        typist.setProgram(QStringLiteral(CORKBOARD_AUTOSAVE_TYPIST));
        typist.setArguments({m_catalog->path(), QString::number(id)});
        typist.setProcessChannelMode(QProcess::SeparateChannels);
        typist.start();
        QVERIFY(typist.waitForStarted());
        QElapsedTimer typing;
        const int typeForMs = 1500 + random.bounded(1500);
        while (typing.isValid() ? typing.elapsed() < typeForMs : true) {
            QVERIFY2(typist.state() == QProcess::Running,
                     typist.readAllStandardError().constData());
            typist.waitForReadyRead(50);
            if (!typing.isValid() && typist.canReadLine())
                typing.start(); // it has typed its first character
        }
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        typist.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(typist.waitForFinished());
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

        // What it had typed more than a second before it died must be in the catalog.
        int typedBeforeLastSecond = 0;
        int typedInAll = 0;
        for (const QByteArray &line : typist.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() != 2)
                continue;
            typedInAll = fields.at(0).toInt();
            if (fields.at(1).toLongLong() <= killedAt - 1000)
                typedBeforeLastSecond = typedInAll;
        }
        QVERIFY(typedBeforeLastSecond > 0);
        const QString body = storedBody(id);
        QVERIFY2(body.size() >= typedBeforeLastSecond,
                 qPrintable(QStringLiteral("round %1: kept %2 characters, typed %3 more than a "
                                           "second before the kill (%4 in all)")
                                .arg(round)
                                .arg(body.size())
                                .arg(typedBeforeLastSecond)
                                .arg(typedInAll)));
        QCOMPARE(body, TypedText::text(int(body.size())));
    }
    CatalogConnection connection(m_catalog->path());
    QCOMPARE(connection.open(), QString());
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestJournalAutosave)
#include "tst_journalautosave.moc"
