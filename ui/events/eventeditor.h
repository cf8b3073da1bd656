#pragma once

#include "core/events/eventedit.h"

#include <QObject>

class EventService;
class QUndoStack;

// The one way the UI changes events: an edit built by the EventService goes onto the undo stack as
// an EventEditCommand, which applies it. Empty edits (nothing to change, or the service refused)
// are not pushed; a refusal or a failed write is reported with the service's reason.
class EventEditor : public QObject
{
    Q_OBJECT

public:
    EventEditor(EventService &service, QUndoStack &undoStack, QObject *parent = nullptr);

    EventService &service() const { return m_service; }
    QUndoStack &undoStack() const { return m_undoStack; }

    // Pushes the edit; returns whether it was applied. An empty edit pushes nothing: it fails
    // with the service's lastError() when there is one, and quietly when nothing would change.
    bool push(const EventEdit &edit);

signals:
    // Why an edit was refused or could not be written, for the status bar.
    void failed(const QString &message);
    // An edit was done that brings an event forward (made, split off, merged into): show it.
    void focusRequested(qint64 eventId);

private:
    EventService &m_service;
    QUndoStack &m_undoStack;
    QString m_lastSeenError; // the service's lastError() when last looked at
};
