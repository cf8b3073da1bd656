#include "ui/events/eventeditor.h"

#include "core/events/eventeditcommand.h"
#include "core/events/eventservice.h"

#include <QUndoStack>

EventEditor::EventEditor(EventService &service, QUndoStack &undoStack, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_undoStack(undoStack)
    , m_lastSeenError(service.lastError())
{}

bool EventEditor::push(const EventEdit &edit)
{
    if (edit.isEmpty()) {
        // The service says why when it refused; an edit that changes nothing needs no word. Its
        // lastError() stays until the next error, so only a new one is a refusal of this edit.
        if (const QString error = m_service.lastError(); error != m_lastSeenError) {
            m_lastSeenError = error;
            emit failed(error);
        }
        return false;
    }
    // A command whose write fails makes itself obsolete, and the stack drops it: the index does
    // not move, and there is nothing to undo.
    const int before = m_undoStack.index();
    const int countBefore = m_undoStack.count();
    m_undoStack.push(new EventEditCommand(m_service, edit));
    if (m_undoStack.index() == before && m_undoStack.count() <= countBefore) {
        m_lastSeenError = m_service.lastError();
        emit failed(tr("The change could not be saved: %1").arg(m_lastSeenError));
        return false;
    }
    if (edit.focusEventId != 0)
        emit focusRequested(edit.focusEventId);
    return true;
}
