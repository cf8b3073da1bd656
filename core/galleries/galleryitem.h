#pragma once

#include "core/galleries/notelook.h"

#include <QString>

// One note of a gallery as the catalog stores it: a photo, its caption and its look.
struct GalleryItem
{
    qint64 id = 0;
    qint64 galleryId = 0;
    // 0: the photo was removed from the catalog; the note stays, saying so.
    qint64 photoId = 0;
    int position = 0; // its place in the gallery's order, from 0
    QString caption;
    NoteLook look;

    friend bool operator==(const GalleryItem &, const GalleryItem &) = default;
};
