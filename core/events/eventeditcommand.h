#pragma once

#include "core/events/eventedit.h"

#include <QUndoCommand>

class EventService;

// An EventEdit on the undo stack: redo applies its "after", undo its "before".
class EventEditCommand : public QUndoCommand
{
public:
    EventEditCommand(EventService &service, EventEdit edit, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const EventEdit &edit() const { return m_edit; }

private:
    EventService &m_service;
    EventEdit m_edit;
};
