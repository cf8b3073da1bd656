#pragma once

#include "core/catalog/catalog.h"
#include "core/galleries/galleryservice.h"
#include "core/thumbnails/thumbnailservice.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

// A catalog of small real photos (JPEGs of three shapes, so thumbnails can be made) with a
// GalleryService, an undo stack and a ThumbnailService, as the window has them.
class GalleryTestCatalog
{
public:
    explicit GalleryTestCatalog(int photoCount);

    QString error() const { return m_error; }
    Catalog &catalog() { return *m_catalog; }
    GalleryService &service() { return *m_service; }
    QUndoStack &undoStack() { return m_undoStack; }
    ThumbnailService &thumbnails() { return *m_thumbnails; }
    const QList<qint64> &photos() const { return m_photos; }
    QString folder() const { return m_dir.path(); }

    // A gallery of the first `count` photos, made through the undo stack; 0 on error.
    qint64 newGallery(int count, GalleryStyle style);

private:
    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<GalleryService> m_service;
    std::unique_ptr<ThumbnailService> m_thumbnails;
    QUndoStack m_undoStack;
    QList<qint64> m_photos;
};
