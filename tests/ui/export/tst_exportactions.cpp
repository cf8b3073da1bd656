// File > Export… and the sidebar's Export… in the library window: enabled for an event, a gallery
// and a journal entry, disabled for the other sources, and opening the dialog on what is shown.

#include "core/events/eventservice.h"
#include "core/galleries/galleryeditcommand.h"
#include "core/galleries/galleryservice.h"
#include "core/journal/journaleditcommand.h"
#include "core/journal/journalservice.h"
#include "core/library/sidebar/sidebarmodel.h"
#include "tests/ui/events/eventtestphotos.h"
#include "tests/ui/support/mainwindowfixture.h"
#include "ui/export/exportactions.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportoptionsform.h"
#include "ui/library/sidebarview.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

class TestExportActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void inTheFileMenuWithItsShortcut();
    void enabledPerSource();
    void sidebarMenusOfferItForSubjectsOnly();
    void sidebarContextMenusEndWithIt();
    void opensTheDialogOnTheSourceShown();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindowFixture> m_fixture;
    qint64 m_event = 0;
    qint64 m_gallery = 0;
    qint64 m_entry = 0;
};

void TestExportActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString photos = m_dir.filePath(QStringLiteral("photos"));
    QCOMPARE(EventTestPhotos::write(photos, EventTestPhotos::twoYears()), QString());
    m_fixture = std::make_unique<MainWindowFixture>(m_dir.path());
    QCOMPARE(m_fixture->catalogError, QString());
    MainWindow &window = *m_fixture->window;
    QVERIFY(importAndWait(window, photos));

    const QList<EventSummary> events = window.eventService()->events();
    QCOMPARE(events.size(), 3);
    m_event = events.constFirst().event.id;
    const QList<qint64> photoIds = window.eventService()->photoIds(m_event);
    const GalleryEdit gallery =
        window.galleryService()->createFromPhotos(photoIds, QStringLiteral("Notes"), m_event);
    QVERIFY(!gallery.isEmpty());
    window.undoStack()->push(new GalleryEditCommand(*window.galleryService(), gallery));
    m_gallery = gallery.focusGalleryId;
    JournalEntry fields;
    fields.title = QStringLiteral("Day one");
    fields.eventId = m_event;
    const JournalEdit entry = window.journalService()->create(fields);
    QVERIFY(!entry.isEmpty());
    window.undoStack()->push(new JournalEditCommand(*window.journalService(), entry));
    m_entry = entry.focusEntryId;
    QVERIFY(m_gallery > 0 && m_entry > 0);
}

void TestExportActions::cleanupTestCase()
{
    m_fixture.reset();
}

void TestExportActions::inTheFileMenuWithItsShortcut()
{
    MainWindow &window = *m_fixture->window;
    QAction *action = window.exportActions()->exportAction();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(window.actions().contains(action)); // works with the menu closed
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QVERIFY(file->actions().contains(action));
}

void TestExportActions::enabledPerSource()
{
    MainWindow &window = *m_fixture->window;
    QAction *action = window.exportActions()->exportAction();
    SidebarView *sidebar = window.sidebarView();
    QVERIFY(sidebar->selectSource(PhotoSource::event(m_event)));
    QVERIFY(action->isEnabled());
    QVERIFY(sidebar->selectSource(PhotoSource::allPhotos()));
    QVERIFY(!action->isEnabled());
    QVERIFY(sidebar->selectSource(PhotoSource::gallery(m_gallery)));
    QVERIFY(action->isEnabled());
    QVERIFY(sidebar->selectSource(PhotoSource::journalEntry(m_entry)));
    QVERIFY(action->isEnabled());
    QVERIFY(sidebar->selectSource(PhotoSource::folder(m_dir.filePath(QStringLiteral("photos")))));
    QVERIFY(!action->isEnabled());
}

void TestExportActions::sidebarMenusOfferItForSubjectsOnly()
{
    ExportActions *actions = m_fixture->window->exportActions();
    QObject owner;
    for (const PhotoSource &source : {PhotoSource::event(m_event), PhotoSource::gallery(m_gallery),
                                      PhotoSource::journalEntry(m_entry)}) {
        QAction *action = actions->makeActionFor(source, &owner);
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("E&xport…"));
    }
    QVERIFY(!actions->makeActionFor(PhotoSource::allPhotos(), &owner));
    QVERIFY(!actions->makeActionFor(PhotoSource::folder(m_dir.path()), &owner));
    QVERIFY(!actions->makeActionFor(PhotoSource::import(1), &owner));

    QCOMPARE(ExportActions::subjectOf(PhotoSource::event(4)),
             std::optional<ExportSubject>({ExportSubject::Kind::Event, 4}));
    QCOMPARE(ExportActions::subjectOf(PhotoSource::gallery(5)),
             std::optional<ExportSubject>({ExportSubject::Kind::Gallery, 5}));
    QCOMPARE(ExportActions::subjectOf(PhotoSource::journalEntry(6)),
             std::optional<ExportSubject>({ExportSubject::Kind::Entry, 6}));
}

void TestExportActions::sidebarContextMenusEndWithIt()
{
    MainWindow &window = *m_fixture->window;
    SidebarView *sidebar = window.sidebarView();
    // The texts of the context menu the sidebar opens on a source's row, read while it is open.
    const auto menuTexts = [&](const PhotoSource &source) {
        QStringList texts;
        const QModelIndex index = window.sidebarModel()->indexOfSource(source);
        if (!index.isValid())
            return texts;
        sidebar->scrollTo(index);
        QTimer::singleShot(0, [&texts]() {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (const QAction *action : menu->actions())
                texts.append(action->isSeparator() ? QStringLiteral("-") : action->text());
            menu->close();
        });
        emit sidebar->customContextMenuRequested(sidebar->visualRect(index).center());
        return texts;
    };
    const QString exportText = QStringLiteral("E&xport…");
    for (const PhotoSource &source : {PhotoSource::event(m_event), PhotoSource::gallery(m_gallery),
                                      PhotoSource::journalEntry(m_entry)}) {
        const QStringList texts = menuTexts(source);
        QVERIFY2(!texts.isEmpty() && texts.constLast() == exportText, qPrintable(texts.join(u'|')));
        QCOMPARE(texts.count(exportText), 1);
    }
    // Its action opens the dialog on the row clicked.
    QTimer::singleShot(0, []() {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (menu && !menu->actions().isEmpty())
            menu->actions().constLast()->trigger();
        if (menu)
            menu->close();
    });
    QVERIFY(sidebar->selectSource(PhotoSource::allPhotos()));
    const QModelIndex event = window.sidebarModel()->indexOfSource(PhotoSource::event(m_event));
    emit sidebar->customContextMenuRequested(sidebar->visualRect(event).center());
    ExportDialog *dialog = window.exportActions()->dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->form()->options().subject,
             (ExportSubject{ExportSubject::Kind::Event, m_event}));
    dialog->reject();
    QTRY_VERIFY(!window.exportActions()->dialog());
}

void TestExportActions::opensTheDialogOnTheSourceShown()
{
    MainWindow &window = *m_fixture->window;
    ExportActions *actions = window.exportActions();
    QVERIFY(window.sidebarView()->selectSource(PhotoSource::gallery(m_gallery)));
    actions->exportAction()->trigger();
    ExportDialog *dialog = actions->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QCOMPARE(dialog->form()->options().subject,
             (ExportSubject{ExportSubject::Kind::Gallery, m_gallery}));
    const auto *subject = dialog->form()->findChild<QLabel *>(QStringLiteral("subject"));
    QVERIFY(subject);
    QCOMPARE(subject->text(), QStringLiteral("Gallery “Notes”"));
    // A second Export… while it is open does not open another.
    actions->exportSource(PhotoSource::event(m_event));
    QCOMPARE(actions->dialog(), dialog);

    dialog->reject();
    QTRY_VERIFY(!actions->dialog()); // deleted once closed

    // The sidebar's action opens it on the row clicked, whatever is shown.
    QObject owner;
    actions->makeActionFor(PhotoSource::journalEntry(m_entry), &owner)->trigger();
    QVERIFY(actions->dialog());
    QCOMPARE(actions->dialog()->form()->options().subject,
             (ExportSubject{ExportSubject::Kind::Entry, m_entry}));
    actions->dialog()->reject();
    QTRY_VERIFY(!actions->dialog());
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
