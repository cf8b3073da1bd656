#pragma once

#include "core/events/eventsummary.h"

#include <QWidget>

#include <optional>

class CatalogConnection;
class EventEditor;
class InlineEditor;
class QLabel;
class QPushButton;
class QToolButton;
class ThumbnailService;
class TimeZoneCombo;

// Above the grid while it shows an event: its cover, title, dates, place, description, time zone
// and why it begins where it does, each editable where it stands. A change becomes one undoable
// edit through the EventEditor; the header follows the catalog (an undo shows at once).
class EventHeader : public QWidget
{
    Q_OBJECT

public:
    // Reads cover photos through `connection` (the GUI thread's).
    EventHeader(EventEditor &editor, ThumbnailService &thumbnails,
                const CatalogConnection &connection, QWidget *parent = nullptr);

    // The event to show; 0 hides the header.
    void setEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    // Clicking the cover offers this (Set as Event Cover on the current photo).
    void setCoverAction(QAction *action);

    InlineEditor *titleEditor() const { return m_title; }
    InlineEditor *placeEditor() const { return m_place; }
    InlineEditor *descriptionEditor() const { return m_description; }
    TimeZoneCombo *timeZoneCombo() const { return m_timeZone; }

public slots:
    // Reads the event again (after any change of events or of their photos).
    void refresh();
    // F2: the title becomes an editor.
    void startRenaming();

signals:
    void clockCorrectionRequested(qint64 eventId);

private:
    void updateCover();
    void onThumbnailReady(qint64 photoId);

    EventEditor &m_editor;
    ThumbnailService &m_thumbnails;
    const CatalogConnection &m_connection;
    qint64 m_eventId = 0;
    std::optional<EventSummary> m_event;
    qint64 m_coverPhotoId = 0;
    bool m_coverShown = false; // the cover's thumbnail is on the button

    QToolButton *m_cover;
    InlineEditor *m_title;
    QLabel *m_dates;
    InlineEditor *m_place;
    InlineEditor *m_description;
    TimeZoneCombo *m_timeZone;
    QLabel *m_reason;
    QPushButton *m_correctClock;
};
