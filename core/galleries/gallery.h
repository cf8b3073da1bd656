#pragma once

#include <QString>

#include <optional>

// How a gallery's notes are laid out (GalleryLayout). The values are stored in the catalog.
enum class GalleryStyle
{
    Strip = 0, // rows of tilted notes of varied widths, as the sticky-note blog posts show them
    Board = 1, // scattered and overlapping a little, like a cork board
    Grid = 2,  // straight rows and columns, for those who want order
};

// "strip", "board", "grid": the style in exports and on the command line.
QString galleryStyleName(GalleryStyle style);
std::optional<GalleryStyle> galleryStyleFromName(QStringView name);

// One sticky-note gallery as the catalog stores it. Its notes are GalleryItems.
struct Gallery
{
    // A blog page's content column and a bit: what the strips of the reference posts span.
    static constexpr int kDefaultBoardWidth = 1200;

    qint64 id = 0;
    qint64 eventId = 0; // 0: stands alone (or its event was deleted)
    QString title;      // empty until named: the UI shows "Untitled Gallery"
    GalleryStyle style = GalleryStyle::Strip;
    // Everything the layout draws by chance comes from this: the same seed, the same picture.
    quint32 seed = 0;
    int boardWidth = kDefaultBoardWidth; // in board units (CSS pixels in an export)

    friend bool operator==(const Gallery &, const Gallery &) = default;
};
