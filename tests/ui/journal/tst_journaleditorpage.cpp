// The journal entry editor as a user drives it: fields edited through the window's undo stack,
// typing saved by the autosaver and undone by the text's own undo, photos and galleries inserted,
// the preview following, and an earlier version restored and the restore undone.

#include "core/catalog/catalog.h"
#include "core/catalog/photosummaryrepository.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryeditcommand.h"
#include "core/galleries/galleryservice.h"
#include "core/journal/journalautosaver.h"
#include "core/journal/journalservice.h"
#include "core/thumbnails/thumbnailservice.h"
#include "tests/ui/events/eventtestphotos.h"
#include "ui/journal/journaleditorpage.h"
#include "ui/journal/journalfrontmatterform.h"
#include "ui/journal/journalhistorydialog.h"
#include "ui/journal/journalpreview.h"
#include "ui/journal/journaltextedit.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QShowEvent>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

class TestJournalEditorPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheEntry();
    void fieldEditsGoThroughTheUndoStack();
    void eventAndCoverThroughTheUndoStack();
    void dateCanBeNone();
    void typingReachesTheCatalog();
    void textUndoWhileTheTextHasFocus();
    void fieldUndoKeepsTheTypingNotYetSaved();
    void insertsPhotosAndGalleriesAtTheCursor();
    void insertGalleryChoosesFromTheGalleries();
    void previewFollowsTyping();
    void historyRestoresAndTheRestoreIsUndone();
    void saveKeepsAVersion();

private:
    qint64 newEntry(const QString &title, const QString &body = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JournalService> m_journal;
    std::unique_ptr<EventService> m_events;
    std::unique_ptr<GalleryService> m_galleries;
    std::unique_ptr<ThumbnailService> m_thumbnails;
    QUndoStack m_stack;
    std::unique_ptr<QWidget> m_window;
    JournalEditorPage *m_page = nullptr;
    QLineEdit *m_other = nullptr; // somewhere else to put the keyboard
    QList<qint64> m_photoIds;
    qint64 m_entryId = 0;
};

void TestJournalEditorPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorkboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_journaleditorpage"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString photos = m_dir.filePath(QStringLiteral("photos"));
    const QString error = EventTestPhotos::write(photos, EventTestPhotos::twoYears());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    QVERIFY(EventTestPhotos::import(m_catalog->path(), photos));
    m_journal = std::make_unique<JournalService>(m_catalog->connection());
    m_events = std::make_unique<EventService>(m_catalog->connection());
    m_galleries = std::make_unique<GalleryService>(m_catalog->connection());
    ThumbnailService::Settings settings;
    settings.cacheDirectory = m_dir.filePath(QStringLiteral("thumbnails"));
    m_thumbnails = std::make_unique<ThumbnailService>(settings);
    for (const PhotoSummary &photo :
         PhotoSummaryRepository(m_catalog->connection()).list(PhotoSummaryFilter{}))
        m_photoIds.append(photo.id);
    QCOMPARE(m_photoIds.size(), 9);
}

void TestJournalEditorPage::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_page = new JournalEditorPage(*m_journal, *m_events, *m_galleries, m_stack, *m_thumbnails,
                                   m_catalog->connection(), m_window.get());
    m_other = new QLineEdit(m_window.get());
    layout->addWidget(m_page);
    layout->addWidget(m_other);
    m_window->resize(1100, 700);
    m_entryId = newEntry(QStringLiteral("KubeCon"), QStringLiteral("First line\n"));
    m_page->setEntry(m_entryId);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestJournalEditorPage::cleanup()
{
    m_page->closeEntry();
    m_window.reset();
    m_stack.clear();
}

qint64 TestJournalEditorPage::newEntry(const QString &title, const QString &body)
{
    JournalEntry fields;
    fields.title = title;
    fields.body = body;
    fields.date = QDate(2026, 5, 20);
    const JournalEdit edit = m_journal->create(fields);
    [&] { QVERIFY(m_journal->apply(edit, true)); }();
    return edit.entriesAfter.firstKey();
}

void TestJournalEditorPage::showsTheEntry()
{
    QCOMPARE(m_page->entryId(), m_entryId);
    QCOMPARE(m_page->form()->titleEdit()->text(), QStringLiteral("KubeCon"));
    QCOMPARE(m_page->textEdit()->toPlainText(), QStringLiteral("First line\n"));
    QVERIFY(m_page->insertPhotoAction()->isEnabled());
    // Showing an entry is not typing: nothing is pending for the autosaver.
    QVERIFY(!m_page->autosaver()->hasPendingChanges());
    QVERIFY(m_page->preview()->toPlainText().contains(QStringLiteral("First line")));

    m_page->setEntry(0);
    QVERIFY(!m_page->form()->isEnabled());
    QVERIFY(!m_page->insertPhotoAction()->isEnabled());
}

void TestJournalEditorPage::fieldEditsGoThroughTheUndoStack()
{
    QLineEdit *title = m_page->form()->titleEdit();
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("KubeCon Barcelona"));
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_journal->entry(m_entryId)->title, QStringLiteral("KubeCon Barcelona"));

    QLineEdit *tags = m_page->form()->tagsEdit();
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("kubernetes, cloud , kubernetes,"));
    m_other->setFocus(); // leaving the field takes it
    QCOMPARE(m_stack.count(), 2);
    QCOMPARE(m_journal->entry(m_entryId)->tags,
             QStringList({QStringLiteral("kubernetes"), QStringLiteral("cloud")}));

    QLineEdit *author = m_page->form()->authorEdit();
    author->setFocus();
    QTest::keyClicks(author, QStringLiteral("Ana"));
    QTest::keyClick(author, Qt::Key_Return);
    QCOMPARE(m_stack.count(), 3);

    // Taking a field again without a change is no edit.
    QTest::keyClick(author, Qt::Key_Return);
    QCOMPARE(m_stack.count(), 3);

    m_stack.undo();
    QCOMPARE(m_journal->entry(m_entryId)->author, QString());
    QCOMPARE(author->text(), QString()); // the form follows the undo
    m_stack.undo();
    QCOMPARE(m_journal->entry(m_entryId)->tags, QStringList());
    m_stack.undo();
    QCOMPARE(m_journal->entry(m_entryId)->title, QStringLiteral("KubeCon"));
    QCOMPARE(title->text(), QStringLiteral("KubeCon"));
    m_stack.redo();
    QCOMPARE(title->text(), QStringLiteral("KubeCon Barcelona"));
}

void TestJournalEditorPage::eventAndCoverThroughTheUndoStack()
{
    const qint64 eventId = m_events->events().constFirst().event.id;
    QComboBox *event = m_page->form()->eventCombo();
    const int index = event->findData(eventId);
    QVERIFY(index > 0);
    event->setCurrentIndex(index);
    emit event->activated(index);
    QCOMPARE(m_journal->entry(m_entryId)->eventId, eventId);

    m_page->form()->setCoverPhoto(m_photoIds.at(2));
    const JournalCover cover = m_journal->entry(m_entryId)->cover;
    QCOMPARE(cover.photoId, m_photoIds.at(2));
    QVERIFY(!cover.alt.isEmpty()); // the file name until the user writes one
    QCOMPARE(m_page->form()->coverAltEdit()->text(), cover.alt);
    QCOMPARE(m_stack.count(), 2);

    m_stack.undo();
    QVERIFY(m_journal->entry(m_entryId)->cover.isEmpty());
    m_stack.undo();
    QCOMPARE(m_journal->entry(m_entryId)->eventId, 0);
    QCOMPARE(event->currentIndex(), 0);
}

void TestJournalEditorPage::dateCanBeNone()
{
    QDateEdit *date = m_page->form()->dateEdit();
    QCOMPARE(date->date(), QDate(2026, 5, 20));
    // The lowest date is "No date".
    date->setFocus();
    date->setDate(date->minimumDate());
    QCOMPARE(date->text(), QStringLiteral("No date"));
    m_other->setFocus();
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(!m_journal->entry(m_entryId)->date.isValid());
    // Its calendar opens on this month, not on the "no date" value's.
    QShowEvent show;
    QApplication::sendEvent(date->calendarWidget(), &show);
    QCOMPARE(date->calendarWidget()->yearShown(), QDate::currentDate().year());
    QCOMPARE(date->calendarWidget()->monthShown(), QDate::currentDate().month());

    m_stack.undo();
    QCOMPARE(date->date(), QDate(2026, 5, 20));
    QCOMPARE(m_journal->entry(m_entryId)->date, QDate(2026, 5, 20));
}

void TestJournalEditorPage::typingReachesTheCatalog()
{
    JournalTextEdit *text = m_page->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("Keynotes all morning."));
    QVERIFY(m_page->autosaver()->hasPendingChanges());
    // Written once typing pauses, without anything else happening.
    QTRY_COMPARE_WITH_TIMEOUT(m_journal->entry(m_entryId)->body,
                              QStringLiteral("First line\nKeynotes all morning."), 3000);
    QVERIFY(!m_page->autosaver()->hasPendingChanges());
    // Typing is not an edit of the entry's fields: the window's stack stays empty.
    QCOMPARE(m_stack.count(), 0);

    // Switching to another entry writes what is pending at once.
    QTest::keyClicks(text, QStringLiteral(" More."));
    const qint64 other = newEntry(QStringLiteral("Other"));
    m_page->setEntry(other);
    QCOMPARE(m_journal->entry(m_entryId)->body,
             QStringLiteral("First line\nKeynotes all morning. More."));
    QCOMPARE(text->toPlainText(), QString());
}

void TestJournalEditorPage::textUndoWhileTheTextHasFocus()
{
    // A field edit on the stack first: Ctrl+Z in the text must not undo it.
    m_page->push(m_journal->rename(m_entryId, QStringLiteral("Renamed")));
    QCOMPARE(m_stack.count(), 1);

    JournalTextEdit *text = m_page->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("typo"));
    QCOMPARE(text->toPlainText(), QStringLiteral("First line\ntypo"));
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(text->toPlainText(), QStringLiteral("First line\n"));
    QCOMPARE(m_journal->entry(m_entryId)->title, QStringLiteral("Renamed"));
    QCOMPARE(m_stack.index(), 1);
    // And the undone text is what the catalog ends up with.
    QVERIFY(m_page->flush());
    QCOMPARE(m_journal->entry(m_entryId)->body, QStringLiteral("First line\n"));
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(text->toPlainText(), QStringLiteral("First line\ntypo"));
}

void TestJournalEditorPage::fieldUndoKeepsTheTypingNotYetSaved()
{
    m_page->push(m_journal->rename(m_entryId, QStringLiteral("Renamed")));
    JournalTextEdit *text = m_page->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("not saved yet"));
    QVERIFY(m_page->autosaver()->hasPendingChanges());

    // The rename undone while the autosaver still holds the typing: the form follows, the text
    // stays as typed and reaches the catalog.
    m_stack.undo();
    QCOMPARE(m_page->form()->titleEdit()->text(), QStringLiteral("KubeCon"));
    QCOMPARE(text->toPlainText(), QStringLiteral("First line\nnot saved yet"));
    QVERIFY(m_page->flush());
    QCOMPARE(m_journal->entry(m_entryId)->body, QStringLiteral("First line\nnot saved yet"));

    // Leaving the text writes it at once (a menu's Undo takes the focus away first).
    QTest::keyClicks(text, QStringLiteral("!"));
    QVERIFY(m_page->autosaver()->hasPendingChanges());
    m_other->setFocus();
    QVERIFY(!m_page->autosaver()->hasPendingChanges());
    QCOMPARE(m_journal->entry(m_entryId)->body, QStringLiteral("First line\nnot saved yet!"));
}

void TestJournalEditorPage::insertsPhotosAndGalleriesAtTheCursor()
{
    JournalTextEdit *text = m_page->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    m_page->insertPhotos({m_photoIds.at(0), m_photoIds.at(1)});
    const QString body = text->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("](photo:%1)").arg(m_photoIds.at(0))), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("](photo:%1)").arg(m_photoIds.at(1))));
    QVERIFY(body.contains(QStringLiteral("![IMG_")) || body.contains(QStringLiteral("![")));
    // One step of the text's undo takes the whole insertion back.
    QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(text->toPlainText(), QStringLiteral("First line\n"));

    m_page->insertGallery(42);
    QCOMPARE(text->toPlainText(), QStringLiteral("First line\n\n```gallery 42\n```\n"));
    QVERIFY(m_page->flush());
    QCOMPARE(m_journal->entry(m_entryId)->body, text->toPlainText());
}

void TestJournalEditorPage::insertGalleryChoosesFromTheGalleries()
{
    GalleryEdit edit =
        m_galleries->createFromPhotos(m_photoIds.mid(0, 3), QStringLiteral("Sticky notes"));
    QVERIFY(m_galleries->apply(edit, true));
    const qint64 galleryId = m_galleries->galleries().constLast().id;

    // The chooser lists the galleries; accepting it inserts the one chosen.
    QTimer::singleShot(0, this, []() {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>();
        QVERIFY(combo);
        QVERIFY(combo->findText(QStringLiteral("Sticky notes")) >= 0);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Sticky notes")));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    m_page->textEdit()->moveCursor(QTextCursor::End);
    m_page->chooseAndInsertGallery();
    QVERIFY(m_page->textEdit()->toPlainText().contains(
        QStringLiteral("```gallery %1\n```").arg(galleryId)));

    // The preview shows its photos, not the block as code.
    m_page->preview()->showMarkdown(m_page->textEdit()->toPlainText());
    QVERIFY(m_page->preview()->toHtml().contains(QStringLiteral("<img")));
    QVERIFY(
        !m_page->preview()->toPlainText().contains(QStringLiteral("gallery %1").arg(galleryId)));
    QVERIFY(m_galleries->apply(edit, false));
}

void TestJournalEditorPage::previewFollowsTyping()
{
    QVERIFY(m_page->previewAction()->isChecked() || (m_page->previewAction()->trigger(), true));
    QVERIFY(m_page->preview()->isVisible());
    JournalTextEdit *text = m_page->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClick(text, Qt::Key_Return);
    QTest::keyClicks(text, QStringLiteral("# Day two"));
    QVERIFY(m_page->preview()->hasPendingRender()); // once typing pauses, not per key
    QTRY_VERIFY(m_page->preview()->toHtml().contains(QStringLiteral("Day two")));
    QVERIFY(m_page->preview()->toHtml().contains(QStringLiteral("<h1")));

    m_page->previewAction()->trigger();
    QVERIFY(!m_page->preview()->isVisible());
    m_page->previewAction()->trigger();
    QVERIFY(m_page->preview()->isVisible());
}

void TestJournalEditorPage::historyRestoresAndTheRestoreIsUndone()
{
    JournalTextEdit *text = m_page->textEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, QStringLiteral("Version one."));
    m_page->saveVersion();
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Rewritten."));
    QVERIFY(m_page->flush());

    const QList<JournalVersion> versions = m_journal->versions(m_entryId);
    QVERIFY(!versions.isEmpty());
    QCOMPARE(versions.constFirst().body, QStringLiteral("First line\nVersion one."));

    // The dialog lists it and previews it.
    {
        JournalHistoryDialog dialog(*m_journal, *m_thumbnails, m_catalog->connection(), m_entryId);
        QCOMPARE(dialog.list()->count(), versions.size());
        QCOMPARE(dialog.list()->currentRow(), 0);
        QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("Version one.")));
        QCOMPARE(dialog.chosenVersionId(), 0); // not accepted
    }

    m_page->restoreVersion(versions.constFirst().id);
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_journal->entry(m_entryId)->body, QStringLiteral("First line\nVersion one."));
    QCOMPARE(text->toPlainText(), QStringLiteral("First line\nVersion one."));
    // Setting the restored text is not typing.
    QVERIFY(!m_page->autosaver()->hasPendingChanges());

    m_stack.undo();
    QCOMPARE(m_journal->entry(m_entryId)->body, QStringLiteral("Rewritten."));
    QCOMPARE(text->toPlainText(), QStringLiteral("Rewritten."));
}

void TestJournalEditorPage::saveKeepsAVersion()
{
    const qsizetype before = m_journal->versions(m_entryId).size();
    JournalTextEdit *text = m_page->textEdit();
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Saved text "));
    QTest::keyClick(text, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_journal->versions(m_entryId).size(), before + 1);
    QCOMPARE(m_journal->entry(m_entryId)->body, text->toPlainText());
}

QTEST_MAIN(TestJournalEditorPage)
#include "tst_journaleditorpage.moc"
