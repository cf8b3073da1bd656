#pragma once

#include "core/galleries/noteplacement.h"

#include <QList>
#include <QSizeF>

// A gallery laid out: the board's size and every note on it, in the gallery's order.
struct GalleryBoard
{
    QSizeF size; // the gallery's board width; as tall as its notes need
    QList<NotePlacement> notes;

    friend bool operator==(const GalleryBoard &, const GalleryBoard &) = default;
};
