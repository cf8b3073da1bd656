#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventrepository.h"
#include "core/journal/journaleditcommand.h"
#include "core/journal/journalservice.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// Journal entries in the catalog: made, edited and undone exactly, kept as the user types, with
// earlier versions to go back to; and what happens to them when their photo or event goes.
class TestJournalService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsAndReadsBackEveryField();
    void everyEditIsUndoneExactly();
    void undoingAFieldEditKeepsTheTypingSince();
    void draftsAreWrittenAtOnce();
    void versionsAreKeptAndRestored();
    void deletedCoverPhotoAndEventLeaveTheEntry();
    void deleteIsUndoneWithTheBody();
    void errorsAndEmptyEdits();

private:
    qint64 addPhoto(const QString &name);
    qint64 newEntry(const QString &title = QStringLiteral("KubeCon"));
    void push(const JournalEdit &edit);
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JournalService> m_service;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestJournalService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    reopen();
}

void TestJournalService::cleanup()
{
    m_stack.reset();
    m_service.reset();
    m_catalog.reset();
    m_dir.reset();
}

void TestJournalService::reopen()
{
    m_stack.reset();
    m_service.reset();
    m_catalog.reset();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_service = std::make_unique<JournalService>(m_catalog->connection());
    m_stack = std::make_unique<QUndoStack>();
}

qint64 TestJournalService::addPhoto(const QString &name)
{
    PhotoRecord photo;
    photo.path = m_dir->filePath(name);
    photo.fileSize = 1000;
    photo.identityKey = name.toUtf8();
    photo.importedAt = QDateTime::currentDateTimeUtc();
    const qint64 id = PhotoRepository(m_catalog->connection()).insert(photo);
    [&] { QVERIFY(id != 0); }();
    return id;
}

void TestJournalService::push(const JournalEdit &edit)
{
    [&] { QVERIFY2(!edit.isEmpty(), qPrintable(m_service->lastError())); }();
    m_stack->push(new JournalEditCommand(*m_service, edit));
}

qint64 TestJournalService::newEntry(const QString &title)
{
    JournalEntry fields;
    fields.title = title;
    const JournalEdit edit = m_service->create(fields);
    push(edit);
    return edit.focusEntryId;
}

void TestJournalService::createsAndReadsBackEveryField()
{
    const qint64 photo = addPhoto(QStringLiteral("kubecon2019.png"));
    EventRecord event;
    event.title = QStringLiteral("KubeCon Europe");
    const qint64 eventId = EventRepository(m_catalog->connection()).insert(event);
    QVERIFY(eventId != 0);

    JournalEntry fields;
    fields.eventId = eventId;
    fields.title = QStringLiteral("  My KubeCon Experience ");
    fields.author = QStringLiteral("malike");
    fields.date = QDate(2019, 5, 25);
    fields.categories = {QStringLiteral("stuff")};
    fields.tags = {QStringLiteral("conference"), QStringLiteral("cncf-ghana"),
                   QStringLiteral("conference"), QStringLiteral(" ")};
    fields.cover = {photo, {}, QStringLiteral("kubecon."), 800, 500};
    fields.body = QStringLiteral("# Day 1\n\n![Joe Beda](photo:%1)\n").arg(photo);
    fields.extraFrontMatter = QStringLiteral("comments: true");
    QSignalSpy changed(m_service.get(), &JournalService::entriesChanged);
    const JournalEdit edit = m_service->create(fields);
    push(edit);
    QCOMPARE(changed.count(), 1);

    reopen(); // from the catalog file, not from a cache
    const std::optional<JournalEntry> entry = m_service->entry(edit.focusEntryId);
    QVERIFY(entry);
    QCOMPARE(entry->eventId, eventId);
    QCOMPARE(entry->title, QStringLiteral("My KubeCon Experience"));
    QCOMPARE(entry->author, QStringLiteral("malike"));
    QCOMPARE(entry->date, QDate(2019, 5, 25));
    QCOMPARE(entry->categories, QStringList{QStringLiteral("stuff")});
    QCOMPARE(entry->tags,
             (QStringList{QStringLiteral("conference"), QStringLiteral("cncf-ghana")}));
    QCOMPARE(entry->cover, fields.cover);
    QCOMPARE(entry->body, fields.body);
    QCOMPARE(entry->extraFrontMatter, fields.extraFrontMatter);
    QVERIFY(entry->createdAt.isValid());
    QVERIFY(entry->updatedAt >= entry->createdAt);
    QCOMPARE(m_service->entriesOfEvent(eventId).size(), 1);
    QCOMPARE(m_service->entries().size(), 1);
    QCOMPARE(JournalService::displayTitle(JournalEntry()), QStringLiteral("Untitled Entry"));
}

void TestJournalService::everyEditIsUndoneExactly()
{
    const qint64 id = newEntry();
    const qint64 photo = addPhoto(QStringLiteral("cover.jpg"));
    EventRecord event;
    const qint64 eventId = EventRepository(m_catalog->connection()).insert(event);
    const JournalEntry original = *m_service->entry(id);

    const QList<JournalEdit> edits = {
        m_service->rename(id, QStringLiteral("Barcelona")),
        m_service->setAuthor(id, QStringLiteral("Ana")),
        m_service->setDate(id, QDate(2024, 5, 12)),
        m_service->setCategories(id, {QStringLiteral("travel")}),
        m_service->setTags(id, {QStringLiteral("spain"), QStringLiteral("food")}),
        m_service->setCover(id, {photo, QStringLiteral("ignored"), QStringLiteral("Sunset"), 0, 0}),
        m_service->setEvent(id, eventId),
    };
    QList<JournalEntry> states{original};
    for (const JournalEdit &edit : edits) {
        push(edit);
        states.append(*m_service->entry(id));
    }
    const JournalEntry last = states.constLast();
    QCOMPARE(last.title, QStringLiteral("Barcelona"));
    QCOMPARE(last.cover.photoId, photo);
    QCOMPARE(last.cover.path, QString()); // a catalog photo is found by id
    QCOMPARE(last.eventId, eventId);
    for (qsizetype i = edits.size(); i > 0; --i) {
        m_stack->undo();
        QVERIFY(m_service->entry(id)->hasSameContent(states.at(i - 1)));
    }
    for (qsizetype i = 1; i <= edits.size(); ++i) {
        m_stack->redo();
        QVERIFY(m_service->entry(id)->hasSameContent(states.at(i)));
    }
    m_stack->setIndex(0);
    QVERIFY(!m_service->entry(id)); // the creation undone too
    m_stack->redo();
    QVERIFY(m_service->entry(id)->hasSameContent(original));
}

void TestJournalService::undoingAFieldEditKeepsTheTypingSince()
{
    const qint64 id = newEntry();
    push(m_service->rename(id, QStringLiteral("Renamed")));
    QVERIFY(m_service->saveDraft(id, QStringLiteral("Typed after the rename")));
    m_stack->undo();
    const JournalEntry entry = *m_service->entry(id);
    QCOMPARE(entry.title, QStringLiteral("KubeCon"));
    QCOMPARE(entry.body, QStringLiteral("Typed after the rename"));
}

void TestJournalService::draftsAreWrittenAtOnce()
{
    const qint64 id = newEntry();
    QSignalSpy saved(m_service.get(), &JournalService::bodySaved);
    QVERIFY(m_service->saveDraft(id, QStringLiteral("Ünïcödé ✓")));
    QCOMPARE(saved.count(), 1);
    // Seen by another connection at once: committed, not waiting in a transaction.
    CatalogConnection other(m_catalog->path());
    QCOMPARE(other.open(), QString());
    QSqlQuery query(other.database());
    QVERIFY(query.exec(QStringLiteral("SELECT body FROM journal_entries")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Ünïcödé ✓"));
    QVERIFY(!m_service->saveDraft(id + 100, QStringLiteral("nowhere")));
    QVERIFY(!m_service->lastError().isEmpty());
}

void TestJournalService::versionsAreKeptAndRestored()
{
    const qint64 id = newEntry();
    QVERIFY(m_service->saveDraft(id, QStringLiteral("first draft")));
    const qint64 first = m_service->keepVersion(id, JournalVersionReason::Saved);
    QVERIFY(first != 0);
    // The same text again is not a new version.
    QCOMPARE(m_service->keepVersion(id, JournalVersionReason::Closed), first);
    QVERIFY(m_service->saveDraft(id, QStringLiteral("second draft")));
    const qint64 second = m_service->keepVersion(id, JournalVersionReason::Typing);
    QVERIFY(second > first);
    QVERIFY(m_service->saveDraft(id, QStringLiteral("third, not kept yet")));

    QList<JournalVersion> versions = m_service->versions(id);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).body, QStringLiteral("second draft"));
    QCOMPARE(versions.at(1).body, QStringLiteral("first draft"));
    QCOMPARE(versions.at(1).reason, JournalVersionReason::Saved);

    push(m_service->restoreVersion(first));
    QCOMPARE(m_service->entry(id)->body, QStringLiteral("first draft"));
    // What was there before the restore is a version now: nothing typed is ever lost.
    versions = m_service->versions(id);
    QCOMPARE(versions.size(), 3);
    QCOMPARE(versions.at(0).body, QStringLiteral("third, not kept yet"));
    QCOMPARE(versions.at(0).reason, JournalVersionReason::BeforeRestore);
    m_stack->undo();
    QCOMPARE(m_service->entry(id)->body, QStringLiteral("third, not kept yet"));

    // A rename and its undo replace no text: no version "before a restore" for them.
    QVERIFY(m_service->saveDraft(id, QStringLiteral("fourth, typed since")));
    const qsizetype kept = m_service->versions(id).size();
    push(m_service->rename(id, QStringLiteral("Renamed")));
    m_stack->undo();
    QCOMPARE(m_service->versions(id).size(), kept);
}

void TestJournalService::deletedCoverPhotoAndEventLeaveTheEntry()
{
    const qint64 photo = addPhoto(QStringLiteral("cover.jpg"));
    EventRecord event;
    const qint64 eventId = EventRepository(m_catalog->connection()).insert(event);
    const qint64 id = newEntry();
    push(m_service->setCover(id, {photo, {}, QStringLiteral("alt"), 0, 0}));
    push(m_service->setEvent(id, eventId));
    QSqlQuery query(m_catalog->connection().database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM photos WHERE id = %1").arg(photo)));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM events WHERE id = %1").arg(eventId)));
    const JournalEntry entry = *m_service->entry(id);
    QCOMPARE(entry.cover.photoId, 0);
    QCOMPARE(entry.cover.alt, QStringLiteral("alt"));
    QCOMPARE(entry.eventId, 0);
    QCOMPARE(entry.title, QStringLiteral("KubeCon"));
    // Redoing the cover edit to a photo that is gone writes no cover photo, and does not fail.
    m_stack->undo();
    m_stack->undo();
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(m_service->entry(id)->cover.photoId, 0);
    QCOMPARE(m_service->entry(id)->cover.alt, QStringLiteral("alt"));
}

void TestJournalService::deleteIsUndoneWithTheBody()
{
    const qint64 id = newEntry();
    QVERIFY(m_service->saveDraft(id, QStringLiteral("All I wrote")));
    push(m_service->deleteEntry(id));
    QVERIFY(!m_service->entry(id));
    m_stack->undo();
    QCOMPARE(m_service->entry(id)->body, QStringLiteral("All I wrote"));
    // Ids are never handed out twice: undo brings the entry back under its own.
    m_stack->redo();
    QVERIFY(newEntry(QStringLiteral("Another")) > id);
}

void TestJournalService::errorsAndEmptyEdits()
{
    const qint64 id = newEntry();
    QVERIFY(m_service->rename(id, QStringLiteral(" KubeCon ")).isEmpty()); // no change
    QVERIFY(m_service->rename(id + 1, QStringLiteral("x")).isEmpty());
    QCOMPARE(m_service->lastError(), QStringLiteral("The journal entry no longer exists."));
    QVERIFY(m_service->setEvent(id, 999).isEmpty());
    QCOMPARE(m_service->lastError(), QStringLiteral("The event no longer exists."));
    QVERIFY(m_service->setCover(id, {999, {}, {}, 0, 0}).isEmpty());
    QVERIFY(m_service->restoreVersion(999).isEmpty());
    QVERIFY(m_service->deleteEntry(id + 1).isEmpty());
}

QTEST_GUILESS_MAIN(TestJournalService)
#include "tst_journalservice.moc"
