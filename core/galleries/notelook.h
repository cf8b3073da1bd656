#pragma once

#include <QColor>
#include <QPointF>

#include <optional>

// What holds a note on the board. The values are stored in the catalog.
enum class NotePin
{
    Automatic = 0, // the layout decides (a pin on a board, tape on a strip, nothing in a grid)
    Pin = 1,
    Tape = 2,
    None = 3,
};

// What the user changed by hand about one note. Every field left unset is the layout's to decide,
// from the gallery's style and seed; a set field wins over what the layout would compute.
struct NoteLook
{
    std::optional<double> width;    // of the photo on the note, in board units
    std::optional<double> rotation; // degrees, clockwise
    // The top left corner of the (unrotated) paper. Used on a board; strips and grids keep their
    // notes in order instead.
    std::optional<QPointF> position;
    QColor paperColor; // invalid: the layout's
    NotePin pin = NotePin::Automatic;

    friend bool operator==(const NoteLook &, const NoteLook &) = default;
};
