// The event header: title, place and description edited where they stand (Enter keeps, Esc
// cancels, leaving the field keeps), the time zone from a searchable list; each change one
// undoable edit, and the header following undo.

#include "core/catalog/catalog.h"
#include "core/events/eventservice.h"
#include "core/thumbnails/thumbnailservice.h"
#include "tests/ui/events/eventtestphotos.h"
#include "ui/events/eventeditor.h"
#include "ui/events/eventheader.h"
#include "ui/events/inlineeditor.h"
#include "ui/events/timezonecombo.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

class TestEventHeader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheEvent();
    void titleEditedInPlace();
    void escapeCancels();
    void leavingTheFieldKeepsTheText();
    void descriptionTakesSeveralLines();
    void timeZoneFromTheList();
    void hiddenWithoutAnEvent();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<EventService> m_service;
    std::unique_ptr<ThumbnailService> m_thumbnails;
    QUndoStack m_stack;
    std::unique_ptr<EventEditor> m_editor;
    std::unique_ptr<QWidget> m_window;
    EventHeader *m_header = nullptr;
    QLineEdit *m_other = nullptr; // somewhere else to put the keyboard
    qint64 m_eventId = 0;
};

void TestEventHeader::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString photos = m_dir.filePath(QStringLiteral("photos"));
    const QString error = EventTestPhotos::write(photos, EventTestPhotos::twoYears());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    QVERIFY(EventTestPhotos::import(m_catalog->path(), photos));
    m_service = std::make_unique<EventService>(m_catalog->connection());
    ThumbnailService::Settings settings;
    settings.cacheDirectory = m_dir.filePath(QStringLiteral("thumbnails"));
    m_thumbnails = std::make_unique<ThumbnailService>(settings);
    m_editor = std::make_unique<EventEditor>(*m_service, m_stack);
    QVERIFY(m_service->events().size() >= 2);
    m_eventId = m_service->events().at(1).event.id; // 20 May 2026, four photos
}

void TestEventHeader::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_header = new EventHeader(*m_editor, *m_thumbnails, m_catalog->connection(), m_window.get());
    m_other = new QLineEdit(m_window.get());
    layout->addWidget(m_header);
    layout->addWidget(m_other);
    m_window->resize(900, 300);
    m_header->setEvent(m_eventId);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
}

void TestEventHeader::cleanup()
{
    m_window.reset();
    while (m_stack.canUndo())
        m_stack.undo();
    m_stack.clear();
}

void TestEventHeader::showsTheEvent()
{
    QVERIFY(m_header->isVisible());
    // Unnamed: the title asks for a name; the dates are below.
    QCOMPARE(m_header->titleEditor()->text(), QString());
    QCOMPARE(m_header->titleEditor()->label()->text(), QStringLiteral("Add a title"));
    auto *dates = m_header->findChild<QLabel *>(QStringLiteral("eventDates"));
    QCOMPARE(dates->text(), QStringLiteral("20 May 2026, 09:30–10:20"));
    QCOMPARE(m_header->placeEditor()->label()->text(), QStringLiteral("Add a place"));
    auto *reason = m_header->findChild<QLabel *>(QStringLiteral("eventSplitReason"));
    QVERIFY2(reason->text().startsWith(QStringLiteral("Starts after a pause of")),
             qPrintable(reason->text()));
    QCOMPARE(m_header->timeZoneCombo()->zoneId(), QString());
    QCOMPARE(m_header->timeZoneCombo()->currentText(), QStringLiteral("None"));
}

void TestEventHeader::titleEditedInPlace()
{
    InlineEditor *title = m_header->titleEditor();
    QTest::mouseClick(title->label(), Qt::LeftButton);
    QVERIFY(title->isEditing());
    auto *edit = qobject_cast<QLineEdit *>(title->editor());
    QVERIFY(edit && edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("KubeCon day 1"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!title->isEditing());
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Rename Event"));
    QCOMPARE(m_service->event(m_eventId)->event.title, QStringLiteral("KubeCon day 1"));
    QCOMPARE(title->label()->text(), QStringLiteral("KubeCon day 1"));

    // The same title again changes nothing and pushes nothing.
    title->startEditing();
    QTest::keyClick(title->editor(), Qt::Key_Return);
    QCOMPARE(m_stack.count(), 1);

    m_stack.undo(); // the header follows
    QCOMPARE(title->text(), QString());
    QCOMPARE(title->label()->text(), QStringLiteral("Add a title"));
}

void TestEventHeader::escapeCancels()
{
    InlineEditor *place = m_header->placeEditor();
    QTest::mouseClick(place->label(), Qt::LeftButton);
    QVERIFY(place->isEditing());
    QTest::keyClicks(place->editor(), QStringLiteral("Madrid"));
    QTest::keyClick(place->editor(), Qt::Key_Escape);
    QVERIFY(!place->isEditing());
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(place->label()->text(), QStringLiteral("Add a place"));
    QCOMPARE(m_service->event(m_eventId)->event.place, QString());
}

void TestEventHeader::leavingTheFieldKeepsTheText()
{
    InlineEditor *place = m_header->placeEditor();
    place->startEditing();
    QTest::keyClicks(place->editor(), QStringLiteral("Barcelona"));
    m_other->setFocus(); // as a click elsewhere does
    QTRY_VERIFY(!place->isEditing());
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_service->event(m_eventId)->event.place, QStringLiteral("Barcelona"));
    QCOMPARE(place->label()->text(), QStringLiteral("Barcelona"));
}

void TestEventHeader::descriptionTakesSeveralLines()
{
    InlineEditor *description = m_header->descriptionEditor();
    QTest::mouseClick(description->label(), Qt::LeftButton);
    auto *edit = qobject_cast<QPlainTextEdit *>(description->editor());
    QVERIFY(edit && edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("Keynotes in hall 8."));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier); // a new line, not the end
    QVERIFY(description->isEditing());
    QTest::keyClicks(edit, QStringLiteral("Lunch by the sea."));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!description->isEditing());
    QCOMPARE(m_stack.undoText(), QStringLiteral("Change Description"));
    QCOMPARE(m_service->event(m_eventId)->event.description,
             QStringLiteral("Keynotes in hall 8.\nLunch by the sea."));
}

void TestEventHeader::timeZoneFromTheList()
{
    TimeZoneCombo *zones = m_header->timeZoneCombo();
    QVERIFY(zones->count() > 100);
    const int madrid = zones->findData(QStringLiteral("Europe/Madrid"));
    QVERIFY(madrid > 0);
    QSignalSpy chosen(zones, &TimeZoneCombo::zoneChosen);
    // Typing searches; picking the match sets the zone as one edit.
    zones->setFocus();
    zones->lineEdit()->clear();
    QTest::keyClicks(zones->lineEdit(), QStringLiteral("Europe/Madrid"));
    QTest::keyClick(zones->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("Europe/Madrid"));
    QCOMPARE(m_service->event(m_eventId)->event.timeZoneId, QStringLiteral("Europe/Madrid"));
    QCOMPARE(m_stack.undoText(), QStringLiteral("Change Time Zone"));
    // Back to none.
    zones->activated(0);
    QCOMPARE(m_service->event(m_eventId)->event.timeZoneId, QString());
    QCOMPARE(m_stack.count(), 2);
    m_stack.undo();
    QCOMPARE(zones->zoneId(), QStringLiteral("Europe/Madrid"));
}

void TestEventHeader::hiddenWithoutAnEvent()
{
    m_header->setEvent(0);
    QVERIFY(!m_header->isVisible());
    m_header->setEvent(m_eventId);
    QVERIFY(m_header->isVisible());
}

QTEST_MAIN(TestEventHeader)
#include "tst_eventheader.moc"
