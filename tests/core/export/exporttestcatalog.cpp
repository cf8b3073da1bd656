#include "tests/core/export/exporttestcatalog.h"

#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/import/importworker.h"
#include "core/journal/journalservice.h"
#include "core/journal/markdownrenderer.h"
#include "tests/support/testphotofactory.h"

#include <QDir>

#include <atomic>

using TestPhotoFactory::tag;

QString ExportTestCatalog::build(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("photos")))
        return QStringLiteral("cannot make the photos folder");
    catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
    const QStringList times = {
        QStringLiteral("2019:05:21 10:00:00"), QStringLiteral("2019:05:21 10:10:00"),
        QStringLiteral("2019:05:21 10:20:00"), QStringLiteral("2019:05:21 10:30:00"),
        QStringLiteral("2019:06:30 18:00:00"), QStringLiteral("2019:06:30 18:05:00"),
    };
    for (int i = 0; i < times.size(); ++i) {
        TestPhotoSpec spec;
        spec.size = i == 1 ? QSize(480, 640) : QSize(640, 480);
        spec.seed = i + 1;
        spec.tags = {tag("Exif.Photo.DateTimeOriginal", times.at(i)),
                     tag("Exif.Photo.OffsetTimeOriginal", QStringLiteral("+02:00"))};
        if (i == 0) {
            spec.tags += {tag("Exif.Image.Make", QStringLiteral("Canon")),
                          tag("Exif.Image.Model", QStringLiteral("Canon EOS 5D")),
                          tag("Exif.Photo.FNumber", QStringLiteral("28/10")),
                          tag("Exif.Photo.ExposureTime", QStringLiteral("1/200")),
                          tag("Exif.Photo.ISOSpeedRatings", QStringLiteral("400")),
                          tag("Exif.Photo.FocalLength", QStringLiteral("35/1")),
                          tag("Xmp.dc.title", QStringLiteral("Opening keynote"))};
        }
        if (i == 2)
            spec.tags.append(tag("Exif.Image.Orientation", QStringLiteral("6")));
        const QString path = dir.filePath(QStringLiteral("photos/IMG_%1.JPG").arg(100 + i));
        if (const QString error = TestPhotoFactory::write(path, spec); !error.isEmpty())
            return error;
        paths.append(path);
    }
    const std::atomic_bool cancelled = false;
    const ImportReport report = ImportWorker(catalogPath, paths).run(cancelled, {});
    if (!report.fatalError.isEmpty() || report.imported != paths.size())
        return QStringLiteral("import: %1").arg(report.summary());

    Catalog catalog(catalogPath);
    if (const QString error = catalog.open(); !error.isEmpty())
        return error;
    PhotoRepository photos(catalog.connection());
    EventService events(catalog.connection());
    for (int i = 0; i < paths.size(); ++i) {
        const std::optional<PhotoRecord> record = photos.findByPath(paths.at(i));
        if (!record)
            return QStringLiteral("%1 was not imported").arg(paths.at(i));
        (i < 4 ? photosA : photosB).append(record->id);
    }
    eventA = events.eventOfPhoto(photosA.first());
    eventB = events.eventOfPhoto(photosB.first());
    if (eventA == 0 || eventB == 0 || eventA == eventB || events.photoIds(eventA) != photosA ||
        events.photoIds(eventB) != photosB)
        return QStringLiteral("the import did not make the two events expected");

    GalleryService galleries(catalog.connection());
    const GalleryEdit first =
        galleries.createFromPhotos(photosA.mid(0, 3), QStringLiteral("Day one"), eventA);
    if (first.isEmpty() || !galleries.apply(first, true))
        return galleries.lastError();
    galleryOfA = first.focusGalleryId;
    captionedItem = galleries.notes(galleryOfA).constFirst().item.id;
    const GalleryEdit caption = galleries.setCaption(captionedItem, QStringLiteral("Joe Beda"));
    if (caption.isEmpty() || !galleries.apply(caption, true))
        return galleries.lastError();
    const GalleryEdit second =
        galleries.createFromPhotos({photosB.last()}, QStringLiteral("Elsewhere"));
    if (second.isEmpty() || !galleries.apply(second, true))
        return galleries.lastError();
    standaloneGallery = second.focusGalleryId;

    JournalService journal(catalog.connection());
    JournalEntry entry;
    entry.eventId = eventA;
    entry.title = entryTitle();
    entry.date = QDate(2019, 5, 21);
    entry.cover.photoId = photosA.last();
    entry.body = QStringLiteral("Hello from Barcelona.\n\n![The party](%1)\n\n"
                                "Written as text: `![not a photo](%2)`\n\n%3")
                     .arg(MarkdownRenderer::photoUrl(photosB.first()),
                          MarkdownRenderer::photoUrl(photosA.at(1)),
                          MarkdownRenderer::galleryBlock(standaloneGallery));
    const JournalEdit create = journal.create(entry);
    if (create.isEmpty() || !journal.apply(create, true))
        return journal.lastError();
    entryOfA = create.focusEntryId;
    return {};
}
