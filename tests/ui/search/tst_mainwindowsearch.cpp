// Search in the library window: Ctrl+F, opening each kind of hit where it lives, and an index
// that catches up with an import by itself.

#include "core/catalog/catalog.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/import/importjob.h"
#include "core/journal/journalservice.h"
#include "core/library/photogridmodel.h"
#include "core/library/sidebar/sidebarmodel.h"
#include "core/search/searchindexer.h"
#include "core/search/searchindexupdater.h"
#include "core/search/searchresultsmodel.h"
#include "core/search/searchservice.h"
#include "core/thumbnails/thumbnailservice.h"
#include "tests/ui/events/eventtestphotos.h"
#include "tests/ui/support/mainwindowfixture.h"
#include "ui/events/eventeditor.h"
#include "ui/import/importcontroller.h"
#include "ui/library/mainwindow.h"
#include "ui/library/photogridview.h"
#include "ui/library/sidebarview.h"
#include "ui/preferences/appsettings.h"
#include "ui/search/searchfield.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {} // namespace

class TestMainWindowSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlFFocusesTheField();
    void indexCatchesUpAfterAnImport();
    void openingAnEventShowsIt();
    void openingAPhotoShowsItInItsEvent();
    void openingAGalleryShowsIt();
    void openingAnEntryShowsIt();

private:
    // Imports the two years of EventTestPhotos through the window and waits for the index.
    void importPhotos(MainWindowFixture &fixture);
    // Types into the window's search field and presses Enter on the current (first) hit; false
    // when the results did not show.
    bool searchAndOpen(MainWindow &window, const QString &query);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindowSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorkboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowsearch"));
}

void TestMainWindowSearch::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMainWindowSearch::cleanup()
{
    m_dir.reset();
}

void TestMainWindowSearch::importPhotos(MainWindowFixture &fixture)
{
    const QString photos = m_dir->filePath(QStringLiteral("photos"));
    QCOMPARE(EventTestPhotos::write(photos, EventTestPhotos::twoYears()), QString());
    QSignalSpy finished(fixture.window->importController(), &ImportController::importFinished);
    QSignalSpy indexed(fixture.window->searchIndexUpdater(), &SearchIndexUpdater::updated);
    fixture.window->importController()->importPaths({photos});
    QVERIFY(finished.wait(20000));
    // Nothing here searches (a search would catch up itself): only the window's updater can
    // empty the list of what waits to be indexed.
    QTRY_COMPARE_WITH_TIMEOUT(SearchIndexer(fixture.catalog.connection()).staleCount(), 0, 20000);
    QTRY_VERIFY(!indexed.isEmpty() && !fixture.window->searchIndexUpdater()->isRunning());
    for (const QList<QVariant> &update : std::as_const(indexed))
        QCOMPARE(update.at(0).toString(), QString());
}

bool TestMainWindowSearch::searchAndOpen(MainWindow &window, const QString &query)
{
    SearchField *field = window.searchField();
    field->activate();
    if (!QTest::qWaitFor([field]() { return field->hasFocus(); }))
        return false;
    QTest::keyClicks(field, query);
    if (!QTest::qWaitFor([field]() { return field->isPopupVisible(); }))
        return false;
    QTest::keyClick(field, Qt::Key_Return);
    return !field->isPopupVisible();
}

void TestMainWindowSearch::ctrlFFocusesTheField()
{
    MainWindowFixture fixture(m_dir->path());
    QCOMPARE(fixture.catalogError, QString());
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.sidebarView()->setFocus();
    QTRY_VERIFY(window.sidebarView()->hasFocus());
    QVERIFY(!window.searchField()->hasFocus());
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_VERIFY(window.searchField()->hasFocus());
    // At the top right of the window.
    const QRect field(window.searchField()->mapTo(&window, QPoint(0, 0)),
                      window.searchField()->size());
    QVERIFY(field.center().x() > window.width() / 2);
    QVERIFY(field.center().y() < window.height() / 4);
}

void TestMainWindowSearch::indexCatchesUpAfterAnImport()
{
    MainWindowFixture fixture(m_dir->path());
    QCOMPARE(fixture.catalogError, QString());
    importPhotos(fixture); // waits until nothing waits to be indexed
    if (QTest::currentTestFailed())
        return;
    const SearchResults results =
        SearchService(fixture.catalog.connection()).search(QStringLiteral("eos r5"));
    QCOMPARE(results.photoCount, EventTestPhotos::twoYears().size());
}

void TestMainWindowSearch::openingAnEventShowsIt()
{
    MainWindowFixture fixture(m_dir->path());
    importPhotos(fixture);
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QList<EventSummary> events = window.eventService()->events();
    QCOMPARE(events.size(), 3);
    const qint64 eventId = events.at(1).event.id;
    QVERIFY(window.eventEditor()->push(
        window.eventService()->rename(eventId, QStringLiteral("Kubernetes Forum"))));
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));

    QVERIFY(searchAndOpen(window, QStringLiteral("kubernetes")));
    QCOMPARE(window.photoModel()->source(), PhotoSource::event(eventId));
    QCOMPARE(window.sidebarView()->currentSource(), PhotoSource::event(eventId));
}

void TestMainWindowSearch::openingAPhotoShowsItInItsEvent()
{
    MainWindowFixture fixture(m_dir->path());
    importPhotos(fixture);
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));

    QVERIFY(searchAndOpen(window, QStringLiteral("eos")));
    const SearchResultsModel &results = *window.searchField()->resultsModel();
    const QModelIndex first = results.index(results.firstHitRow(), 0);
    QCOMPARE(first.data(SearchResultsModel::KindRole).toInt(), int(SearchKind::Photo));
    const qint64 photoId = first.data(SearchResultsModel::IdRole).toLongLong();
    const qint64 eventId = window.eventService()->eventOfPhoto(photoId);
    QVERIFY(eventId != 0);
    QCOMPARE(window.photoModel()->source(), PhotoSource::event(eventId));
    QCOMPARE(window.gridView()->currentIndex().data(PhotoGridModel::PhotoIdRole).toLongLong(),
             photoId);
    QVERIFY(window.gridView()->hasFocus());
}

void TestMainWindowSearch::openingAGalleryShowsIt()
{
    MainWindowFixture fixture(m_dir->path());
    importPhotos(fixture);
    if (QTest::currentTestFailed())
        return;
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    GalleryService galleries(fixture.catalog.connection());
    const qint64 photoId =
        window.photoModel()->index(0).data(PhotoGridModel::PhotoIdRole).toLongLong();
    const GalleryEdit made = galleries.createFromPhotos({photoId}, QStringLiteral("Harbour walk"));
    QVERIFY(galleries.apply(made, true));
    window.sidebarModel()->reload();
    if (!window.sidebarModel()->indexOfSource(PhotoSource::gallery(made.focusGalleryId)).isValid())
        QSKIP("The sidebar has no Galleries section yet: a gallery has nowhere to open");

    QVERIFY(searchAndOpen(window, QStringLiteral("harbour")));
    QCOMPARE(window.sidebarView()->currentSource(), PhotoSource::gallery(made.focusGalleryId));
}

void TestMainWindowSearch::openingAnEntryShowsIt()
{
    MainWindowFixture fixture(m_dir->path());
    QCOMPARE(fixture.catalogError, QString());
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowActive(&window));
    JournalService journal(fixture.catalog.connection());
    JournalEntry fields;
    fields.title = QStringLiteral("My KubeCon");
    fields.body = QStringLiteral("Later that evening, I went for an Istio meetup.");
    const JournalEdit made = journal.create(fields);
    QVERIFY(journal.apply(made, true));
    window.sidebarModel()->reload();
    if (!window.sidebarModel()
             ->indexOfSource(PhotoSource::journalEntry(made.focusEntryId))
             .isValid())
        QSKIP("The sidebar has no Journal section yet: an entry has nowhere to open");

    QVERIFY(searchAndOpen(window, QStringLiteral("meetup")));
    QCOMPARE(window.sidebarView()->currentSource(), PhotoSource::journalEntry(made.focusEntryId));
}

QTEST_MAIN(TestMainWindowSearch)
#include "tst_mainwindowsearch.moc"
