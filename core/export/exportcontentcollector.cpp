#include "core/export/exportcontentcollector.h"

#include "core/catalog/photorepository.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/imaging/exiforientation.h"
#include "core/journal/journalservice.h"
#include "core/journal/markdownrenderer.h"
#include "core/metadata/photodetails.h"

#include <QFileInfo>
#include <QSet>

namespace {

// The ids in first-seen order, each once: pages list photos in the order the subject shows them.
class OrderedIds
{
public:
    void add(qint64 id)
    {
        if (id > 0 && !m_seen.contains(id)) {
            m_seen.insert(id);
            m_ids.append(id);
        }
    }
    void add(const QList<qint64> &ids)
    {
        for (qint64 id : ids)
            add(id);
    }
    const QList<qint64> &ids() const { return m_ids; }

private:
    QSet<qint64> m_seen;
    QList<qint64> m_ids;
};

// What one entry's text refers to, found by md4c as the renderer parses it (a `photo:` URL in an
// image or a link, a gallery block), so that references inside code spans or code blocks, which
// are only text, are not taken for photos.
struct EntryReferences
{
    QList<qint64> photoIds;
    QList<qint64> galleryIds;
};

EntryReferences referencesOf(const JournalEntry &entry)
{
    EntryReferences references;
    MarkdownRenderer renderer;
    renderer.setPhotoResolver([&](qint64 photoId) -> std::optional<QString> {
        references.photoIds.append(photoId);
        return QString();
    });
    renderer.setGalleryRenderer([&](qint64 galleryId) -> std::optional<QString> {
        references.galleryIds.append(galleryId);
        return QString();
    });
    renderer.toHtml(entry.body);
    return references;
}

class Collector
{
    Q_DECLARE_TR_FUNCTIONS(ExportContentCollector)

public:
    explicit Collector(const CatalogConnection &connection)
        : m_connection(connection)
        , m_events(connection)
        , m_galleries(connection)
        , m_journal(connection)
    {}

    std::optional<ExportContent> collect(const ExportSubject &subject, QString *error)
    {
        m_content.subject = subject;
        bool found = false;
        switch (subject.kind) {
        case ExportSubject::Kind::Event:
            found = addEvent(subject.id);
            if (!found)
                *error = tr("The event to publish is no longer in the catalog.");
            break;
        case ExportSubject::Kind::Gallery:
            found = addGallery(subject.id);
            if (!found)
                *error = tr("The gallery to publish is no longer in the catalog.");
            break;
        case ExportSubject::Kind::Entry:
            found = addEntry(subject.id);
            if (!found)
                *error = tr("The journal entry to publish is no longer in the catalog.");
            break;
        }
        if (!found)
            return std::nullopt;
        if (!addPhotos(error))
            return std::nullopt;
        return std::move(m_content);
    }

private:
    bool addEvent(qint64 eventId)
    {
        const std::optional<EventSummary> summary = m_events.event(eventId);
        if (!summary)
            return false;
        ExportEvent event;
        event.event = *summary;
        event.title = EventService::displayTitle(*summary);
        event.dateRange = EventService::dateRange(*summary);
        event.photoIds = m_events.photoIds(eventId);
        m_photoIds.add(summary->coverPhotoId());
        m_photoIds.add(event.photoIds);
        m_content.events.append(event);
        noteFirstDay(eventId);

        for (const Gallery &gallery : m_galleries.galleriesOfEvent(eventId))
            addGallery(gallery);
        for (const JournalEntry &entry : m_journal.entriesOfEvent(eventId))
            addEntry(entry);
        return true;
    }

    void noteFirstDay(qint64 eventId)
    {
        if (eventId == 0 || m_firstDayRead.contains(eventId))
            return;
        m_firstDayRead.insert(eventId);
        const std::optional<EventSummary> summary = m_events.event(eventId);
        if (summary && summary->hasDates())
            m_content.eventFirstDays.insert(eventId, summary->firstLocalTime().date());
    }

    bool addGallery(qint64 galleryId)
    {
        if (m_galleryIds.contains(galleryId))
            return true;
        const std::optional<Gallery> gallery = m_galleries.gallery(galleryId);
        if (!gallery)
            return false;
        addGallery(*gallery);
        return true;
    }

    void addGallery(const Gallery &gallery)
    {
        if (m_galleryIds.contains(gallery.id))
            return;
        m_galleryIds.insert(gallery.id);
        ExportGallery exported;
        exported.gallery = gallery;
        exported.title = GalleryService::displayTitle(gallery);
        exported.notes = m_galleries.notes(gallery.id);
        exported.board = GalleryService::board(gallery, exported.notes);
        noteFirstDay(gallery.eventId);
        for (const GalleryNote &note : std::as_const(exported.notes))
            m_photoIds.add(note.item.photoId);
        m_content.galleries.append(exported);
    }

    bool addEntry(qint64 entryId)
    {
        const std::optional<JournalEntry> entry = m_journal.entry(entryId);
        if (!entry)
            return false;
        addEntry(*entry);
        return true;
    }

    void addEntry(const JournalEntry &entry)
    {
        ExportEntry exported;
        exported.entry = entry;
        exported.title = JournalService::displayTitle(entry);
        m_content.entries.append(exported);

        noteFirstDay(entry.eventId);
        m_photoIds.add(entry.cover.photoId);
        const EntryReferences references = referencesOf(entry);
        m_photoIds.add(references.photoIds);
        // A gallery no longer in the catalog stays a marker on the page: nothing to add for it.
        for (qint64 galleryId : references.galleryIds)
            addGallery(galleryId);
    }

    bool addPhotos(QString *error)
    {
        if (m_photoIds.ids().isEmpty())
            return true;
        PhotoRepository repository(m_connection);
        const QList<PhotoRecord> records = repository.listByIds(m_photoIds.ids());
        if (!repository.lastError().isEmpty()) {
            *error = tr("The catalog could not be read: %1").arg(repository.lastError());
            return false;
        }
        m_content.photos.reserve(records.size());
        for (const PhotoRecord &record : records)
            m_content.photos.insert(record.id, exportPhoto(record));
        return true;
    }

    static ExportPhoto exportPhoto(const PhotoRecord &record)
    {
        const PhotoMetadata &metadata = record.metadata;
        ExportPhoto photo;
        photo.id = record.id;
        photo.path = record.path;
        photo.orientation = metadata.orientation.value_or(1);
        if (metadata.width && metadata.height)
            photo.displayedSize = ExifOrientation::displayedSize(
                QSize(*metadata.width, *metadata.height), photo.orientation);
        photo.title = metadata.title;
        photo.description = metadata.description;
        photo.exifLine = ExportContentCollector::exifLine(metadata);
        if (metadata.takenAt && metadata.takenAt->isValid())
            photo.takenLocal = QDateTime(metadata.takenAt->date, metadata.takenAt->time, Qt::UTC);

        // The file as it is now, not as it was at the last import: the published images of a
        // photo edited since must be made again, and a file gone since must not stop the export.
        const QFileInfo file(record.path);
        if (record.state == PhotoState::Missing || !file.exists()) {
            photo.available = false;
            photo.unavailableReason = tr("The file is missing: %1").arg(record.path);
        } else if (record.state == PhotoState::Unreadable) {
            photo.available = false;
            photo.unavailableReason =
                record.stateReason.isEmpty()
                    ? tr("The file cannot be read: %1").arg(record.path)
                    : tr("The file cannot be read: %1 (%2)").arg(record.path, record.stateReason);
        }
        photo.fileSize = photo.available ? file.size() : record.fileSize;
        photo.fileModifiedMs =
            photo.available ? file.lastModified().toMSecsSinceEpoch() : record.fileModifiedMs;
        return photo;
    }

    const CatalogConnection &m_connection;
    EventService m_events;
    GalleryService m_galleries;
    JournalService m_journal;
    ExportContent m_content;
    OrderedIds m_photoIds;
    QSet<qint64> m_galleryIds;
    QSet<qint64> m_firstDayRead;
};

} // namespace

std::optional<ExportContent> ExportContentCollector::collect(const CatalogConnection &connection,
                                                             const ExportSubject &subject,
                                                             QString *error)
{
    QString ignored;
    return Collector(connection).collect(subject, error ? error : &ignored);
}

QString ExportContentCollector::exifLine(const PhotoMetadata &metadata)
{
    // The camera, then what it was set to, in the order a photographer says them; the numbers in
    // the same words as the info panel (PhotoDetails).
    QStringList parts;
    parts << PhotoDetails::camera(metadata.make, metadata.model);
    if (metadata.focalLength)
        parts << PhotoDetails::focalLength(*metadata.focalLength);
    if (metadata.fNumber)
        parts << PhotoDetails::aperture(*metadata.fNumber);
    if (metadata.exposureTime)
        parts << PhotoDetails::exposureTime(*metadata.exposureTime);
    if (metadata.iso && *metadata.iso > 0)
        parts << PhotoDetails::iso(*metadata.iso);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}
