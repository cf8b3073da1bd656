#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventrepository.h"
#include "core/search/searchhittitles.h"
#include "core/search/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

// The rows of the search popup: a heading per kind that has hits, with its count, then the hits;
// keyboard steps skip the headings. And the titles of hits that have none.
class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void groupsByKindWithHeadingsAndCounts();
    void stepsSkipHeadings();
    void emptyResultsHaveNoRows();
    void hitsWithoutTitleAreNamedAsElsewhere();
};

namespace {

SearchHit hit(SearchKind kind, qint64 id, const QString &title, const QString &snippet = {})
{
    SearchHit result;
    result.kind = kind;
    result.id = id;
    result.title = title;
    result.snippet = snippet;
    return result;
}

// Two photos (of 57), one event, one entry: in the popup's order entries come first.
SearchResults someResults()
{
    SearchResults results;
    results.photos = {hit(SearchKind::Photo, 11, QStringLiteral("Stage")),
                      hit(SearchKind::Photo, 12, QStringLiteral("Crowd"))};
    results.photoCount = 57;
    results.events = {hit(SearchKind::Event, 3, QStringLiteral("KubeCon"))};
    results.eventCount = 1;
    SearchHit entry = hit(SearchKind::Entry, 7, QStringLiteral("My KubeCon"),
                          QStringLiteral("went to the Istio meetup"));
    entry.highlights = {{12, 5}};
    results.entries = {entry};
    results.entryCount = 1;
    return results;
}

} // namespace

void TestSearchResultsModel::groupsByKindWithHeadingsAndCounts()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(QStringLiteral("ist"), someResults());
    QCOMPARE(model.query(), QStringLiteral("ist"));
    QCOMPARE(model.rowCount(), 3 + 4); // three headings, four hits
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.index(row).data().toString());
    QCOMPARE(rows, (QStringList{QStringLiteral("Journal Entries"), QStringLiteral("My KubeCon"),
                                QStringLiteral("Photos"), QStringLiteral("Stage"),
                                QStringLiteral("Crowd"), QStringLiteral("Events"),
                                QStringLiteral("KubeCon")}));

    const QModelIndex photos = model.index(2);
    QVERIFY(photos.data(SearchResultsModel::IsHeadingRole).toBool());
    QCOMPARE(photos.data(SearchResultsModel::CountRole).toInt(), 57);
    QCOMPARE(photos.data(SearchResultsModel::ShownCountRole).toInt(), 2);
    QCOMPARE(photos.flags(), Qt::NoItemFlags); // a view cannot select or click it

    const QModelIndex entry = model.index(1);
    QVERIFY(!entry.data(SearchResultsModel::IsHeadingRole).toBool());
    QVERIFY(entry.flags() & Qt::ItemIsSelectable);
    QCOMPARE(entry.data(SearchResultsModel::KindRole).toInt(), int(SearchKind::Entry));
    QCOMPARE(entry.data(SearchResultsModel::IdRole).toLongLong(), 7);
    QCOMPARE(entry.data(SearchResultsModel::SnippetHtmlRole).toString(),
             QStringLiteral("went to the <b>Istio</b> meetup"));
    QCOMPARE(model.index(6).data(SearchResultsModel::KindRole).toInt(), int(SearchKind::Event));
}

void TestSearchResultsModel::stepsSkipHeadings()
{
    SearchResultsModel model;
    model.setResults(QStringLiteral("ist"), someResults());
    QCOMPARE(model.firstHitRow(), 1);
    QCOMPARE(model.nextHitRow(1, 1), 3);  // over the Photos heading
    QCOMPARE(model.nextHitRow(3, -1), 1); // and back
    QCOMPARE(model.nextHitRow(4, 1), 6);  // over the Events heading
    QCOMPARE(model.nextHitRow(6, 1), 6);  // the last hit stays
    QCOMPARE(model.nextHitRow(1, -1), 1); // the first too: the heading above is not a hit
}

void TestSearchResultsModel::emptyResultsHaveNoRows()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(QStringLiteral("nothing"), {});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasHits());
    QCOMPARE(model.firstHitRow(), -1);
    QCOMPARE(model.query(), QStringLiteral("nothing"));
}

void TestSearchResultsModel::hitsWithoutTitleAreNamedAsElsewhere()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(catalog.open(), QString());
    PhotoRecord photo;
    photo.path = dir.filePath(QStringLiteral("IMG_0042.jpg"));
    photo.fileSize = 1;
    photo.identityKey = "42";
    photo.importedAt = QDateTime::currentDateTimeUtc();
    const qint64 photoId = PhotoRepository(catalog.connection()).insert(photo);
    QVERIFY(photoId != 0);
    const qint64 eventId = EventRepository(catalog.connection()).insert(EventRecord{});
    QVERIFY(eventId != 0);

    SearchResults results;
    results.photos = {hit(SearchKind::Photo, photoId, {}),
                      hit(SearchKind::Photo, photoId, QStringLiteral("Kept"))};
    results.events = {hit(SearchKind::Event, eventId, {})};
    results.entries = {hit(SearchKind::Entry, 1, {})};
    results.galleries = {hit(SearchKind::Gallery, 1, {})};
    SearchHitTitles(catalog.connection()).fill(results);
    QCOMPARE(results.photos.at(0).title, QStringLiteral("IMG_0042.jpg"));
    QCOMPARE(results.photos.at(1).title, QStringLiteral("Kept"));
    QCOMPARE(results.events.at(0).title, QStringLiteral("Undated Event"));
    QCOMPARE(results.entries.at(0).title, QStringLiteral("Untitled Entry"));
    QCOMPARE(results.galleries.at(0).title, QStringLiteral("Untitled Gallery"));
}

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
