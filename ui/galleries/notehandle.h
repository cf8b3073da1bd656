#pragma once

#include <QCoreApplication>
#include <QGraphicsItem>

class NoteItem;

// A round grip on the selected note: above it to turn it, at its bottom right corner to resize
// it. It keeps its size on screen whatever the zoom. While dragged the note follows live; on
// release the scene is told (GalleryScene::noteRotated, noteResized), which makes the undoable
// edit. Shift turns in steps of 15 degrees; a double-click gives the layout's tilt or size back.
class NoteHandle : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NoteHandle)

public:
    enum class Kind
    {
        Rotate,
        Resize,
    };
    enum
    {
        Type = UserType + 502
    };
    static constexpr double kRadius = 7.0;          // screen pixels
    static constexpr double kRotateDistance = 28.0; // board units above the paper

    NoteHandle(Kind kind, NoteItem *note);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The rotation (degrees) a drag to this scene point gives the note; Shift snaps to 15.
    static double rotationFor(const NoteItem &note, QPointF scenePoint, bool snap);
    // The photo width a drag of the corner to this scene point gives the note.
    static double photoWidthFor(const NoteItem &note, QPointF scenePoint);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    NoteItem *note() const;

    Kind m_kind;
    double m_startRotation = 0.0;
    double m_startWidth = 0.0;
    bool m_dragging = false;
};
