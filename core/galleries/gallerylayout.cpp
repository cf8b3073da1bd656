#include "core/galleries/gallerylayout.h"

#include "core/galleries/seededrandom.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>

using namespace GalleryLayout;

namespace {

// Each style draws from its own streams, so that one style's looks say nothing of another's.
constexpr quint64 kStripSalt = 1;
constexpr quint64 kBoardSalt = 2;
constexpr quint64 kGridSalt = 3;

// A note on its way to the board: what it will look like once the style has decided.
struct Note
{
    int index = 0;
    qint64 key = 0;
    double aspect = kDefaultAspectRatio;
    NoteLook look;
    double photoWidth = 0.0;
    double rotation = 0.0;
    QColor paperColor;
    NotePin pin = NotePin::None;
    QColor pinColor;
    QSizeF boundsSize; // of the turned paper
};

// Notes that share a row, and the width and height their outlines need with the gaps.
struct Row
{
    QList<int> notes;
    double width = 0.0;
    double height = 0.0;
};

QSizeF turnedSize(QSizeF size, double rotation)
{
    const double radians = rotation * std::numbers::pi / 180.0;
    const double c = std::abs(std::cos(radians));
    const double s = std::abs(std::sin(radians));
    return {size.width() * c + size.height() * s, size.width() * s + size.height() * c};
}

// The width limits, and the widest photo whose turned paper is at most `available` wide. The
// turned paper's width grows linearly with the photo's: (w + 2p)c + (w / a + p + caption)s.
double fitWidth(double width, double aspect, double rotation, double available)
{
    const double radians = rotation * std::numbers::pi / 180.0;
    const double c = std::abs(std::cos(radians));
    const double s = std::abs(std::sin(radians));
    const double widest =
        (available - 2 * kPaperPadding * c - (kPaperPadding + kCaptionHeight) * s) /
        (c + s / aspect);
    const double high = std::max(kMinPhotoWidth, std::min(kMaxPhotoWidth, widest));
    return std::clamp(width, kMinPhotoWidth, high);
}

// Settles the note's width (within the limits and the available width) and outline.
void settle(Note &note, double width, double available)
{
    note.photoWidth = fitWidth(width, note.aspect, note.rotation, available);
    note.boundsSize = turnedSize(paperSize(note.photoWidth, note.aspect), note.rotation);
}

// The placement of a note whose outline's top left corner is at `boundsTopLeft`.
NotePlacement place(const Note &note, QPointF boundsTopLeft)
{
    const QSizeF paper = paperSize(note.photoWidth, note.aspect);
    const QPointF centre =
        boundsTopLeft + QPointF(note.boundsSize.width() / 2, note.boundsSize.height() / 2);
    NotePlacement placement;
    placement.index = note.index;
    placement.itemId = note.key > 0 ? note.key : 0;
    placement.rect = QRectF(centre.x() - paper.width() / 2, centre.y() - paper.height() / 2,
                            paper.width(), paper.height());
    placement.photoRect =
        QRectF(placement.rect.left() + kPaperPadding, placement.rect.top() + kPaperPadding,
               note.photoWidth, note.photoWidth / note.aspect);
    placement.rotation = note.rotation;
    placement.paperColor = note.paperColor;
    placement.pin = note.pin;
    placement.pinColor = note.pinColor;
    return placement;
}

// Where the user put a note (its paper's top left corner), kept on the board.
QPointF handPlacedBounds(const Note &note, QPointF paperTopLeft, double boardWidth)
{
    const QSizeF paper = paperSize(note.photoWidth, note.aspect);
    const double x = paperTopLeft.x() + (paper.width() - note.boundsSize.width()) / 2;
    const double y = paperTopLeft.y() + (paper.height() - note.boundsSize.height()) / 2;
    return {std::clamp(x, 0.0, std::max(0.0, boardWidth - note.boundsSize.width())),
            std::max(0.0, y)};
}

QList<Row> packRows(const QList<Note> &notes, const QList<int> &which, double available, double gap)
{
    QList<Row> rows;
    for (int i : which) {
        const QSizeF size = notes.at(i).boundsSize;
        if (rows.isEmpty() || rows.last().width + gap + size.width() > available)
            rows.append(Row());
        Row &row = rows.last();
        row.width += (row.notes.isEmpty() ? 0.0 : gap) + size.width();
        row.height = std::max(row.height, size.height());
        row.notes.append(i);
    }
    return rows;
}

QColor automaticPinColor(NotePin pin, int draw)
{
    return pin == NotePin::Tape  ? tapeColor()
           : pin == NotePin::Pin ? pinColors().at(std::size_t(draw))
                                 : QColor();
}

double boardHeight(const QList<NotePlacement> &placements)
{
    double bottom = kMargin;
    for (const NotePlacement &placement : placements)
        bottom = std::max(bottom, placement.bounds().bottom());
    return bottom + kMargin;
}

GalleryBoard layoutStrip(QList<Note> &notes, quint32 seed, double boardWidth)
{
    const double available = boardWidth - 2 * kMargin;
    QList<int> all;
    for (Note &note : notes) {
        SeededRandom random = SeededRandom::forKey(seed, note.key, kStripSalt);
        const int widthStep = random.below((kStripMaxWidth - kStripMinWidth) / kStripWidthStep + 1);
        const int pinDraw = random.below(int(pinColors().size()));
        note.rotation = note.look.rotation.value_or(kStripTilts.at(std::size_t(note.index) % 4));
        settle(note, note.look.width.value_or(kStripMinWidth + widthStep * kStripWidthStep),
               available);
        note.paperColor = note.look.paperColor.isValid()
                              ? note.look.paperColor
                              : paperColors().at(std::size_t(note.index) % 4);
        note.pin = note.look.pin == NotePin::Automatic ? NotePin::Tape : note.look.pin;
        note.pinColor = automaticPinColor(note.pin, pinDraw);
        all.append(note.index);
    }
    GalleryBoard board;
    double y = kMargin;
    for (const Row &row : packRows(notes, all, available, kStripGap)) {
        // Rows are centred on the board; notes in a row centred on its middle line.
        double x = kMargin + (available - row.width) / 2;
        for (int i : row.notes) {
            const QSizeF size = notes.at(i).boundsSize;
            board.notes.append(place(notes.at(i), {x, y + (row.height - size.height()) / 2}));
            x += size.width() + kStripGap;
        }
        y += row.height + kStripRowGap;
    }
    board.size = QSizeF(boardWidth, boardHeight(board.notes));
    return board;
}

double worstOverlap(const NotePlacement &candidate, const QList<NotePlacement> &placed)
{
    double worst = 0.0;
    for (const NotePlacement &other : placed)
        worst = std::max(worst, overlapRatio(candidate, other));
    return worst;
}

GalleryBoard layoutBoard(QList<Note> &notes, quint32 seed, double boardWidth)
{
    const double available = boardWidth - 2 * kMargin;
    QList<QPointF> jitter; // -1..1 of the largest scatter, per note
    QList<int> automatic;
    QList<NotePlacement> placed; // in the order they were placed, for the overlap checks
    QList<NotePlacement> placements(notes.size());
    for (Note &note : notes) {
        // Every note draws the same numbers in the same order whatever the user set by hand, so
        // that setting one thing leaves the rest of its look as it was.
        SeededRandom random = SeededRandom::forKey(seed, note.key, kBoardSalt);
        const int widthStep = random.below((kBoardMaxWidth - kBoardMinWidth) / 10 + 1);
        const double tilt = random.between(-kBoardMaxTilt, kBoardMaxTilt);
        const int paperDraw = random.below(int(paperColors().size()));
        const int pinDraw = random.below(int(pinColors().size()));
        const double jx = random.between(-1.0, 1.0);
        const double jy = random.between(-1.0, 1.0);
        jitter.append({jx, jy});
        note.rotation = note.look.rotation.value_or(tilt);
        settle(note, note.look.width.value_or(kBoardMinWidth + widthStep * 10), available);
        note.paperColor = note.look.paperColor.isValid() ? note.look.paperColor
                                                         : paperColors().at(std::size_t(paperDraw));
        note.pin = note.look.pin == NotePin::Automatic ? NotePin::Pin : note.look.pin;
        note.pinColor = automaticPinColor(note.pin, pinDraw);
        if (note.look.position) {
            // Where the user put it, first: the layout's notes find room around it.
            placements[note.index] =
                place(note, handPlacedBounds(note, *note.look.position, boardWidth));
            placed.append(placements.at(note.index));
        } else {
            automatic.append(note.index);
        }
    }

    double y = kMargin;
    for (const Row &row : packRows(notes, automatic, available, kBoardGap)) {
        // The row's free width spread evenly around its notes, so that the board looks full.
        const double notesWidth = row.width - kBoardGap * double(row.notes.size() - 1);
        const double spacing = (available - notesWidth) / double(row.notes.size() + 1);
        double x = kMargin + spacing;
        for (int i : row.notes) {
            const Note &note = notes.at(i);
            const QSizeF size = note.boundsSize;
            const QPointF slot(x, y + (row.height - size.height()) / 2);
            // Scattered from its slot; closer to it while it would cover another note too much.
            std::optional<NotePlacement> accepted;
            for (double scale : {1.0, 0.5, 0.25, 0.0}) {
                const double bx =
                    std::clamp(slot.x() + jitter.at(i).x() * kBoardJitter * size.width() * scale,
                               kMargin / 2, boardWidth - kMargin / 2 - size.width());
                const double by = std::max(kMargin / 2, slot.y() + jitter.at(i).y() * kBoardJitter *
                                                                       size.height() * scale);
                const NotePlacement candidate = place(note, {bx, by});
                if (worstOverlap(candidate, placed) <= kBoardMaxOverlap) {
                    accepted = candidate;
                    break;
                }
            }
            if (!accepted) {
                // Crowded out (by notes placed by hand, or scattered into its slot): below them
                // all, where it covers nothing.
                double bottom = 0.0;
                for (const NotePlacement &other : placed)
                    bottom = std::max(bottom, other.bounds().bottom());
                accepted = place(note, {slot.x(), bottom + kBoardGap});
            }
            placements[i] = *accepted;
            placed.append(*accepted);
            x += size.width() + spacing;
        }
        y += row.height + kBoardGap;
    }
    GalleryBoard board;
    board.notes = placements;
    board.size = QSizeF(boardWidth, boardHeight(board.notes));
    return board;
}

GalleryBoard layoutGrid(QList<Note> &notes, quint32 seed, double boardWidth)
{
    const double available = boardWidth - 2 * kMargin;
    const double cellPaper = kGridPhotoWidth + 2 * kPaperPadding;
    const int columns = std::max(1, int((available + kGridGap) / (cellPaper + kGridGap)));
    const double cellWidth = (available - kGridGap * (columns - 1)) / columns;
    for (Note &note : notes) {
        SeededRandom random = SeededRandom::forKey(seed, note.key, kGridSalt);
        const int pinDraw = random.below(int(pinColors().size()));
        note.rotation = note.look.rotation.value_or(0.0);
        // A note made wider by hand still fits its cell; narrower ones are centred in it.
        const double cellPhoto = cellWidth - 2 * kPaperPadding;
        settle(note, std::min(note.look.width.value_or(cellPhoto), cellPhoto), cellWidth);
        note.paperColor = note.look.paperColor.isValid()
                              ? note.look.paperColor
                              : paperColors().at(std::size_t(note.index) % 4);
        note.pin = note.look.pin == NotePin::Automatic ? NotePin::None : note.look.pin;
        note.pinColor = automaticPinColor(note.pin, pinDraw);
    }
    GalleryBoard board;
    double y = kMargin;
    for (qsizetype start = 0; start < notes.size(); start += columns) {
        const qsizetype end = std::min(notes.size(), start + columns);
        double rowHeight = 0.0;
        for (qsizetype i = start; i < end; ++i)
            rowHeight = std::max(rowHeight, notes.at(i).boundsSize.height());
        for (qsizetype i = start; i < end; ++i) {
            const Note &note = notes.at(i);
            const double cellLeft = kMargin + double(i - start) * (cellWidth + kGridGap);
            board.notes.append(
                place(note, {cellLeft + (cellWidth - note.boundsSize.width()) / 2, y}));
        }
        y += rowHeight + kGridGap;
    }
    board.size = QSizeF(boardWidth, boardHeight(board.notes));
    return board;
}

} // namespace

namespace GalleryLayout {

const std::array<QColor, 4> &paperColors()
{
    static const std::array<QColor, 4> colors = {QColor(0xff, 0xff, 0xcc), QColor(0xcc, 0xff, 0xcc),
                                                 QColor(0xcc, 0xcc, 0xff),
                                                 QColor(0xec, 0xb1, 0xb7)};
    return colors;
}

const std::array<QColor, 4> &pinColors()
{
    static const std::array<QColor, 4> colors = {QColor(0xd0, 0x31, 0x2d), QColor(0x2f, 0x6f, 0xd6),
                                                 QColor(0x3a, 0x9d, 0x4a),
                                                 QColor(0xe8, 0xb9, 0x23)};
    return colors;
}

QColor tapeColor()
{
    return QColor(0xe9, 0xe0, 0xc9);
}

double effectiveAspectRatio(double aspectRatio)
{
    if (!(aspectRatio > 0.0) || !std::isfinite(aspectRatio))
        return kDefaultAspectRatio;
    return std::clamp(aspectRatio, kMinAspectRatio, kMaxAspectRatio);
}

QSizeF paperSize(double photoWidth, double aspectRatio)
{
    return {photoWidth + 2 * kPaperPadding,
            photoWidth / effectiveAspectRatio(aspectRatio) + kPaperPadding + kCaptionHeight};
}

GalleryBoard layout(GalleryStyle style, quint32 seed, const QList<NoteInput> &inputs,
                    int boardWidth)
{
    QList<Note> notes;
    notes.reserve(inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        Note note;
        note.index = int(i);
        // A note not stored yet draws as its place in the order.
        note.key = inputs.at(i).itemId != 0 ? inputs.at(i).itemId : -(i + 1);
        note.aspect = effectiveAspectRatio(inputs.at(i).aspectRatio);
        note.look = inputs.at(i).look;
        notes.append(note);
    }
    const double width = std::max(boardWidth, kMinBoardWidth);
    switch (style) {
    case GalleryStyle::Board:
        return layoutBoard(notes, seed, width);
    case GalleryStyle::Grid:
        return layoutGrid(notes, seed, width);
    case GalleryStyle::Strip:
        break;
    }
    return layoutStrip(notes, seed, width);
}

double overlapRatio(const NotePlacement &a, const NotePlacement &b)
{
    const QRectF first = a.bounds();
    const QRectF second = b.bounds();
    const double smaller =
        std::min(first.width() * first.height(), second.width() * second.height());
    const QRectF shared = first.intersected(second);
    if (smaller <= 0.0 || shared.isEmpty())
        return 0.0;
    return shared.width() * shared.height() / smaller;
}

int nearestNote(const GalleryBoard &board, QPointF centre)
{
    int nearest = -1;
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < board.notes.size(); ++i) {
        const QPointF d = board.notes.at(i).rect.center() - centre;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance < best) {
            best = distance;
            nearest = int(i);
        }
    }
    return nearest;
}

} // namespace GalleryLayout
