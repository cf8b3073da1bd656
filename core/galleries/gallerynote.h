#pragma once

#include "core/galleries/galleryitem.h"

#include <QSize>
#include <QString>

// One note with what its photo is now, as the board and the export read it: a note whose photo
// is missing from disk, unreadable or gone from the catalog still shows, saying which.
struct GalleryNote
{
    enum class PhotoState
    {
        Ok,
        Missing,    // the file is gone from disk (photos.state 1)
        Unreadable, // the file is there but cannot be read (photos.state 2)
        Gone,       // the photo was removed from the catalog
    };

    GalleryItem item;
    PhotoState photoState = PhotoState::Ok;
    QString path;        // empty when gone
    QSize displayedSize; // the photo upright (orientation applied); empty when unknown

    bool hasPhoto() const { return photoState == PhotoState::Ok; }
    // Width over height of the photo as seen; 0 when unknown (the layout assumes 4:3).
    double aspectRatio() const
    {
        return displayedSize.isEmpty() ? 0.0
                                       : double(displayedSize.width()) / displayedSize.height();
    }
};
