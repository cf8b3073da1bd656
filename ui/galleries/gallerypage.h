#pragma once

#include "core/galleries/gallery.h"

#include <QPointer>
#include <QWidget>

class CatalogConnection;
class EventService;
class GalleryBoardView;
class GalleryService;
class InlineEditor;
class PhotoViewer;
class QButtonGroup;
class QLabel;
class QUndoStack;
class ThumbnailService;

// What the window shows in the grid's place for a gallery: a header (its title, editable where
// it stands; its event and note count; the style, Reshuffle and the zoom) above the board. A
// double-click on a photo opens the full-screen viewer on the gallery's photos, in its order.
class GalleryPage : public QWidget
{
    Q_OBJECT

public:
    GalleryPage(GalleryService &service, const EventService *events, QUndoStack &undoStack,
                ThumbnailService &thumbnails, const CatalogConnection &connection,
                QWidget *parent = nullptr);
    ~GalleryPage() override;

    GalleryBoardView *board() const { return m_board; }
    InlineEditor *titleEditor() const { return m_title; }
    qint64 galleryId() const;
    // The viewer while it is open, else null.
    PhotoViewer *viewer() const;

public slots:
    void setGallery(qint64 galleryId);
    void startRenaming();
    void setStyle(GalleryStyle style);
    void reshuffle();
    void openPhoto(qint64 photoId);

private:
    void updateHeader();

    GalleryService &m_service;
    const EventService *m_events;
    const CatalogConnection &m_connection;
    GalleryBoardView *m_board;
    InlineEditor *m_title;
    QLabel *m_subtitle;
    QButtonGroup *m_styles;
    QLabel *m_zoom;
    QPointer<PhotoViewer> m_viewer;
};
