#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/search/searchindexer.h"
#include "core/search/searchindexupdater.h"
#include "core/search/searchservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The index caught up off the GUI thread: SearchIndexUpdater on its own connection, and a search
// that leaves an import's worth of documents to it (SearchService::setCatchUpLimit).
class TestSearchIndexUpdater : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchLeavesMoreThanItsLimitToTheUpdater();
    void searchIndexesAFewEditsItself();
    void updateAskedForWhileRunningRunsAgain();

private:
    void addPhotos(int count, const QString &keyword);
    int photosFound(SearchService &search, const QString &query) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    int m_added = 0;
};

void TestSearchIndexUpdater::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
}

void TestSearchIndexUpdater::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestSearchIndexUpdater::addPhotos(int count, const QString &keyword)
{
    PhotoRepository photos(m_catalog->connection());
    for (int i = 0; i < count; ++i) {
        PhotoRecord photo;
        const QString name = QStringLiteral("IMG_%1.jpg").arg(++m_added);
        photo.path = m_dir->filePath(name);
        photo.fileSize = 1;
        photo.identityKey = name.toUtf8();
        photo.importedAt = QDateTime::currentDateTimeUtc();
        photo.metadata.keywords = {keyword};
        QVERIFY(photos.insert(photo) != 0);
    }
}

int TestSearchIndexUpdater::photosFound(SearchService &search, const QString &query) const
{
    return search.search(query).photoCount;
}

void TestSearchIndexUpdater::searchLeavesMoreThanItsLimitToTheUpdater()
{
    addPhotos(12, QStringLiteral("harbour"));
    SearchService search(m_catalog->connection());
    search.setCatchUpLimit(10);
    QCOMPARE(photosFound(search, QStringLiteral("harb")), 0);
    QVERIFY(search.indexIsBehind());
    QCOMPARE(SearchIndexer(m_catalog->connection()).staleCount(), 12); // left as it was

    SearchIndexUpdater updater(m_catalog->path());
    QSignalSpy updated(&updater, &SearchIndexUpdater::updated);
    updater.requestUpdate();
    QVERIFY(updated.wait(10000));
    QCOMPARE(updated.at(0).at(0).toString(), QString());
    QCOMPARE(SearchIndexer(m_catalog->connection()).staleCount(), 0);
    QCOMPARE(photosFound(search, QStringLiteral("harb")), 12);
    QVERIFY(!search.indexIsBehind());
}

void TestSearchIndexUpdater::searchIndexesAFewEditsItself()
{
    addPhotos(10, QStringLiteral("harbour"));
    SearchService search(m_catalog->connection());
    search.setCatchUpLimit(10);
    QCOMPARE(photosFound(search, QStringLiteral("harbour")), 10);
    QVERIFY(!search.indexIsBehind());
    // Without a cap it indexes whatever waits, as before.
    addPhotos(30, QStringLiteral("beach"));
    search.setCatchUpLimit(-1);
    QCOMPARE(photosFound(search, QStringLiteral("beach")), 30);
    QVERIFY(!search.indexIsBehind());
}

void TestSearchIndexUpdater::updateAskedForWhileRunningRunsAgain()
{
    SearchIndexUpdater updater(m_catalog->path());
    QSignalSpy updated(&updater, &SearchIndexUpdater::updated);
    addPhotos(5, QStringLiteral("harbour"));
    updater.requestUpdate();
    QVERIFY(updater.isRunning());
    updater.requestUpdate(); // what was added meanwhile must not wait for the next import
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 2, 10000);
    QTRY_VERIFY(!updater.isRunning());
    QCOMPARE(SearchIndexer(m_catalog->connection()).staleCount(), 0);
}

QTEST_GUILESS_MAIN(TestSearchIndexUpdater)
#include "tst_searchindexupdater.moc"
