#pragma once

#include "core/galleries/notelook.h"

#include <QColor>
#include <QRectF>

// Where and how one note is drawn: plain numbers that a QGraphicsScene and an HTML template use
// alike. The note is the paper `rect`, turned by `rotation` degrees clockwise about its centre
// (QGraphicsItem::setRotation and CSS `transform: rotate()` both turn that way about it).
struct NotePlacement
{
    qint64 itemId = 0;
    int index = 0;    // its place in the gallery's order; later notes are drawn on top
    QRectF rect;      // the paper, unrotated, in board units
    QRectF photoRect; // the photo on the paper, in board units, turned with it
    double rotation = 0.0;
    QColor paperColor;
    NotePin pin = NotePin::None; // Pin, Tape or None, never Automatic
    QColor pinColor;             // of the pin, or of the tape (drawn translucent)

    // The axis-aligned box around the turned note: what must stay on the board.
    QRectF bounds() const;

    friend bool operator==(const NotePlacement &, const NotePlacement &) = default;
};
