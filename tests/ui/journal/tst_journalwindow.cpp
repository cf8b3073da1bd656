// The journal in the library window: the Journal section in the sidebar, the editor in the grid's
// place for an entry, New Entry (Ctrl+N) selected and focused, Delete Entry asked and undone, the
// reference post imported and exported, and the editor's text written when the window goes.

#include "core/catalog/catalog.h"
#include "core/import/importjob.h"
#include "core/journal/journalautosaver.h"
#include "core/journal/journalservice.h"
#include "core/library/photogridmodel.h"
#include "core/library/sidebar/sidebarmodel.h"
#include "core/thumbnails/thumbnailservice.h"
#include "tests/ui/support/mainwindowfixture.h"
#include "ui/import/importcontroller.h"
#include "ui/journal/journalactions.h"
#include "ui/journal/journaleditorpage.h"
#include "ui/journal/journalfrontmatterform.h"
#include "ui/journal/journaltextedit.h"
#include "ui/library/mainwindow.h"
#include "ui/library/photogridview.h"
#include "ui/library/sidebarview.h"
#include "ui/preferences/appsettings.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace {

// Answers the next message box with this button, once it is up.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}

} // namespace

class TestJournalWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newEntryIsSelectedAndFocusedInTheEditor();
    void editorTakesTheGridsPlaceAndGivesItBack();
    void deleteEntryAsksAndIsUndone();
    void ctrlZUndoesTheTextWhileItHasFocus();
    void importsAndExportsTheReferencePost();
    void closingTheWindowKeepsTheTyping();

private:
    QWidget *shownPage(MainWindow &window) const;
};

void TestJournalWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorkboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_journalwindow"));
}

void TestJournalWindow::init()
{
    QSettings().clear(); // each test starts from a first run
}

QWidget *TestJournalWindow::shownPage(MainWindow &window) const
{
    auto *stack = window.journalActions()->editor()->parentWidget();
    auto *stacked = qobject_cast<QStackedWidget *>(stack);
    return stacked ? stacked->currentWidget() : nullptr;
}

void TestJournalWindow::newEntryIsSelectedAndFocusedInTheEditor()
{
    QTemporaryDir dir;
    MainWindowFixture fixture(dir.path(), QSize(1200, 760));
    QCOMPARE(fixture.catalogError, QString());
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    // Ctrl+N anywhere in the window.
    window.gridView()->setFocus();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    const QList<JournalEntry> entries = window.journalService()->entries();
    QCOMPARE(entries.size(), 1);
    const qint64 id = entries.constFirst().id;
    QCOMPARE(entries.constFirst().date, QDate::currentDate());
    QCOMPARE(entries.constFirst().eventId, 0); // no event shown: it stands alone

    // The sidebar lists and selects it; the editor shows it with the title focused.
    const QModelIndex row = window.sidebarModel()->indexOfSource(PhotoSource::journalEntry(id));
    QVERIFY(row.isValid());
    QCOMPARE(row.data().toString(), QStringLiteral("Untitled Entry"));
    QCOMPARE(row.parent().data().toString(), QStringLiteral("Journal"));
    QCOMPARE(window.sidebarView()->currentIndex(), row);
    JournalEditorPage *editor = window.journalActions()->editor();
    QCOMPARE(shownPage(window), editor);
    QCOMPARE(editor->entryId(), id);
    QTRY_VERIFY(editor->form()->titleEdit()->hasFocus());

    // Named in the form: an edit on the window's stack, undone from the Edit menu's stack.
    QTest::keyClicks(editor->form()->titleEdit(), QStringLiteral("Day one"));
    QTest::keyClick(editor->form()->titleEdit(), Qt::Key_Return);
    QCOMPARE(window.journalService()->entry(id)->title, QStringLiteral("Day one"));
    QCOMPARE(window.sidebarModel()->indexOfSource(PhotoSource::journalEntry(id)).data().toString(),
             QStringLiteral("Day one"));
    window.undoStack()->undo();
    QCOMPARE(window.journalService()->entry(id)->title, QString());
    // Undoing the new entry takes it away again.
    window.undoStack()->undo();
    QVERIFY(window.journalService()->entries().isEmpty());
    // And the window goes back to the photos rather than an editor of nothing.
    QTRY_COMPARE(window.photoModel()->source(), PhotoSource::allPhotos());
    QVERIFY(shownPage(window) != editor);
}

void TestJournalWindow::editorTakesTheGridsPlaceAndGivesItBack()
{
    QTemporaryDir dir;
    MainWindowFixture fixture(dir.path(), QSize(1200, 760));
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JournalEntry fields;
    fields.title = QStringLiteral("Notes");
    fields.body = QStringLiteral("Hello");
    const JournalEdit edit = window.journalService()->create(fields);
    QVERIFY(window.journalService()->apply(edit, true));
    const qint64 id = edit.entriesAfter.firstKey();

    QVERIFY(window.sidebarView()->selectSource(PhotoSource::journalEntry(id)));
    JournalEditorPage *editor = window.journalActions()->editor();
    QCOMPARE(shownPage(window), editor);
    QVERIFY(editor->isVisible());
    QVERIFY(!window.gridView()->isVisible());
    QCOMPARE(editor->textEdit()->toPlainText(), QStringLiteral("Hello"));
    QVERIFY(window.journalActions()->exportEntryAction()->isEnabled());
    QVERIFY(window.journalActions()->deleteEntryAction()->isEnabled());

    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));
    QVERIFY(!editor->isVisible());
    QCOMPARE(editor->entryId(), 0);
    QVERIFY(!window.journalActions()->deleteEntryAction()->isEnabled());

    // The window comes back to the entry it was closed on.
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::journalEntry(id)));
    window.close();
    fixture.window.reset();
    fixture.window = std::make_unique<MainWindow>(fixture.catalog, *fixture.importJob,
                                                  *fixture.thumbnails, fixture.settings);
    fixture.window->show();
    QCOMPARE(fixture.window->journalActions()->editor()->entryId(), id);
    QCOMPARE(shownPage(*fixture.window), fixture.window->journalActions()->editor());
}

void TestJournalWindow::deleteEntryAsksAndIsUndone()
{
    QTemporaryDir dir;
    MainWindowFixture fixture(dir.path(), QSize(1200, 760));
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.journalActions()->newEntry();
    const qint64 id = window.journalActions()->editor()->entryId();
    QVERIFY(id != 0);
    JournalTextEdit *text = window.journalActions()->editor()->textEdit();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Worth keeping"));

    // Cancelled: nothing happens.
    answerNextMessageBox(QMessageBox::Cancel);
    window.journalActions()->deleteEntryAction()->trigger();
    QVERIFY(window.journalService()->entry(id));

    answerNextMessageBox(QMessageBox::Yes);
    window.journalActions()->deleteEntryAction()->trigger();
    QVERIFY(!window.journalService()->entry(id));
    QVERIFY(!window.sidebarModel()->indexOfSource(PhotoSource::journalEntry(id)).isValid());
    QVERIFY(shownPage(window) != window.journalActions()->editor());

    // Undo brings it back with the text typed before the delete.
    window.undoStack()->undo();
    QCOMPARE(window.journalService()->entry(id)->body, QStringLiteral("Worth keeping"));
    QVERIFY(window.sidebarModel()->indexOfSource(PhotoSource::journalEntry(id)).isValid());

    // From the sidebar's menu, an entry not on screen: the window stays where it is.
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::allPhotos()));
    answerNextMessageBox(QMessageBox::Yes);
    window.journalActions()->deleteEntryWithId(id);
    QVERIFY(!window.journalService()->entry(id));
    QCOMPARE(window.photoModel()->source(), PhotoSource::allPhotos());
    window.undoStack()->undo();
    QVERIFY(window.journalService()->entry(id));
}

void TestJournalWindow::ctrlZUndoesTheTextWhileItHasFocus()
{
    QTemporaryDir dir;
    MainWindowFixture fixture(dir.path(), QSize(1200, 760));
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    window.journalActions()->newEntry();
    JournalEditorPage *editor = window.journalActions()->editor();
    const qint64 id = editor->entryId();
    QTest::keyClicks(editor->form()->titleEdit(), QStringLiteral("Named"));
    QTest::keyClick(editor->form()->titleEdit(), Qt::Key_Return);
    QCOMPARE(window.undoStack()->index(), 2); // new entry, rename

    // The Edit menu's Undo has Ctrl+Z too: in the text, the text's own undo takes it.
    JournalTextEdit *text = editor->textEdit();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("abc"));
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(text->toPlainText(), QString());
    QCOMPARE(window.undoStack()->index(), 2);
    QCOMPARE(window.journalService()->entry(id)->title, QStringLiteral("Named"));

    // Elsewhere in the window, Ctrl+Z undoes the last edit on the stack: the rename.
    window.sidebarView()->setFocus();
    QTest::keyClick(window.sidebarView(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.undoStack()->index(), 1);
    QCOMPARE(window.journalService()->entry(id)->title, QString());
}

void TestJournalWindow::importsAndExportsTheReferencePost()
{
    // The post our users write by hand today, from ../shared (never copied into the repository).
    const QString reference = QDir(qEnvironmentVariable("CORKBOARD_SHARED_DIR"))
                                  .filePath(QStringLiteral("reference/000_b3dd384e9af5f1dc.txt"));
    if (!QFile::exists(reference))
        QSKIP(qPrintable(QStringLiteral("The reference post is not there: %1").arg(reference)));
    QTemporaryDir dir;
    MainWindowFixture fixture(dir.path(), QSize(1200, 760));
    MainWindow &window = *fixture.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const qint64 id = window.journalActions()->importPostFile(reference);
    QVERIFY(id != 0);
    const std::optional<JournalEntry> entry = window.journalService()->entry(id);
    QVERIFY(entry);
    QVERIFY(!entry->title.isEmpty());
    // Shown in the editor at once, its fields in the form.
    JournalEditorPage *editor = window.journalActions()->editor();
    QCOMPARE(editor->entryId(), id);
    QCOMPARE(editor->form()->titleEdit()->text(), entry->title);
    QCOMPARE(editor->form()->tagsEdit()->text(), entry->tags.join(QStringLiteral(", ")));
    QCOMPARE(editor->textEdit()->toPlainText(), entry->body);

    // Exported and read back: the same in meaning.
    const QString exported = dir.filePath(QStringLiteral("post.md"));
    QVERIFY(window.journalActions()->exportEntryTo(id, exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("---"));
    const qint64 again = window.journalActions()->importPostFile(exported);
    QVERIFY(again != 0);
    QVERIFY(window.journalService()->entry(again)->hasSameContent(*entry));

    // A file that cannot be read says so, and imports nothing.
    const qsizetype count = window.journalService()->entries().size();
    answerNextMessageBox(QMessageBox::Ok);
    QCOMPARE(window.journalActions()->importPostFile(dir.filePath(QStringLiteral("nope.md"))), 0);
    QCOMPARE(window.journalService()->entries().size(), count);
    // Nor can an entry be written where there is no folder.
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!window.journalActions()->exportEntryTo(id, dir.filePath(QStringLiteral("no/x.md"))));

    QCOMPARE(JournalActions::suggestedFileName(QStringLiteral("KubeCon Barcelona: Día 1!"),
                                               QDate(2019, 5, 25)),
             QStringLiteral("2019-05-25-kubecon-barcelona-dia-1.md"));
}

void TestJournalWindow::closingTheWindowKeepsTheTyping()
{
    QTemporaryDir dir;
    MainWindowFixture fixture(dir.path(), QSize(1200, 760));
    QVERIFY(QTest::qWaitForWindowExposed(fixture.window.get()));
    fixture.window->journalActions()->newEntry();
    JournalEditorPage *editor = fixture.window->journalActions()->editor();
    const qint64 id = editor->entryId();
    editor->textEdit()->setFocus();
    QTest::keyClicks(editor->textEdit(), QStringLiteral("Typed just before closing"));
    QVERIFY(editor->autosaver()->hasPendingChanges());
    fixture.window.reset(); // no pause: the window writes it as it goes
    JournalService journal(fixture.catalog.connection());
    QCOMPARE(journal.entry(id)->body, QStringLiteral("Typed just before closing"));
    QVERIFY(!journal.versions(id).isEmpty()); // and keeps it as a version
}

QTEST_MAIN(TestJournalWindow)
#include "tst_journalwindow.moc"
