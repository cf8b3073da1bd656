#pragma once

#include <QGraphicsView>
#include <QTimer>

class CatalogConnection;
class GalleryPhotosModel;
class GalleryScene;
class GalleryService;
class QUndoStack;
class ThumbnailService;
struct GalleryEdit;

// One gallery's board on screen: the GalleryScene in a view that zooms (Ctrl+wheel, Ctrl++,
// Ctrl+-, Ctrl+0 fits the board's width) and pans (drag the empty board, hold Space and drag
// anywhere, the scroll bars). Every edit made on it (notes dragged, turned, resized, captions,
// Delete) goes onto the undo stack as a GalleryEditCommand; the board follows the service's
// signals, so undo and edits from elsewhere show at once. A double-click on a photo asks for the
// viewer (photoOpened); F2 asks for the gallery to be renamed.
class GalleryBoardView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 4.0;
    static constexpr double kZoomStep = 1.25;

    GalleryBoardView(GalleryService &service, QUndoStack &undoStack, ThumbnailService &thumbnails,
                     const CatalogConnection &connection, QWidget *parent = nullptr);
    ~GalleryBoardView() override;

    qint64 galleryId() const { return m_galleryId; }
    GalleryScene *boardScene() const { return m_scene; }
    // The photos of the gallery's notes in order, with the grid's roles (for the viewer).
    GalleryPhotosModel *photosModel() const { return m_photos; }
    double zoom() const;
    QList<qint64> selectedItemIds() const;
    // The photo of the one selected note (or of the first of several); 0 for none.
    qint64 currentPhotoId() const;

    // Pushes the edit as a GalleryEditCommand; false (nothing pushed) when it is empty, and then
    // failed() says why if the service refused.
    bool push(const GalleryEdit &edit);

public slots:
    // Shows this gallery (0: none), fitted to the view's width.
    void setGallery(qint64 galleryId);
    // Reads the gallery again and updates the notes that changed.
    void reload();
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitToWidth();
    void removeSelectedNotes();
    void editCaptionOfSelected();
    // Puts these photos' notes on screen and selects them (the viewer stepped to one).
    void revealPhoto(qint64 photoId);

signals:
    void zoomChanged(double zoom);
    void photoOpened(qint64 photoId);
    void currentPhotoChanged(qint64 photoId);
    void renameRequested();
    void failed(const QString &message);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void onNotesMoved(const QList<qint64> &itemIds, const QList<QPointF> &topLefts);
    void reportVisiblePhotos();
    void scaleBy(double factor);

    GalleryService &m_service;
    QUndoStack &m_undoStack;
    ThumbnailService &m_thumbnails;
    GalleryPhotosModel *m_photos;
    GalleryScene *m_scene;
    qint64 m_galleryId = 0;
    bool m_fitPending = false;
    bool m_spaceHeld = false;
    bool m_panning = false;
    bool m_panMoved = false;
    QPoint m_panFrom;
    QTimer m_visibleTimer;
    QTimer m_zoomSettled; // the zoom stopped changing: notes get their full look back
};
