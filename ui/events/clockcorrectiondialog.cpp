#include "ui/events/clockcorrectiondialog.h"

#include "core/events/eventservice.h"
#include "core/metadata/photodetails.h"
#include "ui/events/eventeditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    FileColumn,
    BeforeColumn,
    AfterColumn,
    ColumnCount,
};

QString cameraName(const CameraClock &camera)
{
    QString name = PhotoDetails::camera(camera.make, camera.model);
    if (name.isEmpty())
        name = ClockCorrectionDialog::tr("Unknown camera");
    if (!camera.serialNumber.isEmpty())
        name = ClockCorrectionDialog::tr("%1 (serial number %2)").arg(name, camera.serialNumber);
    return ClockCorrectionDialog::tr("%1 — %n photo(s)", nullptr, camera.photoCount).arg(name);
}

} // namespace

ClockCorrectionDialog::ClockCorrectionDialog(EventEditor &editor, qint64 eventId, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_eventId(eventId)
    , m_cameras(editor.service().cameras(eventId))
    , m_camera(new QComboBox(this))
    , m_currentShift(new QLabel(this))
    , m_direction(new QComboBox(this))
    , m_hours(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_seconds(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_trueTime(new QDateTimeEdit(this))
    , m_match(new QPushButton(tr("&Use This Time"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Correct Camera Clock"));
    const std::optional<EventSummary> event = editor.service().event(eventId);
    auto *intro =
        new QLabel(tr("When a camera's clock was wrong, shift the times of its photos in “%1”. The "
                      "correction is kept in the catalog; the files are not changed.")
                       .arg(event ? EventService::displayTitle(*event) : QString()),
                   this);
    intro->setWordWrap(true);

    for (const CameraClock &camera : std::as_const(m_cameras))
        m_camera->addItem(cameraName(camera));
    m_camera->setObjectName(QStringLiteral("cameraCombo"));
    m_currentShift->setForegroundRole(QPalette::PlaceholderText);

    m_direction->setObjectName(QStringLiteral("directionCombo"));
    //: The camera clock was slow: its photos move later.
    m_direction->addItem(tr("+ later"));
    //: The camera clock was fast: its photos move earlier.
    m_direction->addItem(tr("− earlier"));
    m_hours->setRange(0, 24 * 366); // a clock a year off (a wrong year) still corrects
    m_hours->setSuffix(tr(" h"));
    m_minutes->setRange(0, 59);
    m_minutes->setSuffix(tr(" min"));
    m_seconds->setRange(0, 59);
    m_seconds->setSuffix(tr(" s"));
    for (QSpinBox *box : {m_hours, m_minutes, m_seconds})
        box->setAlignment(Qt::AlignRight);
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_minutes->setObjectName(QStringLiteral("minutesSpin"));
    m_seconds->setObjectName(QStringLiteral("secondsSpin"));
    auto *shiftRow = new QHBoxLayout;
    shiftRow->addWidget(m_direction);
    shiftRow->addWidget(m_hours);
    shiftRow->addWidget(m_minutes);
    shiftRow->addWidget(m_seconds);
    shiftRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Camera:"), m_camera);
    form->addRow(QString(), m_currentShift);
    // A row of several fields: its label needs its buddy set by hand.
    auto *shiftLabel = new QLabel(tr("&Shift by:"), this);
    shiftLabel->setBuddy(m_direction);
    form->addRow(shiftLabel, shiftRow);

    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Before"), tr("After")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AfterColumn, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);

    // Or the other way round: the time one photo was really taken gives the shift.
    m_trueTime->setObjectName(QStringLiteral("trueTimeEdit"));
    m_trueTime->setTimeSpec(Qt::UTC); // a wall time where the photo was taken, not converted
    m_trueTime->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                                 QStringLiteral("HH:mm:ss"));
    m_trueTime->setEnabled(false);
    m_match->setEnabled(false);
    m_match->setObjectName(QStringLiteral("matchButton"));
    auto *matchRow = new QHBoxLayout;
    auto *matchLabel = new QLabel(tr("The selected photo was really taken at:"), this);
    matchLabel->setBuddy(m_trueTime);
    matchRow->addWidget(matchLabel);
    matchRow->addWidget(m_trueTime);
    matchRow->addWidget(m_match);
    matchRow->addStretch(1);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply Correction"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(matchRow);
    layout->addWidget(m_buttons);
    resize(680, 520);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(120); // typing "130" in the minutes reads once, not three times
    connect(&m_previewTimer, &QTimer::timeout, this, &ClockCorrectionDialog::updatePreview);
    connect(m_camera, &QComboBox::currentIndexChanged, this,
            &ClockCorrectionDialog::onCameraChanged);
    connect(m_direction, &QComboBox::currentIndexChanged, &m_previewTimer,
            qOverload<>(&QTimer::start));
    for (QSpinBox *box : {m_hours, m_minutes, m_seconds})
        connect(box, &QSpinBox::valueChanged, &m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ClockCorrectionDialog::onPreviewRowChanged);
    connect(m_match, &QPushButton::clicked, this, &ClockCorrectionDialog::matchSelectedPhoto);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClockCorrectionDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_cameras.isEmpty()) {
        m_summary->setText(tr("No photo of this event says which camera took it."));
        for (QWidget *widget :
             std::initializer_list<QWidget *>{m_camera, m_direction, m_hours, m_minutes, m_seconds})
            widget->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    onCameraChanged();
}

CameraClock ClockCorrectionDialog::currentCamera() const
{
    const int index = m_camera->currentIndex();
    return index >= 0 && index < m_cameras.size() ? m_cameras.at(index) : CameraClock();
}

void ClockCorrectionDialog::setCamera(int index)
{
    m_camera->setCurrentIndex(index);
}

qint64 ClockCorrectionDialog::shiftSeconds() const
{
    const qint64 seconds =
        qint64(m_hours->value()) * 3600 + qint64(m_minutes->value()) * 60 + m_seconds->value();
    return m_direction->currentIndex() == 1 ? -seconds : seconds;
}

void ClockCorrectionDialog::setShiftSeconds(qint64 seconds)
{
    const qint64 total = std::min<qint64>(std::abs(seconds), qint64(m_hours->maximum()) * 3600);
    m_direction->setCurrentIndex(seconds < 0 ? 1 : 0);
    m_hours->setValue(int(total / 3600));
    m_minutes->setValue(int(total / 60 % 60));
    m_seconds->setValue(int(total % 60));
}

void ClockCorrectionDialog::onCameraChanged()
{
    const CameraClock camera = currentCamera();
    // Start from the correction the camera has: the dialog edits it rather than adding to it.
    m_currentShift->setText(camera.clockShiftSeconds == 0
                                ? tr("Its clock is not corrected yet.")
                                : tr("Its clock is corrected by %1 now.")
                                      .arg(PhotoDetails::clockShift(camera.clockShiftSeconds)));
    setShiftSeconds(camera.clockShiftSeconds);
    updatePreview();
}

void ClockCorrectionDialog::updatePreview()
{
    m_previewTimer.stop();
    const CameraClock camera = currentCamera();
    const qint64 shift = shiftSeconds();
    m_preview = m_editor.service().previewClockShift(m_eventId, camera, shift);

    const QColor moved = [this]() {
        QColor color = palette().color(QPalette::Highlight);
        color.setAlphaF(0.22);
        return color;
    }();
    int movedCount = 0;
    m_table->setRowCount(int(m_preview.size()));
    for (int row = 0; row < m_preview.size(); ++row) {
        const ClockShiftPreview &photo = m_preview.at(row);
        const bool changesPlace = photo.positionBefore != photo.positionAfter;
        movedCount += changesPlace;
        const QStringList texts = {photo.fileName, PhotoDetails::shortDateTime(photo.before),
                                   PhotoDetails::shortDateTime(photo.after)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (changesPlace) {
                item->setBackground(moved);
                item->setToolTip(tr("Moves from place %1 to place %2 among the event's photos")
                                     .arg(photo.positionBefore + 1)
                                     .arg(photo.positionAfter + 1));
                if (column == AfterColumn) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
            }
            m_table->setItem(row, column, item);
        }
    }

    const qint64 change = shift - camera.clockShiftSeconds;
    QString summary;
    if (change == 0) {
        summary = tr("Choose how far this camera's clock was off: the list shows where its "
                     "photos land.");
    } else {
        summary = tr("%n photo(s) of this camera move by %1.", nullptr, int(m_preview.size()))
                      .arg(PhotoDetails::clockShift(change));
        if (movedCount > 0)
            summary += QLatin1Char(' ') +
                       tr("%n of them change place among the event's photos (highlighted).",
                          nullptr, movedCount);
    }
    m_summary->setText(summary);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_preview.isEmpty());
    onPreviewRowChanged();
}

void ClockCorrectionDialog::onPreviewRowChanged()
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    const int row = ranges.isEmpty() ? -1 : ranges.constFirst().topRow();
    const bool valid = row >= 0 && row < m_preview.size();
    m_trueTime->setEnabled(valid);
    m_match->setEnabled(valid);
    // Without a photo chosen the field shows the first one's time, not the year 2000.
    if (valid)
        m_trueTime->setDateTime(m_preview.at(row).after);
    else if (!m_preview.isEmpty())
        m_trueTime->setDateTime(m_preview.constFirst().after);
}

void ClockCorrectionDialog::matchSelectedPhoto()
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    const int row = ranges.isEmpty() ? -1 : ranges.constFirst().topRow();
    if (row < 0 || row >= m_preview.size())
        return;
    // The photo shows `after` with the shift chosen now; moving it to the true time moves the
    // shift by the same amount. Both are wall times where it was taken.
    const qint64 difference = m_preview.at(row).after.secsTo(m_trueTime->dateTime());
    const qint64 photoId = m_preview.at(row).photoId;
    setShiftSeconds(shiftSeconds() + difference);
    updatePreview();
    // Keep the photo selected: the user sees it now reads the time typed.
    for (int i = 0; i < m_preview.size(); ++i) {
        if (m_preview.at(i).photoId == photoId) {
            m_table->selectRow(i);
            break;
        }
    }
}

void ClockCorrectionDialog::apply()
{
    const EventEdit edit =
        m_editor.service().shiftCameraClock(m_eventId, currentCamera(), shiftSeconds());
    // An edit that changes nothing closes too; a refusal is reported and keeps the dialog open.
    const QString errorBefore = m_editor.service().lastError();
    if (m_editor.push(edit) || (edit.isEmpty() && m_editor.service().lastError() == errorBefore))
        accept();
}
