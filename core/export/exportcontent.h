#pragma once

#include "core/events/eventsummary.h"
#include "core/export/exportsubject.h"
#include "core/galleries/gallery.h"
#include "core/galleries/galleryboard.h"
#include "core/galleries/gallerynote.h"
#include "core/journal/journalentry.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSize>
#include <QString>

// One photo to publish, with what the pages say about it.
struct ExportPhoto
{
    qint64 id = 0;
    QString path;        // the original on disk
    qint64 fileSize = 0; // with fileModifiedMs: whether its published images are still current
    qint64 fileModifiedMs = 0;
    int orientation = 1; // EXIF 1..8, applied to the published images
    QSize displayedSize; // upright; empty when unknown
    QString title;       // the photo's own title (XMP/IPTC), else empty
    QString description;
    QString exifLine; // "Canon EOS 5D · 35 mm · f/2.8 · 1/200 s · ISO 400"; empty if unknown
    QDateTime takenLocal;  // wall time where it was taken, held as Qt::UTC; invalid when unknown
    bool available = true; // false: missing or unreadable; pages show a marker, no image is made
    QString unavailableReason;
};

struct ExportGallery
{
    Gallery gallery;
    QString title; // as shown (GalleryService::displayTitle)
    QList<GalleryNote> notes;
    GalleryBoard board; // the same layout the app draws: same seed, widths, tilts
};

struct ExportEntry
{
    JournalEntry entry;
    QString title; // as shown (JournalService::displayTitle)
};

struct ExportEvent
{
    EventSummary event;
    QString title;          // as shown (EventService::displayTitle)
    QString dateRange;      // as shown (EventService::dateRange)
    QList<qint64> photoIds; // in timeline order
};

// Everything one export publishes, read from the catalog in one go on the export's thread, so
// that writing pages and images never goes back to the catalog.
struct ExportContent
{
    ExportSubject subject;
    QList<ExportEvent> events;         // the event exported, if it is one
    QList<ExportGallery> galleries;    // the gallery exported, or the event's, or the entry's
    QList<ExportEntry> entries;        // the entry exported, or the event's
    QHash<qint64, ExportPhoto> photos; // every photo any of the above shows, by id
    // The first day (where its photos were taken) of the event each of the above belongs to, by
    // event id: the date of what has none of its own, such as a Jekyll post's file name for an
    // undated entry or a gallery published alone. Events without dated photos are left out.
    QHash<qint64, QDate> eventFirstDays;
};
