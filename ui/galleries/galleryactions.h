#pragma once

#include "core/galleries/gallery.h"

#include <QList>
#include <QObject>

class GalleryService;
class PhotoGridView;
class QAction;
class QActionGroup;
class QMenu;
class QUndoStack;
class QWidget;
struct GalleryEdit;

// The Galleries menu, and "New Gallery from Selection" for the grid's context menu: new gallery
// from the selected photos (belonging to the event the grid shows, if it shows one), add the
// selection to a gallery, rename, style, reshuffle and delete the gallery on screen. Every change
// is a GalleryEditCommand on the window's undo stack.
class GalleryActions : public QObject
{
    Q_OBJECT

public:
    GalleryActions(GalleryService &service, QUndoStack &undoStack, PhotoGridView &grid,
                   QWidget &window);

    // What the window shows: an event's photos (new galleries belong to it), or a gallery (the
    // gallery actions work on it). 0 for neither.
    void setShownEvent(qint64 eventId);
    void setShownGallery(qint64 galleryId);
    qint64 shownGallery() const { return m_shownGallery; }

    void addToMenu(QMenu *menu) const;

    QAction *newGalleryAction() const { return m_newGallery; }
    QAction *addToGalleryAction() const { return m_addToGallery; }
    QAction *renameAction() const { return m_rename; }
    QAction *reshuffleAction() const { return m_reshuffle; }
    QAction *deleteAction() const { return m_delete; }
    QAction *styleAction(GalleryStyle style) const;

    // Pushes the edit; false when it is empty (failed() tells why when the service refused).
    bool push(const GalleryEdit &edit);

public slots:
    void updateActions();
    // Makes a gallery of the selected photos and asks the window to show it (galleryCreated).
    void newGalleryFromSelection();
    // Asks which gallery, then adds the selected photos to it.
    void addSelectionToGallery();
    void addPhotosTo(qint64 galleryId, const QList<qint64> &photoIds);
    void setStyle(GalleryStyle style);
    void reshuffle();
    // Asks first; undoable anyway.
    void deleteGallery();

signals:
    void galleryCreated(qint64 galleryId);
    void renameRequested(qint64 galleryId);
    void failed(const QString &message);

private:
    QList<qint64> selectedPhotoIds() const;

    GalleryService &m_service;
    QUndoStack &m_undoStack;
    PhotoGridView &m_grid;
    QWidget &m_window;
    qint64 m_shownEvent = 0;
    qint64 m_shownGallery = 0;
    qint64 m_lastTarget = 0; // the gallery photos were last added to: offered first next time

    QAction *m_newGallery;
    QAction *m_addToGallery;
    QAction *m_rename;
    QMenu *m_styleMenu;
    QActionGroup *m_styles;
    QAction *m_reshuffle;
    QAction *m_delete;
};
