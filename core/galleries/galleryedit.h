#pragma once

#include "core/galleries/gallery.h"
#include "core/galleries/galleryitem.h"

#include <QMap>
#include <QString>

#include <optional>

// One change the user makes to galleries, as the state before and after it of everything it
// touches: galleries and their items (nullopt: does not exist on that side). Applying "after"
// does it; applying "before" undoes it. Built by GalleryService, carried by GalleryEditCommand.
struct GalleryEdit
{
    QString text; // for the Edit menu: "Rename Gallery", "Remove 3 Notes"
    QMap<qint64, std::optional<Gallery>> galleriesBefore;
    QMap<qint64, std::optional<Gallery>> galleriesAfter;
    QMap<qint64, std::optional<GalleryItem>> itemsBefore;
    QMap<qint64, std::optional<GalleryItem>> itemsAfter;
    // The gallery the UI should show once the edit is done (a new one); 0: stay.
    qint64 focusGalleryId = 0;

    bool isEmpty() const { return galleriesBefore == galleriesAfter && itemsBefore == itemsAfter; }
};
