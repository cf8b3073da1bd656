#pragma once

#include "core/events/cameraclock.h"
#include "core/events/clockshiftpreview.h"

#include <QDialog>
#include <QList>
#include <QTimer>

class EventEditor;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Correct Camera Clock: one camera of an event (make and model, and serial number where the files
// have one), a shift (later or earlier by hours, minutes, seconds, or set so that one photo shows
// the time it was really taken), and a live preview of what it does to that camera's photos:
// their times before and after, the ones that change place among the event's photos highlighted.
// Apply pushes the correction as one undoable edit; nothing is written before.
class ClockCorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    ClockCorrectionDialog(EventEditor &editor, qint64 eventId, QWidget *parent = nullptr);

    qint64 eventId() const { return m_eventId; }
    QList<CameraClock> cameras() const { return m_cameras; }
    void setCamera(int index);
    // The shift chosen, in seconds (negative: earlier).
    qint64 shiftSeconds() const;
    void setShiftSeconds(qint64 seconds);
    // The preview shown now, as the service gave it.
    const QList<ClockShiftPreview> &preview() const { return m_preview; }
    QTableWidget *previewTable() const { return m_table; }

public slots:
    // Reads the preview for the camera and shift chosen (it also follows every change by itself,
    // a moment after the last one).
    void updatePreview();
    // Pushes the correction; closes when it was applied or changed nothing.
    void apply();

private:
    void onCameraChanged();
    void onPreviewRowChanged();
    void matchSelectedPhoto();
    CameraClock currentCamera() const;

    EventEditor &m_editor;
    qint64 m_eventId;
    QList<CameraClock> m_cameras;
    QList<ClockShiftPreview> m_preview;
    QTimer m_previewTimer;

    QComboBox *m_camera;
    QLabel *m_currentShift;
    QComboBox *m_direction;
    QSpinBox *m_hours;
    QSpinBox *m_minutes;
    QSpinBox *m_seconds;
    QLabel *m_summary;
    QTableWidget *m_table;
    QDateTimeEdit *m_trueTime;
    QPushButton *m_match;
    QDialogButtonBox *m_buttons;
};
