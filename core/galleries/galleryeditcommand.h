#pragma once

#include "core/galleries/galleryedit.h"

#include <QUndoCommand>

class GalleryService;

// A GalleryEdit on the undo stack: redo applies its "after", undo its "before".
class GalleryEditCommand : public QUndoCommand
{
public:
    GalleryEditCommand(GalleryService &service, GalleryEdit edit, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const GalleryEdit &edit() const { return m_edit; }

private:
    GalleryService &m_service;
    GalleryEdit m_edit;
};
