// Correct Camera Clock: the preview shows where one camera's photos land with the shift chosen
// (the ones that change place highlighted), the true time of one photo can give the shift, and
// Apply is one undoable edit.

#include "core/catalog/catalog.h"
#include "core/catalog/photosummaryrepository.h"
#include "core/events/eventservice.h"
#include "tests/ui/events/eventtestphotos.h"
#include "ui/events/clockcorrectiondialog.h"
#include "ui/events/eventeditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using EventTestPhotos::Shot;

namespace {

// A morning shot with a phone (right clock) and a camera whose clock was 1 h 03 min slow: by the
// files, the camera's three photos come before all of the phone's.
QList<Shot> morning()
{
    const QString phoneMake = QStringLiteral("Google");
    const QString phoneModel = QStringLiteral("Pixel 7");
    return {
        {QStringLiteral("camera_1.jpg"), QStringLiteral("2026:05:20 09:07:00")},
        {QStringLiteral("camera_2.jpg"), QStringLiteral("2026:05:20 09:27:00")},
        {QStringLiteral("camera_3.jpg"), QStringLiteral("2026:05:20 09:47:00")},
        {QStringLiteral("phone_1.jpg"), QStringLiteral("2026:05:20 10:00:00"),
         QStringLiteral("+02:00"), phoneMake, phoneModel},
        {QStringLiteral("phone_2.jpg"), QStringLiteral("2026:05:20 10:20:00"),
         QStringLiteral("+02:00"), phoneMake, phoneModel},
        {QStringLiteral("phone_3.jpg"), QStringLiteral("2026:05:20 10:40:00"),
         QStringLiteral("+02:00"), phoneMake, phoneModel},
        {QStringLiteral("phone_4.jpg"), QStringLiteral("2026:05:20 11:00:00"),
         QStringLiteral("+02:00"), phoneMake, phoneModel},
    };
}

} // namespace

class TestClockCorrectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsTheShiftedTimes();
    void applyIsOneUndoableEdit();
    void theTrueTimeOfAPhotoGivesTheShift();

private:
    int cameraIndex(const ClockCorrectionDialog &dialog) const;
    PhotoSummary photo(const QString &fileName) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<EventService> m_service;
    QUndoStack m_stack;
    std::unique_ptr<EventEditor> m_editor;
    qint64 m_eventId = 0;
};

void TestClockCorrectionDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString photos = m_dir.filePath(QStringLiteral("photos"));
    const QString error = EventTestPhotos::write(photos, morning());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    QVERIFY(EventTestPhotos::import(m_catalog->path(), photos));
    m_service = std::make_unique<EventService>(m_catalog->connection());
    m_editor = std::make_unique<EventEditor>(*m_service, m_stack);
    const QList<EventSummary> events = m_service->events();
    QCOMPARE(events.size(), 1); // a morning: one event, both cameras
    m_eventId = events.constFirst().event.id;
}

int TestClockCorrectionDialog::cameraIndex(const ClockCorrectionDialog &dialog) const
{
    const QList<CameraClock> cameras = dialog.cameras();
    for (int i = 0; i < cameras.size(); ++i) {
        if (cameras.at(i).model == QStringLiteral("Canon EOS R5"))
            return i;
    }
    return -1;
}

PhotoSummary TestClockCorrectionDialog::photo(const QString &fileName) const
{
    for (const PhotoSummary &summary :
         PhotoSummaryRepository(m_catalog->connection()).list(PhotoSummaryFilter())) {
        if (summary.fileName() == fileName)
            return summary;
    }
    return {};
}

void TestClockCorrectionDialog::previewShowsTheShiftedTimes()
{
    ClockCorrectionDialog dialog(*m_editor, m_eventId);
    QCOMPARE(dialog.cameras().size(), 2);
    const int canon = cameraIndex(dialog);
    QVERIFY(canon >= 0);
    dialog.setCamera(canon);
    QCOMPARE(dialog.cameras().at(canon).photoCount, 3);
    QCOMPARE(dialog.shiftSeconds(), 0);

    dialog.setShiftSeconds(3600 + 3 * 60);
    dialog.updatePreview();
    QTableWidget *table = dialog.previewTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("camera_1.jpg"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("20/05/2026, 09:07:00"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("20/05/2026, 10:10:00"));
    QCOMPARE(table->item(2, 2)->text(), QStringLiteral("20/05/2026, 10:50:00"));
    // Every one of them now falls between two of the phone's: highlighted, with why.
    for (int row = 0; row < 3; ++row) {
        QVERIFY(table->item(row, 2)->background().style() != Qt::NoBrush);
        QVERIFY(table->item(row, 2)->toolTip().startsWith(QStringLiteral("Moves from place")));
    }
    QCOMPARE(dialog.preview().at(0).positionBefore, 0);
    QCOMPARE(dialog.preview().at(0).positionAfter, 1);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("previewSummary"));
    QVERIFY(summary);
    // (Plural forms come from the translations, which tests do not load: "photo(s)".)
    QVERIFY2(summary->text().contains(
                 QStringLiteral("of this camera move by +1\u00a0h\u00a003\u00a0min.")),
             qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(
                 QStringLiteral("3 of them change place among the event's photos (highlighted).")),
             qPrintable(summary->text()));

    // A few minutes only: nothing changes place, nothing is highlighted.
    dialog.setShiftSeconds(-120);
    dialog.updatePreview();
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("20/05/2026, 09:05:00"));
    QCOMPARE(table->item(0, 2)->background().style(), Qt::NoBrush);
    // The preview wrote nothing.
    QCOMPARE(photo(QStringLiteral("camera_1.jpg")).clockShiftSeconds, 0);
    QCOMPARE(m_stack.count(), 0);
}

void TestClockCorrectionDialog::applyIsOneUndoableEdit()
{
    const qint64 before = photo(QStringLiteral("camera_1.jpg")).takenInstantMs.value_or(0);
    QVERIFY(before != 0);
    {
        ClockCorrectionDialog dialog(*m_editor, m_eventId);
        dialog.setCamera(cameraIndex(dialog));
        dialog.setShiftSeconds(3600 + 3 * 60);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *apply = buttons->button(QDialogButtonBox::Ok);
        QCOMPARE(apply->text(), QStringLiteral("&Apply Correction"));
        apply->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(m_stack.undoText(), QStringLiteral("Correct Camera Clock"));
    const PhotoSummary corrected = photo(QStringLiteral("camera_1.jpg"));
    QCOMPARE(corrected.clockShiftSeconds, 3780);
    QCOMPARE(corrected.takenInstantMs.value_or(0), before + 3780 * 1000);
    // The phone's photos are the phone's: untouched.
    QCOMPARE(photo(QStringLiteral("phone_1.jpg")).clockShiftSeconds, 0);

    // The dialog opens on the correction the camera has now.
    {
        ClockCorrectionDialog dialog(*m_editor, m_eventId);
        dialog.setCamera(cameraIndex(dialog));
        QCOMPARE(dialog.shiftSeconds(), 3780);
    }

    m_stack.undo();
    QCOMPARE(photo(QStringLiteral("camera_1.jpg")).clockShiftSeconds, 0);
    QCOMPARE(photo(QStringLiteral("camera_1.jpg")).takenInstantMs.value_or(0), before);
    m_stack.redo();
    QCOMPARE(photo(QStringLiteral("camera_1.jpg")).clockShiftSeconds, 3780);
    m_stack.undo();
}

void TestClockCorrectionDialog::theTrueTimeOfAPhotoGivesTheShift()
{
    ClockCorrectionDialog dialog(*m_editor, m_eventId);
    dialog.setCamera(cameraIndex(dialog));
    QTableWidget *table = dialog.previewTable();
    QCOMPARE(table->rowCount(), 3);
    auto *trueTime = dialog.findChild<QDateTimeEdit *>(QStringLiteral("trueTimeEdit"));
    auto *match = dialog.findChild<QPushButton *>(QStringLiteral("matchButton"));
    QVERIFY(trueTime && match);
    QVERIFY(!match->isEnabled());
    table->selectRow(1); // camera_2, 09:27:00 by its clock
    QVERIFY(match->isEnabled());
    QCOMPARE(trueTime->dateTime(), QDateTime(QDate(2026, 5, 20), QTime(9, 27), Qt::UTC));
    // It was really 10:30 when it was taken.
    trueTime->setDateTime(QDateTime(QDate(2026, 5, 20), QTime(10, 30), Qt::UTC));
    match->click();
    QCOMPARE(dialog.shiftSeconds(), 3780);
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("20/05/2026, 10:30:00"));
}

QTEST_MAIN(TestClockCorrectionDialog)
#include "tst_clockcorrectiondialog.moc"
