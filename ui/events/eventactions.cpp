#include "ui/events/eventactions.h"

#include "core/events/eventservice.h"
#include "core/library/photogridmodel.h"
#include "ui/events/clockcorrectiondialog.h"
#include "ui/events/eventchooserdialog.h"
#include "ui/events/eventeditor.h"
#include "ui/library/photogridview.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <algorithm>

namespace {

// Looking up the event of each selected photo costs a query each: beyond this many the merge
// action stays enabled and checks when it runs.
constexpr qsizetype kSelectionLookupLimit = 200;

} // namespace

EventActions::EventActions(EventEditor &editor, PhotoGridView &grid, QWidget &window)
    : QObject(&window)
    , m_editor(editor)
    , m_grid(grid)
    , m_window(window)
{
    m_newEvent = makeAction(tr("&New Event from Selection"),
                            tr("Make an event of the selected photos, taking them out of theirs"),
                            &EventActions::newEventFromSelection);
    m_newEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_rename = makeAction(tr("&Rename Event"), tr("Edit the title of the event"), nullptr);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_rename, &QAction::triggered, this, [this]() {
        if (const qint64 event = targetEvent())
            emit renameRequested(event);
    });
    m_split = makeAction(tr("&Split Event Here"),
                         tr("The current photo and the ones after it become a new event"),
                         &EventActions::splitHere);
    m_split->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_mergePrevious = makeAction(tr("Merge with &Previous Event"),
                                 tr("Join the event with the one before it on the timeline"),
                                 &EventActions::mergeWithPrevious);
    m_mergePrevious->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_mergeNext = makeAction(tr("Merge with Ne&xt Event"),
                             tr("Join the event with the one after it on the timeline"),
                             &EventActions::mergeWithNext);
    m_mergeNext->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_mergeSelected = makeAction(tr("Merge Selected &Events"),
                                 tr("Join the events the selected photos are in into one"),
                                 &EventActions::mergeSelectedEvents);
    m_moveToEvent =
        makeAction(tr("&Move Selection to Event…"), tr("Move the selected photos to another event"),
                   &EventActions::moveSelectionToEvent);
    m_moveToEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_setCover = makeAction(tr("Set as Event &Cover"), tr("Show the current photo for its event"),
                            &EventActions::setCoverToCurrent);
    m_correctClock = makeAction(tr("Correct Camera Cloc&k…"),
                                tr("Shift the times of one camera's photos in the event"), nullptr);
    m_correctClock->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_correctClock, &QAction::triggered, this, [this]() { correctClock(); });
    m_regroup = makeAction(tr("Re&group Automatic Events…"),
                           tr("Group the photos into events again by time and place, keeping "
                              "what you made or changed by hand"),
                           &EventActions::regroup);

    connect(&m_editor.service(), &EventService::eventsChanged, this, &EventActions::refresh);
    connect(&m_editor.service(), &EventService::photosChanged, this, &EventActions::refresh);
    updateActions();
}

QAction *EventActions::makeAction(const QString &text, const QString &statusTip,
                                  void (EventActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setStatusTip(statusTip);
    // Shortcuts work wherever the window has the keyboard, menus open or not.
    action->setShortcutContext(Qt::WindowShortcut);
    m_window.addAction(action);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

void EventActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_newEvent);
    menu->addAction(m_rename);
    menu->addSeparator();
    menu->addAction(m_split);
    menu->addAction(m_mergePrevious);
    menu->addAction(m_mergeNext);
    menu->addAction(m_mergeSelected);
    menu->addSeparator();
    menu->addAction(m_moveToEvent);
    menu->addAction(m_setCover);
    menu->addAction(m_correctClock);
    menu->addSeparator();
    menu->addAction(m_regroup);
}

void EventActions::showGridMenu(const QPoint &globalPosition,
                                const QList<QAction *> &moreActions)
{
    updateActions();
    QMenu menu(&m_grid);
    menu.addAction(m_newEvent);
    menu.addAction(m_moveToEvent);
    menu.addSeparator();
    menu.addAction(m_split);
    menu.addAction(m_mergeSelected);
    menu.addAction(m_setCover);
    if (!moreActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(moreActions);
    }
    menu.exec(globalPosition);
}

void EventActions::showEventMenu(qint64 eventId, const QPoint &globalPosition,
                                 const QList<QAction *> &moreActions)
{
    // The menu works on the event clicked, whatever the grid shows.
    m_menuEvent = eventId;
    updateActions();
    QMenu menu(&m_window);
    menu.addAction(m_rename);
    menu.addAction(m_mergePrevious);
    menu.addAction(m_mergeNext);
    menu.addSeparator();
    menu.addAction(m_correctClock);
    menu.addSeparator();
    menu.addAction(m_regroup);
    if (!moreActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(moreActions);
    }
    menu.exec(globalPosition);
    m_menuEvent = 0;
    updateActions();
}

void EventActions::setShownEvent(qint64 eventId)
{
    m_shownEvent = eventId;
    updateActions();
}

void EventActions::refresh()
{
    m_events.reset();
    m_firstPhoto.clear();
    updateActions();
}

const QList<EventSummary> &EventActions::events() const
{
    if (!m_events)
        m_events = m_editor.service().events();
    return *m_events;
}

qint64 EventActions::firstPhotoOf(qint64 eventId) const
{
    auto it = m_firstPhoto.find(eventId);
    if (it == m_firstPhoto.end()) {
        const QList<qint64> ids = m_editor.service().photoIds(eventId);
        it = m_firstPhoto.insert(eventId, ids.isEmpty() ? 0 : ids.constFirst());
    }
    return it.value();
}

qint64 EventActions::currentPhotoId() const
{
    const QModelIndex current = m_grid.currentIndex();
    return current.isValid() ? current.data(PhotoGridModel::PhotoIdRole).toLongLong() : 0;
}

QList<qint64> EventActions::selectedPhotoIds() const
{
    QModelIndexList selected =
        m_grid.selectionModel() ? m_grid.selectionModel()->selectedIndexes() : QModelIndexList();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(selected.size());
    for (const QModelIndex &index : std::as_const(selected))
        ids.append(index.data(PhotoGridModel::PhotoIdRole).toLongLong());
    return ids;
}

qint64 EventActions::targetEvent() const
{
    if (m_menuEvent)
        return m_menuEvent;
    if (m_shownEvent)
        return m_shownEvent;
    const qint64 photo = currentPhotoId();
    return photo ? m_editor.service().eventOfPhoto(photo) : 0;
}

qint64 EventActions::previousEvent(qint64 eventId) const
{
    // Newest first: the one before on the timeline is the next in the list.
    const QList<EventSummary> &list = events();
    for (qsizetype i = 0; i + 1 < list.size(); ++i) {
        if (list.at(i).event.id == eventId)
            return list.at(i).hasDates() && list.at(i + 1).hasDates() ? list.at(i + 1).event.id : 0;
    }
    return 0;
}

qint64 EventActions::nextEvent(qint64 eventId) const
{
    const QList<EventSummary> &list = events();
    for (qsizetype i = 1; i < list.size(); ++i) {
        if (list.at(i).event.id == eventId)
            return list.at(i).hasDates() && list.at(i - 1).hasDates() ? list.at(i - 1).event.id : 0;
    }
    return 0;
}

qsizetype EventActions::selectedCount() const
{
    // From the ranges: Ctrl+A on 100,000 photos is one range, not 100,000 indexes.
    qsizetype count = 0;
    if (m_grid.selectionModel()) {
        for (const QItemSelectionRange &range : m_grid.selectionModel()->selection())
            count += range.height();
    }
    return count;
}

std::optional<QList<qint64>> EventActions::selectedEvents() const
{
    if (selectedCount() > kSelectionLookupLimit)
        return std::nullopt;
    const QList<qint64> photos = selectedPhotoIds();
    QList<qint64> eventIds;
    for (const qint64 photo : photos) {
        const qint64 event = m_editor.service().eventOfPhoto(photo);
        if (event != 0 && !eventIds.contains(event))
            eventIds.append(event);
    }
    return eventIds;
}

void EventActions::updateActions()
{
    const qint64 event = targetEvent();
    const qint64 photo = currentPhotoId();
    const qsizetype selected = selectedCount();
    const qint64 photoEvent = m_menuEvent ? 0 : (photo ? (m_shownEvent ? m_shownEvent : event) : 0);

    m_newEvent->setEnabled(!m_menuEvent && selected > 0);
    m_rename->setEnabled(event != 0);
    // Split at the current photo of its event, unless it is the event's first.
    m_split->setEnabled(photoEvent != 0 && firstPhotoOf(photoEvent) != photo);
    m_mergePrevious->setEnabled(event != 0 && previousEvent(event) != 0);
    m_mergeNext->setEnabled(event != 0 && nextEvent(event) != 0);
    if (m_menuEvent || m_shownEvent || selected < 2) {
        // In one event's grid every photo is in that event.
        m_mergeSelected->setEnabled(false);
    } else {
        const std::optional<QList<qint64>> selectedIn = selectedEvents();
        m_mergeSelected->setEnabled(!selectedIn || selectedIn->size() >= 2);
    }
    m_moveToEvent->setEnabled(!m_menuEvent && selected > 0 &&
                              events().size() > (m_shownEvent ? 1 : 0));
    std::optional<EventSummary> photoEventSummary;
    if (photoEvent)
        for (const EventSummary &summary : events())
            if (summary.event.id == photoEvent)
                photoEventSummary = summary;
    m_setCover->setEnabled(photoEventSummary && photoEventSummary->coverPhotoId() != photo);
    std::optional<EventSummary> target;
    for (const EventSummary &summary : events())
        if (summary.event.id == event)
            target = summary;
    m_correctClock->setEnabled(target && target->photoCount > 0);
    m_regroup->setEnabled(true);
}

void EventActions::newEventFromSelection()
{
    const QList<qint64> photos = selectedPhotoIds();
    if (photos.isEmpty())
        return;
    const EventEdit edit = m_editor.service().createFromPhotos(photos);
    // The new event is shown (focusRequested) and waits for its name.
    if (m_editor.push(edit) && edit.focusEventId)
        emit renameRequested(edit.focusEventId);
}

void EventActions::splitHere()
{
    const qint64 photo = currentPhotoId();
    const qint64 event = m_shownEvent ? m_shownEvent : m_editor.service().eventOfPhoto(photo);
    if (!photo || !event)
        return;
    m_editor.push(m_editor.service().splitAt(event, photo));
}

void EventActions::mergeWithPrevious()
{
    const qint64 event = targetEvent();
    if (const qint64 previous = previousEvent(event))
        m_editor.push(m_editor.service().merge({previous, event}));
}

void EventActions::mergeWithNext()
{
    const qint64 event = targetEvent();
    if (const qint64 next = nextEvent(event))
        m_editor.push(m_editor.service().merge({event, next}));
}

void EventActions::mergeSelectedEvents()
{
    QList<qint64> eventIds;
    for (const qint64 photo : selectedPhotoIds()) {
        const qint64 event = m_editor.service().eventOfPhoto(photo);
        if (event != 0 && !eventIds.contains(event))
            eventIds.append(event);
    }
    m_editor.push(m_editor.service().merge(eventIds));
}

void EventActions::moveSelectionToEvent()
{
    if (selectedPhotoIds().isEmpty())
        return;
    EventChooserDialog dialog(m_editor.service(), m_shownEvent, &m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenEventId() == 0)
        return;
    moveSelectionTo(dialog.chosenEventId());
}

void EventActions::moveSelectionTo(qint64 eventId)
{
    const QList<qint64> photos = selectedPhotoIds();
    if (!photos.isEmpty())
        m_editor.push(m_editor.service().movePhotos(photos, eventId));
}

void EventActions::setCoverToCurrent()
{
    const qint64 photo = currentPhotoId();
    const qint64 event = m_shownEvent ? m_shownEvent : m_editor.service().eventOfPhoto(photo);
    if (photo && event)
        m_editor.push(m_editor.service().setCover(event, photo));
}

void EventActions::correctClock(qint64 eventId)
{
    const qint64 event = eventId ? eventId : targetEvent();
    if (!event)
        return;
    ClockCorrectionDialog dialog(m_editor, event, &m_window);
    dialog.exec();
}

void EventActions::regroup()
{
    QMessageBox box(QMessageBox::Question, tr("Regroup Automatic Events"),
                    tr("Group the photos into events again, by time and place?"),
                    QMessageBox::Cancel, &m_window);
    box.setInformativeText(
        tr("Events you made, named or edited are kept as they are, and so are the photos you "
           "moved or whose camera clock you corrected. The other events are made again from "
           "their photos; this cannot be undone."));
    QPushButton *regroupButton = box.addButton(tr("&Regroup"), QMessageBox::AcceptRole);
    box.setDefaultButton(regroupButton);
    box.exec();
    if (box.clickedButton() != regroupButton)
        return;
    const RegroupResult result = m_editor.service().regroup();
    emit regrouped(result);
}
