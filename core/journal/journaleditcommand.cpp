#include "core/journal/journaleditcommand.h"

#include "core/journal/journalservice.h"

JournalEditCommand::JournalEditCommand(JournalService &service, JournalEdit edit,
                                       QUndoCommand *parent)
    : QUndoCommand(edit.text, parent)
    , m_service(service)
    , m_edit(std::move(edit))
{}

void JournalEditCommand::redo()
{
    // A failed write leaves the catalog as it was (one transaction); the command stays on the
    // stack so undo and redo keep their order, and the service's lastError() says what happened.
    if (!m_service.apply(m_edit, true))
        setObsolete(true);
}

void JournalEditCommand::undo()
{
    m_service.apply(m_edit, false);
}
