#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/catalog/schemamigrator.h"
#include "core/events/eventeditcommand.h"
#include "core/events/eventrepository.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/journal/journalservice.h"
#include "core/search/searchindexer.h"
#include "core/search/searchservice.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Search over entries, photos, events and galleries: prefixes, diacritics, ranking, kinds, and
// an index that follows every change of what it indexes.
class TestSearchService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void matchExpressions_data();
    void matchExpressions();
    void findsEveryKind();
    void prefixesAndDiacritics_data();
    void prefixesAndDiacritics();
    void titlesRankAboveText();
    void everyWordMustMatch();
    void limitsAndCounts();
    void manyMatchesRankTitlesThenNewest();
    void snippetsMarkWhatMatched();
    void indexFollowsChanges();
    void migrationIndexesWhatWasThere();
    void searchesTheIndexAsItIsWhileAnImportWrites();

private:
    qint64 addPhoto(const QString &name, const QString &title, const QString &description = {},
                    const QStringList &keywords = {}, const QString &model = {});
    qint64 addEntry(const QString &title, const QString &body, const QStringList &tags = {});
    QList<qint64> ids(const QString &query, SearchKind kind) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<JournalService> m_journal;
};

void TestSearchService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_search = std::make_unique<SearchService>(m_catalog->connection());
    m_journal = std::make_unique<JournalService>(m_catalog->connection());
}

void TestSearchService::cleanup()
{
    m_journal.reset();
    m_search.reset();
    m_catalog.reset();
    m_dir.reset();
}

qint64 TestSearchService::addPhoto(const QString &name, const QString &title,
                                   const QString &description, const QStringList &keywords,
                                   const QString &model)
{
    PhotoRecord photo;
    photo.path = m_dir->filePath(name);
    photo.fileSize = 1;
    photo.identityKey = name.toUtf8();
    photo.importedAt = QDateTime::currentDateTimeUtc();
    photo.metadata.title = title;
    photo.metadata.description = description;
    photo.metadata.keywords = keywords;
    photo.metadata.model = model;
    const qint64 id = PhotoRepository(m_catalog->connection()).insert(photo);
    [&] { QVERIFY(id != 0); }();
    return id;
}

qint64 TestSearchService::addEntry(const QString &title, const QString &body,
                                   const QStringList &tags)
{
    JournalEntry fields;
    fields.title = title;
    fields.body = body;
    fields.tags = tags;
    const JournalEdit edit = m_journal->create(fields);
    [&] { QVERIFY(m_journal->apply(edit, true)); }();
    return edit.focusEntryId;
}

QList<qint64> TestSearchService::ids(const QString &query, SearchKind kind) const
{
    QList<qint64> found;
    const SearchResults results = m_search->search(query);
    for (const SearchHit &hit : results.hits(kind))
        found.append(hit.id);
    return found;
}

void TestSearchService::matchExpressions_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << QStringLiteral("istio") << QStringLiteral("\"istio\"*");
    QTest::newRow("two words") << QStringLiteral("  kube   barc ")
                               << QStringLiteral("\"kube\"* \"barc\"*");
    QTest::newRow("syntax is text")
        << QStringLiteral("a OR title:b -c \"d")
        << QStringLiteral("\"a\"* \"OR\"* \"title:b\"* \"-c\"* \"\"\"d\"*");
    QTest::newRow("punctuation only") << QStringLiteral("- * \"") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchService::matchExpressions()
{
    QFETCH(QString, query);
    QFETCH(QString, expression);
    QCOMPARE(SearchService::matchExpression(query), expression);
    // Whatever the user types, the index takes the query without a syntax error.
    m_search->search(query);
    QCOMPARE(m_search->lastError(), QString());
}

void TestSearchService::findsEveryKind()
{
    const qint64 photo = addPhoto(QStringLiteral("a.jpg"), QStringLiteral("Stage"),
                                  QStringLiteral("Istio maintainers on stage"));
    const qint64 camera =
        addPhoto(QStringLiteral("b.jpg"), {}, {}, {}, QStringLiteral("Canon EOS R6"));
    const qint64 keyword = addPhoto(QStringLiteral("c.jpg"), {}, {}, {QStringLiteral("Barcelona")});
    EventRecord event;
    event.title = QStringLiteral("Istio Meetup");
    event.place = QStringLiteral("Carrer d'En Cortines");
    const qint64 eventId = EventRepository(m_catalog->connection()).insert(event);
    GalleryService galleries(m_catalog->connection());
    const GalleryEdit made = galleries.createFromPhotos({photo}, QStringLiteral("Sticky notes"));
    QVERIFY(galleries.apply(made, true));
    QVERIFY(galleries.apply(
        galleries.setCaption(galleries.notes(made.focusGalleryId).constFirst().item.id,
                             QStringLiteral("The Istio crowd")),
        true));
    const qint64 entry =
        addEntry(QStringLiteral("My KubeCon"),
                 QStringLiteral("Later that evening, I went for an Istio Meetup."));

    const SearchResults results = m_search->search(QStringLiteral("istio"));
    QCOMPARE(m_search->lastError(), QString());
    QCOMPARE(ids(QStringLiteral("istio"), SearchKind::Entry), QList<qint64>{entry});
    QCOMPARE(ids(QStringLiteral("istio"), SearchKind::Photo), QList<qint64>{photo});
    QCOMPARE(ids(QStringLiteral("istio"), SearchKind::Event), QList<qint64>{eventId});
    QCOMPARE(ids(QStringLiteral("istio"), SearchKind::Gallery), QList<qint64>{made.focusGalleryId});
    QCOMPARE(results.events.constFirst().title, QStringLiteral("Istio Meetup"));
    QCOMPARE(ids(QStringLiteral("cortines"), SearchKind::Event), QList<qint64>{eventId});
    QCOMPARE(ids(QStringLiteral("eos r6"), SearchKind::Photo), QList<qint64>{camera});
    QCOMPARE(ids(QStringLiteral("barcelona"), SearchKind::Photo), QList<qint64>{keyword});
    QVERIFY(m_search->search(QStringLiteral("nothing-like-this")).isEmpty());
}

void TestSearchService::prefixesAndDiacritics_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("whole word") << QStringLiteral("café") << true;
    QTest::newRow("without accent") << QStringLiteral("cafe") << true;
    QTest::newRow("capitals") << QStringLiteral("CAFE") << true;
    QTest::newRow("prefix of 2") << QStringLiteral("ca") << true;
    QTest::newRow("prefix of 3, accent") << QStringLiteral("Bogó") << true;
    QTest::newRow("folded both ways") << QStringLiteral("Zürich") << true;
    QTest::newRow("not a prefix") << QStringLiteral("afe") << false;
    QTest::newRow("longer than the word") << QStringLiteral("cafes") << false;
}

void TestSearchService::prefixesAndDiacritics()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    const qint64 entry =
        addEntry(QStringLiteral("Café in Bogotá"), QStringLiteral("Then we went to Zurich."));
    QCOMPARE(ids(query, SearchKind::Entry), found ? QList<qint64>{entry} : QList<qint64>());
}

void TestSearchService::titlesRankAboveText()
{
    const qint64 inText = addEntry(QStringLiteral("Day two"),
                                   QStringLiteral("A long day of talks, with one about Istio and "
                                                  "many about other things entirely."));
    const qint64 inTitle = addEntry(QStringLiteral("Istio"), QStringLiteral("Notes."));
    const qint64 inTags =
        addEntry(QStringLiteral("Day three"), QStringLiteral("Talks."), {QStringLiteral("istio")});
    QCOMPARE(ids(QStringLiteral("istio"), SearchKind::Entry),
             (QList<qint64>{inTitle, inTags, inText}));
    const SearchResults results = m_search->search(QStringLiteral("istio"));
    QVERIFY(results.entries.at(0).score < results.entries.at(1).score);

    const qint64 photoText = addPhoto(QStringLiteral("1.jpg"), QStringLiteral("Hall"),
                                      QStringLiteral("Barcelona at night"));
    const qint64 photoTitle = addPhoto(QStringLiteral("2.jpg"), QStringLiteral("Barcelona"));
    QCOMPARE(ids(QStringLiteral("barcelona"), SearchKind::Photo),
             (QList<qint64>{photoTitle, photoText}));
}

void TestSearchService::everyWordMustMatch()
{
    const qint64 both = addEntry(QStringLiteral("KubeCon Barcelona"), QStringLiteral("Istio"));
    addEntry(QStringLiteral("KubeCon Copenhagen"), QStringLiteral("Istio"));
    QCOMPARE(ids(QStringLiteral("kube barc"), SearchKind::Entry), QList<qint64>{both});
    // Words in different fields still find it together.
    QCOMPARE(ids(QStringLiteral("barcelona istio"), SearchKind::Entry), QList<qint64>{both});
}

void TestSearchService::limitsAndCounts()
{
    for (int i = 0; i < 30; ++i)
        addPhoto(QStringLiteral("%1.jpg").arg(i), QStringLiteral("Sunset %1").arg(i));
    addEntry(QStringLiteral("Sunsets"), {});
    const SearchResults results = m_search->search(QStringLiteral("sunset"), 10);
    QCOMPARE(results.photos.size(), 10);
    QCOMPARE(results.photoCount, 30);
    QCOMPARE(results.count(SearchKind::Photo), 30);
    QCOMPARE(results.entries.size(), 1);
    QCOMPARE(results.entryCount, 1);
    QCOMPARE(results.eventCount, 0);
    QVERIFY(m_search->search(QStringLiteral("sunset"), 0).isEmpty());
}

void TestSearchService::manyMatchesRankTitlesThenNewest()
{
    // Past kRankedMatches photos of one camera, those with the word in their title come first
    // (ranked), then the newest of the rest.
    PhotoRepository photos(m_catalog->connection());
    QList<qint64> titled;
    qint64 newest = 0;
    for (int i = 0; i <= SearchService::kRankedMatches + 10; ++i) {
        PhotoRecord photo;
        photo.path = QStringLiteral("/p/%1.jpg").arg(i);
        photo.fileSize = 1;
        photo.identityKey = QByteArray::number(i);
        photo.importedAt = QDateTime::currentDateTimeUtc();
        photo.metadata.make = QStringLiteral("Canon");
        if (i % 1000 == 500)
            photo.metadata.title = QStringLiteral("My Canon at %1").arg(i);
        newest = photos.insert(photo);
        QVERIFY(newest != 0);
        if (!photo.metadata.title.isEmpty())
            titled.prepend(newest); // a later one ranks first among equals
    }
    const SearchResults results = m_search->search(QStringLiteral("canon"), 6);
    QCOMPARE(results.photoCount, SearchService::kRankedMatches + 11);
    QList<qint64> found;
    for (const SearchHit &hit : results.photos)
        found.append(hit.id);
    const QList<qint64> expected = titled + QList<qint64>{newest, newest - 1};
    QCOMPARE(found, expected);
    QCOMPARE(results.photos.first().title, QStringLiteral("My Canon at 3500"));
    QVERIFY(results.photos.last().score < 0); // scored too, though not ranked by it
}

void TestSearchService::snippetsMarkWhatMatched()
{
    addEntry(QStringLiteral("Day"),
             QStringLiteral("Imagine breaking the slack/zoom or gitter barrier to finally meet "
                            "and talk with maintainers & <friends> you've worked with."));
    const SearchResults results = m_search->search(QStringLiteral("maint"));
    QCOMPARE(results.entries.size(), 1);
    const SearchHit &hit = results.entries.constFirst();
    QVERIFY2(hit.snippet.contains(QLatin1String("talk with maintainers & <friends>")),
             qPrintable(hit.snippet));
    QCOMPARE(hit.highlights.size(), 1);
    QCOMPARE(hit.snippet.mid(hit.highlights.at(0).start, hit.highlights.at(0).length),
             QStringLiteral("maintainers"));
    QVERIFY(hit.snippetHtml().contains(QLatin1String("<b>maintainers</b> &amp; &lt;friends&gt;")));
    QVERIFY(hit.snippet.startsWith(QStringLiteral("…")));
}

void TestSearchService::indexFollowsChanges()
{
    const qint64 photo = addPhoto(QStringLiteral("a.jpg"), QStringLiteral("Old title"), {},
                                  {QStringLiteral("alpha"), QStringLiteral("beta")});
    PhotoRepository photos(m_catalog->connection());
    PhotoRecord record = *photos.find(photo);
    record.metadata.title = QStringLiteral("New title");
    record.metadata.keywords = {QStringLiteral("gamma")};
    QVERIFY(photos.update(record));
    QVERIFY(ids(QStringLiteral("old"), SearchKind::Photo).isEmpty());
    QCOMPARE(ids(QStringLiteral("new"), SearchKind::Photo), QList<qint64>{photo});
    QVERIFY(ids(QStringLiteral("alpha"), SearchKind::Photo).isEmpty());
    QCOMPARE(ids(QStringLiteral("gamma"), SearchKind::Photo), QList<qint64>{photo});

    // Events through the service and its undo.
    EventService events(m_catalog->connection());
    const EventEdit created = events.createFromPhotos({photo}, QStringLiteral("Wedding"));
    QVERIFY(events.apply(created, true));
    const EventEdit renamed = events.rename(created.focusEventId, QStringLiteral("Party"));
    QVERIFY(events.apply(renamed, true));
    QVERIFY(ids(QStringLiteral("wedding"), SearchKind::Event).isEmpty());
    QCOMPARE(ids(QStringLiteral("party"), SearchKind::Event), QList<qint64>{created.focusEventId});
    QVERIFY(events.apply(renamed, false));
    QCOMPARE(ids(QStringLiteral("wedding"), SearchKind::Event),
             QList<qint64>{created.focusEventId});

    // Entries: typing, tags, deletion.
    const qint64 entry = addEntry(QStringLiteral("Draft"), {});
    QVERIFY(m_journal->saveDraft(entry, QStringLiteral("Poblo de Escober")));
    QCOMPARE(ids(QStringLiteral("escober"), SearchKind::Entry), QList<qint64>{entry});
    QVERIFY(m_journal->apply(m_journal->setTags(entry, {QStringLiteral("cncf-ghana")}), true));
    QCOMPARE(ids(QStringLiteral("ghana"), SearchKind::Entry), QList<qint64>{entry});
    QVERIFY(m_journal->apply(m_journal->deleteEntry(entry), true));
    QVERIFY(ids(QStringLiteral("escober"), SearchKind::Entry).isEmpty());

    // Galleries: captions come and go with their notes.
    GalleryService galleries(m_catalog->connection());
    const GalleryEdit made = galleries.createFromPhotos({photo});
    QVERIFY(galleries.apply(made, true));
    const qint64 note = galleries.notes(made.focusGalleryId).constFirst().item.id;
    QVERIFY(galleries.apply(galleries.setCaption(note, QStringLiteral("Sagrada Família")), true));
    QCOMPARE(ids(QStringLiteral("familia"), SearchKind::Gallery),
             QList<qint64>{made.focusGalleryId});
    QVERIFY(galleries.apply(galleries.removeItems({note}), true));
    QVERIFY(ids(QStringLiteral("familia"), SearchKind::Gallery).isEmpty());

    // A photo removed from the catalog is no longer found.
    QSqlQuery query(m_catalog->connection().database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM photos WHERE id = %1").arg(photo)));
    QVERIFY(ids(QStringLiteral("gamma"), SearchKind::Photo).isEmpty());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO search_index (search_index) VALUES ('integrity-check')")));
}

void TestSearchService::migrationIndexesWhatWasThere()
{
    // A catalog of version 4 with a photo, an event and a gallery: upgrading indexes them.
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("catalog.sqlite"));
    {
        CatalogConnection connection(path);
        QCOMPARE(connection.open(), QString());
        QCOMPARE(SchemaMigrator().migrate(connection.database(), path, 4), QString());
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO photos (path, file_size, file_mtime_ms, identity_key, imported_at, "
            "title, model) VALUES ('/p/a.jpg', 1, 1, x'00', 'now', 'Sagrada', 'Pixel 7')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO keywords (name) VALUES ('Gaudí')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO photo_keywords VALUES (1, 1, 0)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO events (title, place) VALUES ('Trip', 'Barcelona')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO galleries (title) VALUES ('Notes')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO gallery_items (gallery_id, photo_id, "
                                          "position, caption) VALUES (1, 1, 0, 'Towers')")));
    }
    m_catalog = std::make_unique<Catalog>(path);
    QCOMPARE(m_catalog->open(), QString());
    m_search = std::make_unique<SearchService>(m_catalog->connection());
    QCOMPARE(ids(QStringLiteral("gaudi"), SearchKind::Photo), QList<qint64>{1});
    QCOMPARE(ids(QStringLiteral("pixel"), SearchKind::Photo), QList<qint64>{1});
    QCOMPARE(ids(QStringLiteral("barcelona"), SearchKind::Event), QList<qint64>{1});
    QCOMPARE(ids(QStringLiteral("towers"), SearchKind::Gallery), QList<qint64>{1});
}

void TestSearchService::searchesTheIndexAsItIsWhileAnImportWrites()
{
    const qint64 before = addEntry(QStringLiteral("Istio before"), {});
    QVERIFY(m_search->updateIndex());
    QCOMPARE(SearchIndexer(m_catalog->connection()).staleCount(), 0);
    const qint64 during = addEntry(QStringLiteral("Istio during"), {});
    QCOMPARE(SearchIndexer(m_catalog->connection()).staleCount(), 1);

    // Another connection holds the write lock, as an import does between its batches.
    CatalogConnection import(m_catalog->path());
    QCOMPARE(import.open(), QString());
    QSqlQuery lock(import.database());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(ids(QStringLiteral("istio"), SearchKind::Entry), QList<qint64>{before});
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_search->lastError(), QString());
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));

    QCOMPARE(ids(QStringLiteral("istio"), SearchKind::Entry), (QList<qint64>{during, before}));
    QCOMPARE(SearchIndexer(m_catalog->connection()).staleCount(), 0);
}

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
