#pragma once

#include "core/galleries/gallerynote.h"
#include "core/galleries/noteplacement.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPixmap>
#include <QPixmapCache>
#include <QStaticText>

class NoteHandle;

// One sticky note on the board: white (or coloured) paper around the photo, the caption below it,
// a soft shadow and a pin or a strip of tape, turned as the layout says. Its origin is the paper's
// centre, so setRotation() turns it the way NotePlacement and CSS do. The photo is a thumbnail the
// scene hands it (a plain tone until it arrives); a note whose photo is missing, unreadable or gone
// says so where the photo would be. Handles to turn and resize it show while it alone is selected.
class NoteItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NoteItem)

public:
    enum
    {
        Type = UserType + 501
    };

    // Above every note of a gallery, whose z values are their places in its order.
    static constexpr double kRaisedZ = 1e6;

    explicit NoteItem(qint64 itemId, QGraphicsItem *parent = nullptr);
    ~NoteItem() override;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    qint64 itemId() const { return m_itemId; }
    const GalleryNote &note() const { return m_note; }
    const NotePlacement &placement() const { return m_placement; }
    // Takes the note as the catalog has it now and where the layout puts it.
    void setNote(const GalleryNote &note, const NotePlacement &placement);
    // The paper's top left corner on the board, unturned, where the note stands now (dragged or
    // not): what GalleryService::moveItem() takes.
    QPointF paperTopLeft() const;
    QRectF paperRect() const { return m_paper; } // in item coordinates
    QRectF photoRect() const { return m_photo; } // in item coordinates
    QRectF captionRect() const;                  // in item coordinates
    // Shown while a resize handle is dragged: the note as it would be with this photo width.
    void previewPhotoWidth(double width);
    double photoWidth() const { return m_photo.width(); }
    // The photo's thumbnail arrived or changed: ask for it again at the next paint.
    void invalidatePhoto();
    bool hasPhotoPixmap() const { return !m_pixmap.isNull(); }
    // What the note says instead of its photo; empty while it has (or awaits) one.
    QString problemText() const;
    void setCaptionHidden(bool hidden);
    void setHandlesVisible(bool visible);
    NoteHandle *rotateHandle() const { return m_rotateHandle; }
    NoteHandle *resizeHandle() const { return m_resizeHandle; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void setGeometry(const QSizeF &paper, const QRectF &photoOnPaper);
    void refresh();
    QPixmap renderLook(double levelOfDetail, double ratio, QWidget *widget);
    void paintNote(QPainter *painter, double levelOfDetail, bool full, QWidget *widget);
    void paintShadow(QPainter *painter) const;
    void paintPhoto(QPainter *painter, double levelOfDetail);
    void paintProblem(QPainter *painter, const QString &text) const;
    void paintCaption(QPainter *painter) const;
    void paintHolder(QPainter *painter) const;
    void placeHandles();

    qint64 m_itemId;
    GalleryNote m_note;
    NotePlacement m_placement;
    QRectF m_paper; // centred on the origin
    QRectF m_photo;
    QPixmap m_pixmap;
    qint64 m_imageKey = 0;
    int m_pixmapBucket = 0; // the thumbnail size asked for and got; 0: ask at the next paint
    // The note as it looks at rest, unturned, at the last zoom's screen resolution (see paint).
    QPixmapCache::Key m_lookKey;
    double m_lookScale = 0;
    QStaticText m_caption;
    bool m_captionHidden = false;
    NoteHandle *m_rotateHandle;
    NoteHandle *m_resizeHandle;
};
