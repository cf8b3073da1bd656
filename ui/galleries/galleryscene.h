#pragma once

#include "core/galleries/galleryboard.h"
#include "core/galleries/gallerynote.h"
#include "ui/galleries/captioneditor.h"

#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QPointF>
#include <QPointer>

#include <optional>

class GalleryPhotosModel;
class NoteItem;
class ThumbnailService;

// The board of one gallery: a NoteItem per note, where GalleryLayout puts it, on cork. Syncs its
// items with the catalog's notes by id (only what changed moves), hands notes their thumbnails
// and turns what the user does with the mouse into requests; the view makes them undoable edits.
// Nothing here writes the catalog.
class GalleryScene : public QGraphicsScene
{
    Q_OBJECT

public:
    GalleryScene(ThumbnailService &thumbnails, const GalleryPhotosModel &photos,
                 QObject *parent = nullptr);
    ~GalleryScene() override;

    // The notes as the catalog has them and the gallery laid out: items are added, updated and
    // removed to match. An empty board clears the scene.
    void showBoard(const QList<GalleryNote> &notes, const GalleryBoard &board);
    QRectF boardRect() const { return m_boardRect; }
    NoteItem *noteItem(qint64 itemId) const { return m_notes.value(itemId); }
    QList<NoteItem *> noteItems() const;   // in the gallery's order
    QList<qint64> selectedItemIds() const; // in the gallery's order
    void selectOnly(qint64 itemId);

    // The note's thumbnail fitting pixelSize device pixels: from the memory cache, or null while
    // it is being made (the note is repainted when it is ready).
    QImage thumbnail(const GalleryNote &note, int pixelSize) const;
    // Why the note's photo has no thumbnail, once decoding it failed.
    std::optional<QString> thumbnailFailure(const GalleryNote &note) const;

    void startCaptionEditing(qint64 itemId);
    bool isEditingCaption() const { return m_captionEditor != nullptr; }
    CaptionEditor *captionEditor() const { return m_captionEditor; }
    // While the zoom changes frame after frame, notes paint straight to the screen, without
    // their shadows and with a quicker scaling of their photos: a cached note would be painted
    // twice a frame (into its cache at the new scale, then from it), and a zoom is motion.
    void setZooming(bool zooming);
    bool isZooming() const { return m_zooming; }
    // Shows the turn and resize handles on the one selected note (NoteItem calls it).
    void updateHandles();

signals:
    // Notes were dragged: each to its paper's new top left corner (the same order in both lists).
    void notesMoved(const QList<qint64> &itemIds, const QList<QPointF> &topLefts);
    // A handle was let go: the note's new rotation or photo width; reset: the layout's again.
    void noteRotated(qint64 itemId, double degrees, bool reset);
    void noteResized(qint64 itemId, double photoWidth, bool reset);
    void captionEdited(qint64 itemId, const QString &caption);
    void photoActivated(qint64 photoId);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onThumbnailReady(qint64 photoId);
    void finishCaptionEditing(bool keep);

    ThumbnailService &m_thumbnails;
    const GalleryPhotosModel &m_photos;
    QHash<qint64, NoteItem *> m_notes;
    QHash<qint64, QList<NoteItem *>> m_notesOfPhoto;
    QRectF m_boardRect;
    QImage m_corkTile;
    QBrush m_cork; // the tile at the board's own scale, for painters that turn the board
    // The tile scaled to the last painter's zoom, drawn straight onto the screen (see
    // drawBackground).
    QPixmap m_scaledCork;
    QSizeF m_scaledCorkScale;
    // Where the notes under the mouse stood when the button went down, to tell a drag.
    QHash<qint64, QPointF> m_pressPositions;
    QPointer<CaptionEditor> m_captionEditor;
    bool m_zooming = false;
};
