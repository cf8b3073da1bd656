#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventrepository.h"
#include "core/journal/journalservice.h"
#include "core/search/searchresultsmodel.h"
#include "core/search/searchservice.h"
#include "ui/search/searchfield.h"
#include "ui/search/searchpopup.h"

#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

// The search field as the user drives it: typing shows grouped results, the keys move through
// the hits and open one, Esc closes and then clears.
class TestSearchField : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingShowsGroupedResultsWithCounts();
    void arrowKeysSkipHeadings();
    void enterOpensTheCurrentHit();
    void clickOpensAHit();
    void escapeClosesThenClears();
    void nothingFoundSaysSo();
    void leavesAnImportsWorthToTheUpdater();

private:
    qint64 addPhoto(const QString &name, const QString &title);
    qint64 addEntry(const QString &title, const QString &body);
    // Types `text` into the field and waits for the popup.
    void type(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<QWidget> m_window;
    SearchField *m_field = nullptr;
    qint64 m_entry = 0;
    qint64 m_stage = 0;
    qint64 m_crowd = 0;
    qint64 m_event = 0;
};

qint64 TestSearchField::addPhoto(const QString &name, const QString &title)
{
    PhotoRecord photo;
    photo.path = m_dir->filePath(name);
    photo.fileSize = 1;
    photo.identityKey = name.toUtf8();
    photo.importedAt = QDateTime::currentDateTimeUtc();
    photo.metadata.title = title;
    photo.metadata.description = QStringLiteral("Istio maintainers");
    return PhotoRepository(m_catalog->connection()).insert(photo);
}

qint64 TestSearchField::addEntry(const QString &title, const QString &body)
{
    JournalService journal(m_catalog->connection());
    JournalEntry fields;
    fields.title = title;
    fields.body = body;
    const JournalEdit edit = journal.create(fields);
    return journal.apply(edit, true) ? edit.focusEntryId : 0;
}

void TestSearchField::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_entry = addEntry(QStringLiteral("My KubeCon"),
                       QStringLiteral("Later that evening, I went for an Istio meetup."));
    m_stage = addPhoto(QStringLiteral("IMG_0001.jpg"), QStringLiteral("Stage"));
    m_crowd = addPhoto(QStringLiteral("IMG_0002.jpg"), {});
    EventRecord event;
    event.title = QStringLiteral("Istio Day");
    m_event = EventRepository(m_catalog->connection()).insert(event);
    QVERIFY(m_entry && m_stage && m_crowd && m_event);

    // The field at the top of a window, the popup laid over the rest as in the app.
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_field = new SearchField(m_catalog->connection(), m_window.get());
    layout->addWidget(m_field, 0, Qt::AlignRight);
    layout->addStretch(1);
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_field->setFocus();
    QTRY_VERIFY(m_field->hasFocus());
}

void TestSearchField::cleanup()
{
    m_window.reset();
    m_catalog.reset();
    m_dir.reset();
}

void TestSearchField::type(const QString &text)
{
    QTest::keyClicks(m_field, text);
    QTRY_VERIFY(m_field->isPopupVisible());
    QTRY_COMPARE(m_field->resultsModel()->query(), m_field->text());
}

void TestSearchField::typingShowsGroupedResultsWithCounts()
{
    type(QStringLiteral("isti"));
    const SearchResultsModel &model = *m_field->resultsModel();
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.index(row).data().toString());
    // Each kind under its heading; the photo without a title goes by its file name.
    QCOMPARE(rows.mid(0, 2),
             (QStringList{QStringLiteral("Journal Entries"), QStringLiteral("My KubeCon")}));
    QCOMPARE(rows.at(2), QStringLiteral("Photos"));
    QCOMPARE(QSet<QString>(rows.begin() + 3, rows.begin() + 5),
             (QSet<QString>{QStringLiteral("Stage"), QStringLiteral("IMG_0002.jpg")}));
    QCOMPARE(rows.mid(5), (QStringList{QStringLiteral("Events"), QStringLiteral("Istio Day")}));
    QCOMPARE(model.index(2).data(SearchResultsModel::CountRole).toInt(), 2);
    QCOMPARE(model.index(0).data(SearchResultsModel::CountRole).toInt(), 1);
    // The entry's snippet shows what matched.
    QVERIFY(model.index(1)
                .data(SearchResultsModel::SnippetHtmlRole)
                .toString()
                .contains(QStringLiteral("<b>Istio</b>")));
    QVERIFY(m_field->popup()->list()->isVisible());
    QVERIFY(!m_field->popup()->message()->isVisible());
    // Below the field, inside the window.
    QVERIFY(m_field->popup()->geometry().top() >= m_field->geometry().bottom());
    QVERIFY(m_window->rect().contains(m_field->popup()->geometry()));
}

void TestSearchField::arrowKeysSkipHeadings()
{
    type(QStringLiteral("istio"));
    SearchPopup *popup = m_field->popup();
    QCOMPARE(popup->currentRow(), 1); // the first hit, under its heading
    QTest::keyClick(m_field, Qt::Key_Down);
    QCOMPARE(popup->currentRow(), 3); // past "Photos"
    QTest::keyClick(m_field, Qt::Key_Down);
    QCOMPARE(popup->currentRow(), 4);
    QTest::keyClick(m_field, Qt::Key_Down);
    QCOMPARE(popup->currentRow(), 6); // past "Events"
    QTest::keyClick(m_field, Qt::Key_Down);
    QCOMPARE(popup->currentRow(), 6); // the last hit stays current
    QTest::keyClick(m_field, Qt::Key_Up);
    QTest::keyClick(m_field, Qt::Key_Up);
    QCOMPARE(popup->currentRow(), 3);
    QTest::keyClick(m_field, Qt::Key_Up);
    QCOMPARE(popup->currentRow(), 1);
    QVERIFY(m_field->hasFocus()); // typing goes on in the field
}

void TestSearchField::enterOpensTheCurrentHit()
{
    QSignalSpy open(m_field, &SearchField::openRequested);
    type(QStringLiteral("istio"));
    QTest::keyClick(m_field, Qt::Key_Down);
    QTest::keyClick(m_field, Qt::Key_Down);
    QTest::keyClick(m_field, Qt::Key_Down); // the event
    QTest::keyClick(m_field, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).value<SearchKind>(), SearchKind::Event);
    QCOMPARE(open.at(0).at(1).toLongLong(), m_event);
    QVERIFY(!m_field->isPopupVisible());

    // Enter straight after typing opens the best hit of the whole word, without waiting.
    m_field->clear();
    QTest::keyClicks(m_field, QStringLiteral("kubecon"));
    QTest::keyClick(m_field, Qt::Key_Enter);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).value<SearchKind>(), SearchKind::Entry);
    QCOMPARE(open.at(1).at(1).toLongLong(), m_entry);
}

void TestSearchField::clickOpensAHit()
{
    QSignalSpy open(m_field, &SearchField::openRequested);
    type(QStringLiteral("stage"));
    QListView *list = m_field->popup()->list();
    const SearchResultsModel &model = *m_field->resultsModel();
    QCOMPARE(model.rowCount(), 2);
    // A click on the heading does nothing; on the hit, opens it.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(model.index(0)).center());
    QCOMPARE(open.count(), 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(model.index(1)).center());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).value<SearchKind>(), SearchKind::Photo);
    QCOMPARE(open.at(0).at(1).toLongLong(), m_stage);
}

void TestSearchField::escapeClosesThenClears()
{
    type(QStringLiteral("istio"));
    QTest::keyClick(m_field, Qt::Key_Escape);
    QVERIFY(!m_field->isPopupVisible());
    QCOMPARE(m_field->text(), QStringLiteral("istio"));
    // Down brings the results back, Esc closes them again; the second Esc clears.
    QTest::keyClick(m_field, Qt::Key_Down);
    QVERIFY(m_field->isPopupVisible());
    QTest::keyClick(m_field, Qt::Key_Escape);
    QVERIFY(!m_field->isPopupVisible());
    QTest::keyClick(m_field, Qt::Key_Escape);
    QCOMPARE(m_field->text(), QString());
    QVERIFY(!m_field->resultsModel()->hasHits());
    QTest::keyClick(m_field, Qt::Key_Down);
    QVERIFY(!m_field->isPopupVisible());
}

void TestSearchField::nothingFoundSaysSo()
{
    type(QStringLiteral("zebra"));
    QVERIFY(!m_field->resultsModel()->hasHits());
    QVERIFY(m_field->popup()->message()->isVisible());
    QVERIFY(!m_field->popup()->list()->isVisible());
    QCOMPARE(m_field->popup()->message()->text(), QStringLiteral("No results for “zebra”"));
    QSignalSpy open(m_field, &SearchField::openRequested);
    QTest::keyClick(m_field, Qt::Key_Return);
    QCOMPARE(open.count(), 0);
}

void TestSearchField::leavesAnImportsWorthToTheUpdater()
{
    type(QStringLiteral("stage"));
    for (int i = 0; i <= SearchField::kCatchUpLimit; ++i)
        QVERIFY(addPhoto(QStringLiteral("import_%1.jpg").arg(i), QStringLiteral("Stage")));
    // The field searches the index as it is, without the GUI thread indexing 500 photos, and
    // says the index is behind; once it caught up, refresh() shows them all.
    QSignalSpy behind(m_field, &SearchField::indexBehind);
    m_field->searchNow();
    QCOMPARE(behind.count(), 1);
    QCOMPARE(m_field->resultsModel()->index(0).data(SearchResultsModel::CountRole).toInt(), 1);
    SearchService(m_catalog->connection()).updateIndex();
    m_field->refresh();
    QCOMPARE(behind.count(), 1);
    QCOMPARE(m_field->resultsModel()->index(0).data(SearchResultsModel::CountRole).toInt(),
             SearchField::kCatchUpLimit + 2);
}

QTEST_MAIN(TestSearchField)
#include "tst_searchfield.moc"
