#include "core/catalog/catalog.h"
#include "core/events/eventrepository.h"
#include "core/events/eventservice.h"
#include "core/journal/journalservice.h"
#include "core/library/sidebar/journalsection.h"
#include "core/library/sidebar/sidebarmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The sidebar's Journal section: entries newest first with their day and event, and the section
// following the journal and the events as they change.
class TestJournalSection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsEntriesNewestFirstWithDayAndEvent();
    void followsEntriesAndEvents();
    void modelShowsTheSectionAndItsChanges();

private:
    qint64 newEntry(const QString &title, QDate date, qint64 eventId = 0);
    qint64 newEvent(const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JournalService> m_journal;
    std::unique_ptr<EventService> m_events;
};

void TestJournalSection::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_journal = std::make_unique<JournalService>(m_catalog->connection());
    m_events = std::make_unique<EventService>(m_catalog->connection());
}

void TestJournalSection::cleanup()
{
    m_events.reset();
    m_journal.reset();
    m_catalog.reset();
    m_dir.reset();
}

qint64 TestJournalSection::newEntry(const QString &title, QDate date, qint64 eventId)
{
    JournalEntry fields;
    fields.title = title;
    fields.date = date;
    fields.eventId = eventId;
    const JournalEdit edit = m_journal->create(fields);
    [&] { QVERIFY2(!edit.isEmpty(), qPrintable(m_journal->lastError())); }();
    [&] { QVERIFY(m_journal->apply(edit, true)); }();
    return edit.entriesAfter.firstKey();
}

qint64 TestJournalSection::newEvent(const QString &title)
{
    EventRecord event;
    event.title = title;
    const qint64 id = EventRepository(m_catalog->connection()).insert(event);
    [&] { QVERIFY(id != 0); }();
    return id;
}

void TestJournalSection::listsEntriesNewestFirstWithDayAndEvent()
{
    const qint64 kubecon = newEvent(QStringLiteral("KubeCon Europe"));
    const qint64 older = newEntry(QStringLiteral("Day one"), QDate(2019, 5, 20), kubecon);
    const qint64 untitled = newEntry(QString(), QDate(2019, 5, 25));
    const qint64 undated = newEntry(QStringLiteral("Notes"), QDate());

    const JournalSection section(*m_journal, m_events.get());
    QCOMPARE(section.title(), QStringLiteral("Journal"));
    const QList<SidebarEntry> entries = section.loadEntries();
    QCOMPARE(entries.size(), 3);
    // Newest day first; an entry without a day last.
    QCOMPARE(entries.at(0).source, PhotoSource::journalEntry(untitled));
    QCOMPARE(entries.at(0).title, QStringLiteral("Untitled Entry"));
    QCOMPARE(entries.at(0).subtitle, QStringLiteral("25 May 2019"));
    QCOMPARE(entries.at(1).source, PhotoSource::journalEntry(older));
    QCOMPARE(entries.at(1).title, QStringLiteral("Day one"));
    QCOMPARE(entries.at(1).subtitle, QStringLiteral("20 May 2019 · KubeCon Europe"));
    QCOMPARE(entries.at(2).source, PhotoSource::journalEntry(undated));
    QCOMPARE(entries.at(2).subtitle, QString());
    QCOMPARE(entries.at(0).count, -1); // entries have no photo count to show
    QVERIFY(!entries.at(1).source.showsPhotoGrid());
}

void TestJournalSection::followsEntriesAndEvents()
{
    const qint64 kubecon = newEvent(QStringLiteral("KubeCon"));
    const qint64 id = newEntry(QStringLiteral("Day one"), QDate(2019, 5, 20), kubecon);
    JournalSection section(*m_journal, m_events.get());
    QSignalSpy changed(&section, &SidebarSection::changed);

    QVERIFY(m_journal->apply(m_journal->rename(id, QStringLiteral("Keynotes")), true));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(section.loadEntries().constFirst().title, QStringLiteral("Keynotes"));

    changed.clear();
    QVERIFY(m_events->apply(m_events->rename(kubecon, QStringLiteral("KubeCon Barcelona")), true));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(section.loadEntries().constFirst().subtitle,
             QStringLiteral("20 May 2019 · KubeCon Barcelona"));

    // Typing in the body is not a change of the section: no reload per keystroke.
    changed.clear();
    QVERIFY(m_journal->saveDraft(id, QStringLiteral("Some text")));
    QCOMPARE(changed.size(), 0);

    QVERIFY(m_journal->apply(m_journal->deleteEntry(id), true));
    QVERIFY(!changed.isEmpty());
    QVERIFY(section.loadEntries().isEmpty());
}

void TestJournalSection::modelShowsTheSectionAndItsChanges()
{
    SidebarModel model;
    model.addSection(std::make_unique<JournalSection>(*m_journal, m_events.get()));
    model.reload();
    // No entries, no heading, as the other sections do.
    QCOMPARE(model.rowCount(), 0);

    const qint64 id = newEntry(QStringLiteral("Barcelona"), QDate(2019, 5, 21));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex heading = model.index(0, 0);
    QCOMPARE(heading.data().toString(), QStringLiteral("Journal"));
    QCOMPARE(model.rowCount(heading), 1);
    const QModelIndex row = model.indexOfSource(PhotoSource::journalEntry(id));
    QVERIFY(row.isValid());
    QCOMPARE(row.data().toString(), QStringLiteral("Barcelona"));
    QCOMPARE(row.data(SidebarModel::SubtitleRole).toString(), QStringLiteral("21 May 2019"));

    QVERIFY(m_journal->apply(m_journal->rename(id, QStringLiteral("Sagrada Família")), true));
    QCOMPARE(model.indexOfSource(PhotoSource::journalEntry(id)).data().toString(),
             QStringLiteral("Sagrada Família"));
}

QTEST_GUILESS_MAIN(TestJournalSection)
#include "tst_journalsection.moc"
