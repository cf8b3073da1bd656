#pragma once

#include "core/galleries/gallery.h"
#include "core/galleries/galleryboard.h"
#include "core/galleries/noteinput.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QSizeF>

#include <array>

// The three layouts of a gallery, as pure functions of the notes' photo shapes, what the user set
// by hand, the gallery's seed and the board's width: the same input gives the same board, in the
// app and in every export. Everything random comes from SeededRandom, drawn per note (keyed by the
// item's id), so that adding or removing a note leaves the others' widths and tilts alone.
//
// Board units are CSS pixels in an export. A note is paper around its photo: kPaperPadding to the
// left, right and above it, kCaptionHeight below for the caption.
//
// What every layout guarantees: each note's turned outline (NotePlacement::bounds()) lies within
// the board's width and below its top edge, and the board is tall enough for all of them; notes
// come back in the input's order.
namespace GalleryLayout {

inline constexpr double kMargin = 24.0;          // free board around the notes
inline constexpr double kPaperPadding = 10.0;    // paper left, right and above the photo
inline constexpr double kCaptionHeight = 36.0;   // paper below the photo
inline constexpr double kMinPhotoWidth = 80.0;   // what a resize can shrink a note to
inline constexpr double kMaxPhotoWidth = 1000.0; // and grow it to (the board's width limits more)
inline constexpr double kDefaultAspectRatio = 4.0 / 3.0; // a photo whose size is unknown
inline constexpr double kMinAspectRatio = 0.25; // panoramas and slivers are drawn as this at most
inline constexpr double kMaxAspectRatio = 4.0;
inline constexpr int kMinBoardWidth = 400;

// Strip: the reference post's notes (img widths 270-350 px in steps of 10) and its theme's tilt by
// position, -6, +4, -3, +5 degrees in turn, and paper colours in turn.
inline constexpr int kStripMinWidth = 270;
inline constexpr int kStripMaxWidth = 350;
inline constexpr int kStripWidthStep = 10;
inline constexpr std::array<double, 4> kStripTilts = {-6.0, 4.0, -3.0, 5.0};
inline constexpr double kStripGap = 24.0;    // between notes in a row
inline constexpr double kStripRowGap = 32.0; // between rows

// Board: rows of slots, each note scattered from its slot by up to kBoardJitter of its size and
// tilted up to kBoardMaxTilt either way. Two notes the layout placed never overlap by more than
// kBoardMaxOverlap (see overlapRatio()); notes the user placed by hand go where they were put.
inline constexpr int kBoardMinWidth = 200;
inline constexpr int kBoardMaxWidth = 320;
inline constexpr double kBoardMaxTilt = 8.0;
inline constexpr double kBoardJitter = 0.2;
inline constexpr double kBoardMaxOverlap = 0.2;
inline constexpr double kBoardGap = 12.0;

// Grid: as many columns of kGridPhotoWidth as the board holds, stretched to fill it, no tilt.
inline constexpr double kGridPhotoWidth = 300.0;
inline constexpr double kGridGap = 24.0;

// Yellow #ffc, green #cfc, blue #ccf, pink #ecb1b7: the reference theme's papers, in its order.
const std::array<QColor, 4> &paperColors();
const std::array<QColor, 4> &pinColors(); // red, blue, green, yellow push pins
QColor tapeColor();

GalleryBoard layout(GalleryStyle style, quint32 seed, const QList<NoteInput> &notes,
                    int boardWidth);

// The paper around a photo this wide of this shape (an unknown or extreme shape as the layout
// draws it).
QSizeF paperSize(double photoWidth, double aspectRatio);
double effectiveAspectRatio(double aspectRatio);

// How much two notes' outlines (bounds()) cover each other: the shared area over the smaller
// outline's area, 0 (apart) to 1 (one inside the other).
double overlapRatio(const NotePlacement &a, const NotePlacement &b);

// The index of the note whose centre is nearest to `centre` (the first of equals), -1 on an empty
// board: where a note dropped there snaps to in a strip or a grid.
int nearestNote(const GalleryBoard &board, QPointF centre);

} // namespace GalleryLayout
