#pragma once

#include "core/galleries/gallery.h"
#include "core/galleries/galleryitem.h"
#include "core/galleries/gallerynote.h"

#include <QList>
#include <QString>

#include <optional>

class CatalogConnection;

// The SQL of galleries: the galleries and gallery_items tables. Bound to one connection, so to
// one thread. Used by GalleryService on the GUI's connection (and by an export on its own).
class GalleryRepository
{
public:
    explicit GalleryRepository(const CatalogConnection &connection);

    QList<Gallery> list() const; // in the order they were made
    QList<Gallery> listOfEvent(qint64 eventId) const;
    std::optional<Gallery> gallery(qint64 galleryId) const;
    // The ids the next inserts without an id get (AUTOINCREMENT never hands out an id twice).
    qint64 nextGalleryId() const;
    qint64 nextItemId() const;

    // With id 0 a new id is taken; otherwise that id (undo brings a gallery back as it was).
    // Returns the id, or 0 on error.
    qint64 insertGallery(const Gallery &gallery);
    bool updateGallery(const Gallery &gallery);
    bool removeGallery(qint64 galleryId); // its items go with it

    QList<GalleryItem> items(qint64 galleryId) const; // in order
    std::optional<GalleryItem> item(qint64 itemId) const;
    // The items with what their photos are now, in order.
    QList<GalleryNote> notes(qint64 galleryId) const;
    std::optional<GalleryNote> note(qint64 itemId) const;
    // As insertGallery(). A photo no longer in the catalog is written as none (the note stays).
    qint64 insertItem(const GalleryItem &item);
    bool updateItem(const GalleryItem &item);
    bool removeItem(qint64 itemId);

    // Those of these photos that are in the catalog, in the order given, each once.
    QList<qint64> existingPhotos(const QList<qint64> &photoIds) const;
    bool eventExists(qint64 eventId) const;

    QString lastError() const { return m_lastError; }

private:
    QList<Gallery> selectGalleries(const QString &where, const QVariantList &values) const;
    QList<GalleryNote> selectNotes(const QString &where, const QVariantList &values) const;
    qint64 nextId(const QString &table) const;

    const CatalogConnection &m_connection;
    mutable QString m_lastError;
};
