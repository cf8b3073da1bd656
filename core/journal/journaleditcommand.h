#pragma once

#include "core/journal/journaledit.h"

#include <QUndoCommand>

class JournalService;

// A JournalEdit on the undo stack: redo applies its "after", undo its "before".
class JournalEditCommand : public QUndoCommand
{
public:
    JournalEditCommand(JournalService &service, JournalEdit edit, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const JournalEdit &edit() const { return m_edit; }

private:
    JournalService &m_service;
    JournalEdit m_edit;
};
