#include "core/galleries/galleryrepository.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/sqlidlist.h"
#include "core/imaging/exiforientation.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString galleryColumns = QStringLiteral("id, event_id, title, style, seed, board_width");
const QString itemColumns = QStringLiteral(
    "i.id, i.gallery_id, i.photo_id, i.position, i.caption, i.width, i.rotation, i.x, i.y, "
    "i.paper_color, i.pin");

Gallery readGallery(const QSqlQuery &query)
{
    Gallery gallery;
    gallery.id = query.value(0).toLongLong();
    gallery.eventId = query.value(1).toLongLong();
    gallery.title = query.value(2).toString();
    const int style = query.value(3).toInt();
    gallery.style = style == 1   ? GalleryStyle::Board
                    : style == 2 ? GalleryStyle::Grid
                                 : GalleryStyle::Strip;
    gallery.seed = quint32(query.value(4).toLongLong());
    gallery.boardWidth = query.value(5).toInt();
    return gallery;
}

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// Reads itemColumns from `first` on.
GalleryItem readItem(const QSqlQuery &query, int first = 0)
{
    GalleryItem item;
    item.id = query.value(first).toLongLong();
    item.galleryId = query.value(first + 1).toLongLong();
    item.photoId = query.value(first + 2).toLongLong();
    item.position = query.value(first + 3).toInt();
    item.caption = query.value(first + 4).toString();
    item.look.width = optionalReal(query.value(first + 5));
    item.look.rotation = optionalReal(query.value(first + 6));
    if (!query.value(first + 7).isNull() && !query.value(first + 8).isNull())
        item.look.position =
            QPointF(query.value(first + 7).toDouble(), query.value(first + 8).toDouble());
    const QString color = query.value(first + 9).toString();
    item.look.paperColor = color.isEmpty() ? QColor() : QColor::fromString(color);
    const int pin = query.value(first + 10).toInt();
    item.look.pin = pin == 1   ? NotePin::Pin
                    : pin == 2 ? NotePin::Tape
                    : pin == 3 ? NotePin::None
                               : NotePin::Automatic;
    return item;
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QVariant nullOr(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, empty by default.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Binds what follows the id in an INSERT or an UPDATE of an item.
void bindItem(QSqlQuery &query, const GalleryItem &item)
{
    query.addBindValue(item.galleryId);
    query.addBindValue(nullIfZero(item.photoId));
    query.addBindValue(item.position);
    query.addBindValue(notNull(item.caption));
    query.addBindValue(nullOr(item.look.width));
    query.addBindValue(nullOr(item.look.rotation));
    query.addBindValue(item.look.position ? QVariant(item.look.position->x()) : QVariant());
    query.addBindValue(item.look.position ? QVariant(item.look.position->y()) : QVariant());
    query.addBindValue(item.look.paperColor.isValid() ? QVariant(item.look.paperColor.name())
                                                      : QVariant());
    query.addBindValue(int(item.look.pin));
}

} // namespace

GalleryRepository::GalleryRepository(const CatalogConnection &connection)
    : m_connection(connection)
{}

QList<Gallery> GalleryRepository::selectGalleries(const QString &where,
                                                  const QVariantList &values) const
{
    QList<Gallery> galleries;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM galleries %2 ORDER BY id").arg(galleryColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return galleries;
    }
    while (query.next())
        galleries.append(readGallery(query));
    return galleries;
}

QList<Gallery> GalleryRepository::list() const
{
    return selectGalleries({}, {});
}

QList<Gallery> GalleryRepository::listOfEvent(qint64 eventId) const
{
    return selectGalleries(QStringLiteral("WHERE event_id = ?"), {eventId});
}

std::optional<Gallery> GalleryRepository::gallery(qint64 galleryId) const
{
    const QList<Gallery> found = selectGalleries(QStringLiteral("WHERE id = ?"), {galleryId});
    return found.isEmpty() ? std::nullopt : std::optional<Gallery>(found.constFirst());
}

qint64 GalleryRepository::nextId(const QString &table) const
{
    QSqlQuery query(m_connection.database());
    qint64 last = 0;
    query.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
    query.addBindValue(table);
    if (query.exec() && query.next())
        last = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT max(id) FROM %1").arg(table)) && query.next())
        last = std::max(last, query.value(0).toLongLong());
    return last + 1;
}

qint64 GalleryRepository::nextGalleryId() const
{
    return nextId(QStringLiteral("galleries"));
}

qint64 GalleryRepository::nextItemId() const
{
    return nextId(QStringLiteral("gallery_items"));
}

qint64 GalleryRepository::insertGallery(const Gallery &gallery)
{
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("INSERT INTO galleries (%1) VALUES (?, ?, ?, ?, ?, ?)").arg(galleryColumns));
    query.addBindValue(nullIfZero(gallery.id));
    query.addBindValue(nullIfZero(gallery.eventId));
    query.addBindValue(notNull(gallery.title));
    query.addBindValue(int(gallery.style));
    query.addBindValue(qint64(gallery.seed));
    query.addBindValue(gallery.boardWidth);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool GalleryRepository::updateGallery(const Gallery &gallery)
{
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("UPDATE galleries SET event_id = ?, title = ?, style = ?, seed = ?, "
                       "board_width = ? WHERE id = ?"));
    query.addBindValue(nullIfZero(gallery.eventId));
    query.addBindValue(notNull(gallery.title));
    query.addBindValue(int(gallery.style));
    query.addBindValue(qint64(gallery.seed));
    query.addBindValue(gallery.boardWidth);
    query.addBindValue(gallery.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool GalleryRepository::removeGallery(qint64 galleryId)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM galleries WHERE id = ?"));
    query.addBindValue(galleryId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<GalleryItem> GalleryRepository::items(qint64 galleryId) const
{
    QList<GalleryItem> items;
    for (const GalleryNote &note : notes(galleryId))
        items.append(note.item);
    return items;
}

std::optional<GalleryItem> GalleryRepository::item(qint64 itemId) const
{
    const std::optional<GalleryNote> found = note(itemId);
    return found ? std::optional<GalleryItem>(found->item) : std::nullopt;
}

QList<GalleryNote> GalleryRepository::selectNotes(const QString &where,
                                                  const QVariantList &values) const
{
    QList<GalleryNote> notes;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, p.state, p.path, p.width, p.height, p.orientation "
                                 "FROM gallery_items i LEFT JOIN photos p ON p.id = i.photo_id "
                                 "%2 ORDER BY i.position, i.id")
                      .arg(itemColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return notes;
    }
    while (query.next()) {
        GalleryNote note;
        note.item = readItem(query);
        if (query.value(11).isNull()) {
            note.photoState = GalleryNote::PhotoState::Gone;
        } else {
            const int state = query.value(11).toInt();
            note.photoState = state == 1   ? GalleryNote::PhotoState::Missing
                              : state == 2 ? GalleryNote::PhotoState::Unreadable
                                           : GalleryNote::PhotoState::Ok;
            note.path = query.value(12).toString();
            const QSize stored(query.value(13).toInt(), query.value(14).toInt());
            note.displayedSize = ExifOrientation::displayedSize(
                stored, query.value(15).isNull() ? 1 : query.value(15).toInt());
        }
        notes.append(note);
    }
    return notes;
}

QList<GalleryNote> GalleryRepository::notes(qint64 galleryId) const
{
    return selectNotes(QStringLiteral("WHERE i.gallery_id = ?"), {galleryId});
}

std::optional<GalleryNote> GalleryRepository::note(qint64 itemId) const
{
    const QList<GalleryNote> found = selectNotes(QStringLiteral("WHERE i.id = ?"), {itemId});
    return found.isEmpty() ? std::nullopt : std::optional<GalleryNote>(found.constFirst());
}

qint64 GalleryRepository::insertItem(const GalleryItem &item)
{
    QSqlQuery query(m_connection.database());
    // The photo's id only while the photo is still there: undo may bring back a note whose photo
    // was removed since, and the note stays without it.
    query.prepare(QStringLiteral(
        "INSERT INTO gallery_items (id, gallery_id, photo_id, position, caption, width, rotation, "
        "x, y, paper_color, pin) "
        "VALUES (?, ?, (SELECT id FROM photos WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(nullIfZero(item.id));
    bindItem(query, item);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool GalleryRepository::updateItem(const GalleryItem &item)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE gallery_items SET gallery_id = ?, photo_id = (SELECT id FROM photos WHERE id = ?), "
        "position = ?, caption = ?, width = ?, rotation = ?, x = ?, y = ?, paper_color = ?, "
        "pin = ? WHERE id = ?"));
    bindItem(query, item);
    query.addBindValue(item.id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool GalleryRepository::removeItem(qint64 itemId)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM gallery_items WHERE id = ?"));
    query.addBindValue(itemId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<qint64> GalleryRepository::existingPhotos(const QList<qint64> &photoIds) const
{
    QSet<qint64> found;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // Ids are integers: listing them inline is safe, and one query instead of one per photo.
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < photoIds.size(); start += batch) {
        if (!query.exec(QStringLiteral("SELECT id FROM photos WHERE id IN (%1)")
                            .arg(sqlIdList(photoIds.mid(start, batch))))) {
            m_lastError = query.lastError().text();
            return {};
        }
        while (query.next())
            found.insert(query.value(0).toLongLong());
    }
    QList<qint64> existing;
    for (qint64 id : photoIds) {
        if (found.remove(id))
            existing.append(id);
    }
    return existing;
}

bool GalleryRepository::eventExists(qint64 eventId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT 1 FROM events WHERE id = ?"));
    query.addBindValue(eventId);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.next();
}
