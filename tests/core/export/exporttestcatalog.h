#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A small catalog for the export's tests, made the way a user makes one: photos written with
// TestPhotoFactory and imported, so the import's automatic events group them. Event A holds four
// photos of one morning, event B two of a later day. A gallery of event A (three of its photos)
// and a gallery standing alone (one of B's); a journal entry of event A whose cover is A's last
// photo and whose text shows one of B's photos, the standalone gallery, and a photo reference
// inside a code span (only text).
struct ExportTestCatalog
{
    // Empty on success, otherwise what failed.
    QString build(const QString &folder);

    QString catalogPath;
    QStringList paths; // the photo files, in the order written
    qint64 eventA = 0;
    qint64 eventB = 0;
    QList<qint64> photosA; // in time order
    QList<qint64> photosB;
    qint64 galleryOfA = 0;
    qint64 standaloneGallery = 0;
    qint64 entryOfA = 0;
    qint64 captionedItem = 0; // the first note of galleryOfA

    static QString entryTitle() { return QStringLiteral("KubeCon diary"); }
};
