#pragma once

#include "core/galleries/gallery.h"
#include "core/galleries/galleryboard.h"
#include "core/galleries/galleryedit.h"
#include "core/galleries/gallerynote.h"
#include "core/galleries/noteinput.h"

#include <QList>
#include <QObject>
#include <QPointF>

#include <functional>
#include <memory>
#include <optional>

class CatalogConnection;
class GalleryRepository;

// Everything the app does with sticky-note galleries, on the GUI thread's catalog connection:
// reading them and their boards, building edits (each a before/after GalleryEdit, so that
// GalleryEditCommand can undo it) and applying them. The UI never writes galleries otherwise.
class GalleryService : public QObject
{
    Q_OBJECT

public:
    explicit GalleryService(const CatalogConnection &connection, QObject *parent = nullptr);
    ~GalleryService() override;

    // Reading.
    QList<Gallery> galleries() const; // in the order they were made
    QList<Gallery> galleriesOfEvent(qint64 eventId) const;
    std::optional<Gallery> gallery(qint64 galleryId) const;
    // The notes in order, each with its photo's state (missing, unreadable, gone) and shape.
    QList<GalleryNote> notes(qint64 galleryId) const;
    std::optional<GalleryNote> note(qint64 itemId) const;
    // The gallery laid out (GalleryLayout): what the board and the export draw. Empty when the
    // gallery does not exist.
    GalleryBoard board(qint64 galleryId) const;
    static GalleryBoard board(const Gallery &gallery, const QList<GalleryNote> &notes);
    static QList<NoteInput> layoutInputs(const QList<GalleryNote> &notes);
    // Its title, or "Untitled Gallery" while it has none.
    static QString displayTitle(const Gallery &gallery);
    QString lastError() const { return m_lastError; }

    // Building edits. Each returns an empty edit when nothing would change or on an error
    // (lastError() says which). Nothing is written until apply().
    //
    // A new gallery of these photos (in this order, each once), with a new seed. eventId 0: it
    // stands alone.
    GalleryEdit createFromPhotos(const QList<qint64> &photoIds, const QString &title = {},
                                 qint64 eventId = 0,
                                 GalleryStyle style = GalleryStyle::Strip) const;
    GalleryEdit rename(qint64 galleryId, const QString &title) const;
    GalleryEdit setStyle(qint64 galleryId, GalleryStyle style) const;
    GalleryEdit setEvent(qint64 galleryId, qint64 eventId) const; // 0: stands alone
    // A new seed (a random one, different from the last, when none is given), and every note
    // placed, turned or resized by hand goes back to the layout. Colours, pins and captions stay.
    GalleryEdit reshuffle(qint64 galleryId, std::optional<quint32> seed = std::nullopt) const;
    // Notes for these photos at `index` (-1: at the end); photos already in it are left out.
    GalleryEdit addPhotos(qint64 galleryId, const QList<qint64> &photoIds, int index = -1) const;
    GalleryEdit removeItems(const QList<qint64> &itemIds) const;
    // A note dropped with its paper's top left corner at `topLeft`: on a board it stays there (kept
    // on the board); in a strip or a grid it snaps to the place of the note nearest to where it
    // was dropped, and the others move up or down the order.
    GalleryEdit moveItem(qint64 itemId, QPointF topLeft) const;
    GalleryEdit reorderItem(qint64 itemId, int index) const;
    // Degrees clockwise, or nullopt: the layout's again.
    GalleryEdit rotateItem(qint64 itemId, std::optional<double> degrees) const;
    // The photo's width on the note, or nullopt: the layout's again.
    GalleryEdit resizeItem(qint64 itemId, std::optional<double> width) const;
    GalleryEdit setCaption(qint64 itemId, const QString &caption) const;
    // An invalid colour: the layout's again. Paper is opaque: alpha is dropped.
    GalleryEdit setPaperColor(const QList<qint64> &itemIds, const QColor &color) const;
    GalleryEdit setPin(const QList<qint64> &itemIds, NotePin pin) const;
    GalleryEdit deleteGallery(qint64 galleryId) const;

    // Writes one side of an edit (after when forward, before when not) in one transaction and
    // signals. False (nothing written) on error.
    bool apply(const GalleryEdit &edit, bool forward);

signals:
    // A gallery was made, deleted, renamed or otherwise changed in itself (not in its notes).
    void galleriesChanged();
    // Anything of this gallery changed: itself, or its notes.
    void galleryChanged(qint64 galleryId);

private:
    GalleryEdit editGallery(qint64 galleryId, const QString &text,
                            const std::function<void(Gallery &)> &change) const;
    // The items of one or more galleries changed in place; they must all exist.
    GalleryEdit editItems(const QList<qint64> &itemIds, const QString &text,
                          const std::function<void(GalleryItem &)> &change) const;
    // A gallery's items in a new order (and with new or without removed ones), renumbered.
    GalleryEdit reorderedItems(qint64 galleryId, QList<GalleryItem> items,
                               const QString &text) const;
    static quint32 randomSeed();

    const CatalogConnection &m_connection;
    std::unique_ptr<GalleryRepository> m_repository;
    mutable QString m_lastError;
};
