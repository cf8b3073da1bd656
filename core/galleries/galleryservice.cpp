#include "core/galleries/galleryservice.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/transaction.h"
#include "core/galleries/gallerylayout.h"
#include "core/galleries/galleryrepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// Both sides of every item that differs between `before` and `after` (matched by id): new
// ones, removed ones and changed ones.
void addItemChanges(GalleryEdit &edit, const QList<GalleryItem> &before,
                    const QList<GalleryItem> &after)
{
    QHash<qint64, GalleryItem> old;
    for (const GalleryItem &item : before)
        old.insert(item.id, item);
    for (const GalleryItem &item : after) {
        const auto it = old.constFind(item.id);
        if (it == old.cend()) {
            edit.itemsBefore.insert(item.id, std::nullopt);
            edit.itemsAfter.insert(item.id, item);
            continue;
        }
        if (it.value() != item) {
            edit.itemsBefore.insert(item.id, it.value());
            edit.itemsAfter.insert(item.id, item);
        }
        old.erase(it);
    }
    for (const GalleryItem &item : std::as_const(old)) {
        edit.itemsBefore.insert(item.id, item);
        edit.itemsAfter.insert(item.id, std::nullopt);
    }
}

void renumber(QList<GalleryItem> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i].position = int(i);
}

// (-180, 180]: one number for each way a note can be turned.
double normalizedDegrees(double degrees)
{
    double turned = std::fmod(degrees, 360.0);
    if (turned > 180.0)
        turned -= 360.0;
    else if (turned <= -180.0)
        turned += 360.0;
    return turned;
}

} // namespace

GalleryService::GalleryService(const CatalogConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_repository(std::make_unique<GalleryRepository>(connection))
{}

GalleryService::~GalleryService() = default;

QList<Gallery> GalleryService::galleries() const
{
    return m_repository->list();
}

QList<Gallery> GalleryService::galleriesOfEvent(qint64 eventId) const
{
    return m_repository->listOfEvent(eventId);
}

std::optional<Gallery> GalleryService::gallery(qint64 galleryId) const
{
    return m_repository->gallery(galleryId);
}

QList<GalleryNote> GalleryService::notes(qint64 galleryId) const
{
    return m_repository->notes(galleryId);
}

std::optional<GalleryNote> GalleryService::note(qint64 itemId) const
{
    return m_repository->note(itemId);
}

GalleryBoard GalleryService::board(qint64 galleryId) const
{
    const std::optional<Gallery> found = m_repository->gallery(galleryId);
    if (!found)
        return {};
    return board(*found, m_repository->notes(galleryId));
}

GalleryBoard GalleryService::board(const Gallery &gallery, const QList<GalleryNote> &notes)
{
    return GalleryLayout::layout(gallery.style, gallery.seed, layoutInputs(notes),
                                 gallery.boardWidth);
}

QList<NoteInput> GalleryService::layoutInputs(const QList<GalleryNote> &notes)
{
    QList<NoteInput> inputs;
    inputs.reserve(notes.size());
    for (const GalleryNote &note : notes)
        inputs.append({note.item.id, note.aspectRatio(), note.item.look});
    return inputs;
}

QString GalleryService::displayTitle(const Gallery &gallery)
{
    return gallery.title.isEmpty() ? tr("Untitled Gallery") : gallery.title;
}

quint32 GalleryService::randomSeed()
{
    return QRandomGenerator::global()->generate();
}

GalleryEdit GalleryService::editGallery(qint64 galleryId, const QString &text,
                                        const std::function<void(Gallery &)> &change) const
{
    const std::optional<Gallery> before = m_repository->gallery(galleryId);
    if (!before) {
        m_lastError = tr("The gallery no longer exists.");
        return {};
    }
    Gallery after = *before;
    change(after);
    GalleryEdit edit;
    if (after == *before)
        return edit;
    edit.text = text;
    edit.galleriesBefore.insert(galleryId, before);
    edit.galleriesAfter.insert(galleryId, after);
    return edit;
}

GalleryEdit GalleryService::editItems(const QList<qint64> &itemIds, const QString &text,
                                      const std::function<void(GalleryItem &)> &change) const
{
    GalleryEdit edit;
    for (qint64 id : itemIds) {
        const std::optional<GalleryItem> before = m_repository->item(id);
        if (!before) {
            m_lastError = tr("The note no longer exists.");
            return {};
        }
        GalleryItem after = *before;
        change(after);
        if (after != *before) {
            edit.itemsBefore.insert(id, before);
            edit.itemsAfter.insert(id, after);
        }
    }
    if (!edit.itemsAfter.isEmpty())
        edit.text = text;
    return edit;
}

GalleryEdit GalleryService::reorderedItems(qint64 galleryId, QList<GalleryItem> items,
                                           const QString &text) const
{
    renumber(items);
    GalleryEdit edit;
    addItemChanges(edit, m_repository->items(galleryId), items);
    if (!edit.isEmpty())
        edit.text = text;
    return edit;
}

GalleryEdit GalleryService::createFromPhotos(const QList<qint64> &photoIds, const QString &title,
                                             qint64 eventId, GalleryStyle style) const
{
    const QList<qint64> photos = m_repository->existingPhotos(photoIds);
    if (photos.isEmpty()) {
        m_lastError = tr("Select the photos the new gallery holds.");
        return {};
    }
    if (eventId != 0 && !m_repository->eventExists(eventId)) {
        m_lastError = tr("The event no longer exists.");
        return {};
    }
    Gallery gallery;
    gallery.id = m_repository->nextGalleryId();
    gallery.eventId = eventId;
    gallery.title = title.trimmed();
    gallery.style = style;
    gallery.seed = randomSeed();
    GalleryEdit edit;
    edit.text = tr("New Gallery from %n Photo(s)", nullptr, int(photos.size()));
    edit.galleriesBefore.insert(gallery.id, std::nullopt);
    edit.galleriesAfter.insert(gallery.id, gallery);
    QList<GalleryItem> items;
    const qint64 firstItemId = m_repository->nextItemId();
    for (qint64 photoId : photos) {
        GalleryItem item;
        item.id = firstItemId + items.size();
        item.galleryId = gallery.id;
        item.photoId = photoId;
        items.append(item);
    }
    renumber(items);
    addItemChanges(edit, {}, items);
    edit.focusGalleryId = gallery.id;
    return edit;
}

GalleryEdit GalleryService::rename(qint64 galleryId, const QString &title) const
{
    return editGallery(galleryId, tr("Rename Gallery"),
                       [&](Gallery &gallery) { gallery.title = title.trimmed(); });
}

GalleryEdit GalleryService::setStyle(qint64 galleryId, GalleryStyle style) const
{
    return editGallery(galleryId, tr("Change Gallery Style"),
                       [&](Gallery &gallery) { gallery.style = style; });
}

GalleryEdit GalleryService::setEvent(qint64 galleryId, qint64 eventId) const
{
    if (eventId != 0 && !m_repository->eventExists(eventId)) {
        m_lastError = tr("The event no longer exists.");
        return {};
    }
    return editGallery(galleryId, tr("Change Gallery Event"),
                       [&](Gallery &gallery) { gallery.eventId = eventId; });
}

GalleryEdit GalleryService::reshuffle(qint64 galleryId, std::optional<quint32> seed) const
{
    const std::optional<Gallery> before = m_repository->gallery(galleryId);
    if (!before) {
        m_lastError = tr("The gallery no longer exists.");
        return {};
    }
    Gallery after = *before;
    // Shuffling must show: without a given seed, never the one it had.
    if (seed)
        after.seed = *seed;
    while (!seed && after.seed == before->seed)
        after.seed = randomSeed();
    GalleryEdit edit;
    if (after != *before) {
        edit.galleriesBefore.insert(galleryId, before);
        edit.galleriesAfter.insert(galleryId, after);
    }
    const QList<GalleryItem> items = m_repository->items(galleryId);
    QList<GalleryItem> shuffled = items;
    for (GalleryItem &item : shuffled) {
        item.look.position.reset();
        item.look.rotation.reset();
        item.look.width.reset();
    }
    addItemChanges(edit, items, shuffled);
    if (!edit.isEmpty())
        edit.text = tr("Reshuffle Gallery");
    return edit;
}

GalleryEdit GalleryService::addPhotos(qint64 galleryId, const QList<qint64> &photoIds,
                                      int index) const
{
    if (!m_repository->gallery(galleryId)) {
        m_lastError = tr("The gallery no longer exists.");
        return {};
    }
    QList<GalleryItem> items = m_repository->items(galleryId);
    QSet<qint64> present;
    for (const GalleryItem &item : std::as_const(items))
        present.insert(item.photoId);
    QList<GalleryItem> added;
    const qint64 firstItemId = m_repository->nextItemId();
    for (qint64 photoId : m_repository->existingPhotos(photoIds)) {
        if (present.contains(photoId))
            continue;
        GalleryItem item;
        item.id = firstItemId + added.size();
        item.galleryId = galleryId;
        item.photoId = photoId;
        added.append(item);
    }
    if (added.isEmpty())
        return {};
    const qsizetype at = index < 0 || index > items.size() ? items.size() : index;
    for (qsizetype i = 0; i < added.size(); ++i)
        items.insert(at + i, added.at(i));
    return reorderedItems(galleryId, items,
                          tr("Add %n Photo(s) to Gallery", nullptr, int(added.size())));
}

GalleryEdit GalleryService::removeItems(const QList<qint64> &itemIds) const
{
    // Grouped by gallery: each one's remaining notes close up the order.
    QMap<qint64, QSet<qint64>> removed;
    for (qint64 id : itemIds) {
        const std::optional<GalleryItem> item = m_repository->item(id);
        if (!item) {
            m_lastError = tr("The note no longer exists.");
            return {};
        }
        removed[item->galleryId].insert(id);
    }
    GalleryEdit edit;
    int count = 0;
    for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
        const QList<GalleryItem> before = m_repository->items(it.key());
        QList<GalleryItem> after;
        for (const GalleryItem &item : before) {
            if (!it.value().contains(item.id))
                after.append(item);
        }
        count += int(before.size() - after.size());
        renumber(after);
        addItemChanges(edit, before, after);
    }
    if (!edit.isEmpty())
        edit.text = tr("Remove %n Note(s)", nullptr, count);
    return edit;
}

GalleryEdit GalleryService::moveItem(qint64 itemId, QPointF topLeft) const
{
    const std::optional<GalleryItem> item = m_repository->item(itemId);
    const std::optional<Gallery> gallery =
        item ? m_repository->gallery(item->galleryId) : std::nullopt;
    if (!item || !gallery) {
        m_lastError = tr("The note no longer exists.");
        return {};
    }
    QList<GalleryNote> notes = m_repository->notes(gallery->id);
    const auto self = std::find_if(notes.begin(), notes.end(), [itemId](const GalleryNote &note) {
        return note.item.id == itemId;
    });
    const int index = int(self - notes.begin());
    if (gallery->style == GalleryStyle::Board) {
        // Stored where the layout draws it, so that what the user sees is what is kept.
        self->item.look.position = topLeft;
        const GalleryBoard laidOut = board(*gallery, notes);
        const QPointF drawn = laidOut.notes.at(index).rect.topLeft();
        return editItems({itemId}, tr("Move Note"),
                         [&](GalleryItem &moved) { moved.look.position = drawn; });
    }
    const GalleryBoard laidOut = board(*gallery, notes);
    const QPointF centre = topLeft + QPointF(laidOut.notes.at(index).rect.width() / 2,
                                             laidOut.notes.at(index).rect.height() / 2);
    return reorderItem(itemId, GalleryLayout::nearestNote(laidOut, centre));
}

GalleryEdit GalleryService::reorderItem(qint64 itemId, int index) const
{
    const std::optional<GalleryItem> item = m_repository->item(itemId);
    if (!item) {
        m_lastError = tr("The note no longer exists.");
        return {};
    }
    QList<GalleryItem> items = m_repository->items(item->galleryId);
    const qsizetype from = std::find_if(items.cbegin(), items.cend(),
                                        [itemId](const GalleryItem &i) { return i.id == itemId; }) -
                           items.cbegin();
    const qsizetype to = std::clamp<qsizetype>(index, 0, items.size() - 1);
    items.move(from, to);
    return reorderedItems(item->galleryId, items, tr("Move Note"));
}

GalleryEdit GalleryService::rotateItem(qint64 itemId, std::optional<double> degrees) const
{
    if (degrees)
        degrees = normalizedDegrees(*degrees);
    return editItems({itemId}, tr("Rotate Note"),
                     [&](GalleryItem &item) { item.look.rotation = degrees; });
}

GalleryEdit GalleryService::resizeItem(qint64 itemId, std::optional<double> width) const
{
    if (width)
        width = std::clamp(*width, GalleryLayout::kMinPhotoWidth, GalleryLayout::kMaxPhotoWidth);
    return editItems({itemId}, tr("Resize Note"),
                     [&](GalleryItem &item) { item.look.width = width; });
}

GalleryEdit GalleryService::setCaption(qint64 itemId, const QString &caption) const
{
    return editItems({itemId}, tr("Edit Caption"),
                     [&](GalleryItem &item) { item.caption = caption.trimmed(); });
}

GalleryEdit GalleryService::setPaperColor(const QList<qint64> &itemIds, const QColor &color) const
{
    // As the catalog keeps it (#rrggbb), so that an edit compares equal to what it wrote.
    const QColor paper = color.isValid() ? QColor(color.rgb()) : QColor();
    return editItems(itemIds, tr("Change Note Color"),
                     [&](GalleryItem &item) { item.look.paperColor = paper; });
}

GalleryEdit GalleryService::setPin(const QList<qint64> &itemIds, NotePin pin) const
{
    return editItems(itemIds, tr("Change Note Pin"),
                     [&](GalleryItem &item) { item.look.pin = pin; });
}

GalleryEdit GalleryService::deleteGallery(qint64 galleryId) const
{
    const std::optional<Gallery> gallery = m_repository->gallery(galleryId);
    if (!gallery) {
        m_lastError = tr("The gallery no longer exists.");
        return {};
    }
    GalleryEdit edit;
    edit.text = tr("Delete Gallery");
    edit.galleriesBefore.insert(galleryId, gallery);
    edit.galleriesAfter.insert(galleryId, std::nullopt);
    addItemChanges(edit, m_repository->items(galleryId), {});
    return edit;
}

bool GalleryService::apply(const GalleryEdit &edit, bool forward)
{
    const auto &galleries = forward ? edit.galleriesAfter : edit.galleriesBefore;
    const auto &items = forward ? edit.itemsAfter : edit.itemsBefore;
    Transaction transaction(m_connection.database());
    if (!transaction.isActive()) {
        m_lastError = transaction.beginError();
        return false;
    }
    // Galleries first (items may belong to a new one), then the items that go, then the others,
    // then the galleries that go.
    for (auto it = galleries.cbegin(); it != galleries.cend(); ++it) {
        if (!it.value())
            continue;
        Gallery gallery = *it.value();
        gallery.id = it.key();
        const bool exists = m_repository->gallery(gallery.id).has_value();
        if (exists ? !m_repository->updateGallery(gallery)
                   : m_repository->insertGallery(gallery) == 0) {
            m_lastError = m_repository->lastError();
            return false;
        }
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (!it.value() && !m_repository->removeItem(it.key())) {
            m_lastError = m_repository->lastError();
            return false;
        }
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (!it.value())
            continue;
        GalleryItem item = *it.value();
        item.id = it.key();
        const bool exists = m_repository->item(item.id).has_value();
        if (exists ? !m_repository->updateItem(item) : m_repository->insertItem(item) == 0) {
            m_lastError = m_repository->lastError();
            return false;
        }
    }
    for (auto it = galleries.cbegin(); it != galleries.cend(); ++it) {
        if (!it.value() && !m_repository->removeGallery(it.key())) {
            m_lastError = m_repository->lastError();
            return false;
        }
    }
    const QString error = transaction.commit();
    if (!error.isEmpty()) {
        m_lastError = error;
        return false;
    }

    QSet<qint64> touched;
    for (auto it = edit.galleriesAfter.cbegin(); it != edit.galleriesAfter.cend(); ++it)
        touched.insert(it.key());
    for (const auto *side : {&edit.itemsBefore, &edit.itemsAfter}) {
        for (const std::optional<GalleryItem> &item : *side) {
            if (item)
                touched.insert(item->galleryId);
        }
    }
    if (edit.galleriesBefore != edit.galleriesAfter)
        emit galleriesChanged();
    QList<qint64> ids(touched.cbegin(), touched.cend());
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        emit galleryChanged(id);
    return true;
}
