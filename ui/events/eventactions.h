#pragma once

#include "core/events/eventsummary.h"
#include "core/events/regroupresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPoint>

#include <optional>

class EventEditor;
class PhotoGridView;
class QAction;
class QMenu;
class QWidget;

// The Events menu and the events part of the grid's and the sidebar's context menus: new event
// from the selection, split, merge, move to another event, cover, camera clock, regroup. Each
// action works on the event the grid shows, or else on the event of the current photo (in the
// sidebar's menu: the event clicked), and is disabled where it does not apply. Every change goes
// through the EventEditor, so onto the undo stack.
class EventActions : public QObject
{
    Q_OBJECT

public:
    EventActions(EventEditor &editor, PhotoGridView &grid, QWidget &window);

    // The event the grid shows; 0 when it shows another source.
    void setShownEvent(qint64 eventId);
    // The event the actions work on now (see the class comment); 0 for none.
    qint64 targetEvent() const;

    void addToMenu(QMenu *menu) const;
    // moreActions (the galleries' ones) go at the end, after a separator.
    void showGridMenu(const QPoint &globalPosition, const QList<QAction *> &moreActions = {});
    // moreActions (the export's) go at the end, after a separator.
    void showEventMenu(qint64 eventId, const QPoint &globalPosition,
                       const QList<QAction *> &moreActions = {});

    QAction *newEventAction() const { return m_newEvent; }
    QAction *renameAction() const { return m_rename; }
    QAction *splitAction() const { return m_split; }
    QAction *mergePreviousAction() const { return m_mergePrevious; }
    QAction *mergeNextAction() const { return m_mergeNext; }
    QAction *mergeSelectedAction() const { return m_mergeSelected; }
    QAction *moveToEventAction() const { return m_moveToEvent; }
    QAction *setCoverAction() const { return m_setCover; }
    QAction *correctClockAction() const { return m_correctClock; }
    QAction *regroupAction() const { return m_regroup; }

public slots:
    void updateActions();
    // Reads the events again (they changed behind the service's back: an import grouped them).
    void refresh();
    void newEventFromSelection();
    void splitHere();
    void mergeWithPrevious();
    void mergeWithNext();
    void mergeSelectedEvents();
    // Asks for the event (EventChooserDialog) and moves the selected photos there.
    void moveSelectionToEvent();
    void moveSelectionTo(qint64 eventId);
    void setCoverToCurrent();
    // Opens the clock dialog for this event (0: the target event).
    void correctClock(qint64 eventId = 0);
    // Asks first: regrouping is not undoable.
    void regroup();

signals:
    // The user wants to name this event: show it, and its title as an editor.
    void renameRequested(qint64 eventId);
    void regrouped(const RegroupResult &result);

private:
    QAction *makeAction(const QString &text, const QString &statusTip,
                        void (EventActions::*slot)());
    QList<qint64> selectedPhotoIds() const;
    qsizetype selectedCount() const;
    qint64 currentPhotoId() const;
    // The dated neighbours of an event on the timeline: older (previous) and newer (next).
    qint64 previousEvent(qint64 eventId) const;
    qint64 nextEvent(qint64 eventId) const;
    // The distinct events of the selected photos, or nullopt when there are too many to look up
    // while the selection changes (looked up when the action runs).
    std::optional<QList<qint64>> selectedEvents() const;
    const QList<EventSummary> &events() const;
    qint64 firstPhotoOf(qint64 eventId) const;

    EventEditor &m_editor;
    PhotoGridView &m_grid;
    QWidget &m_window;
    qint64 m_shownEvent = 0;
    qint64 m_menuEvent = 0; // the event a sidebar menu was opened on, while it is open

    // What the enabled states need, read once per change of the events.
    mutable std::optional<QList<EventSummary>> m_events;
    mutable QHash<qint64, qint64> m_firstPhoto;

    QAction *m_newEvent;
    QAction *m_rename;
    QAction *m_split;
    QAction *m_mergePrevious;
    QAction *m_mergeNext;
    QAction *m_mergeSelected;
    QAction *m_moveToEvent;
    QAction *m_setCover;
    QAction *m_correctClock;
    QAction *m_regroup;
};
