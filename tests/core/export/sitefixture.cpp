#include "tests/core/export/sitefixture.h"

#include "core/galleries/gallerylayout.h"
#include "core/journal/markdownrenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace SiteFixture {

Export make(const QString &text, ExportSubject::Kind kind)
{
    Export f;
    f.content.subject.kind = kind;
    f.content.subject.id = kind == ExportSubject::Kind::Event     ? kEventId
                           : kind == ExportSubject::Kind::Gallery ? kGalleryId
                                                                  : kEntryId;
    for (qint64 id = 1; id <= 4; ++id) {
        ExportPhoto photo;
        photo.id = id;
        photo.path = QStringLiteral("/photos/IMG_%1.JPG").arg(id);
        photo.displayedSize = QSize(4000, 3000);
        photo.title = id == 2 ? text + QStringLiteral(" title") : QString();
        photo.exifLine = text + QStringLiteral(" · 35 mm");
        photo.available = id != 4;
        photo.unavailableReason = id == 4 ? QStringLiteral("The file is missing.") : QString();
        f.content.photos.insert(id, photo);
        if (photo.available) {
            PhotoRenditions renditions;
            renditions.photoId = id;
            for (const int side : {480, 1024, 2048})
                renditions.sizes.append(
                    {QStringLiteral("images/img-%1-%2-%3.jpg").arg(id).arg(id).arg(side), side,
                     side * 3 / 4});
            f.images.insert(id, renditions);
        }
    }

    if (kind == ExportSubject::Kind::Event) {
        ExportEvent event;
        event.event.event.id = kEventId;
        event.event.event.title = text;
        event.event.event.place = text + QStringLiteral(" place");
        event.event.event.description = text + QStringLiteral("\n\nSecond paragraph");
        event.title = text + QStringLiteral(" event");
        event.dateRange = QStringLiteral("20–23 May 2019");
        event.photoIds = {1, 2, 3, 4};
        f.content.events.append(event);
    }

    ExportGallery gallery;
    gallery.gallery.id = kGalleryId;
    gallery.gallery.eventId = kEventId;
    gallery.gallery.seed = 42;
    gallery.title = text + QStringLiteral(" gallery");
    QList<NoteInput> inputs;
    for (qint64 photoId : {1, 2, 4}) {
        GalleryNote note;
        note.item.id = 100 + photoId;
        note.item.galleryId = kGalleryId;
        note.item.photoId = photoId;
        note.item.position = int(gallery.notes.size());
        note.item.caption = photoId == 1 ? text + QStringLiteral(" caption") : QString();
        note.photoState =
            photoId == 4 ? GalleryNote::PhotoState::Missing : GalleryNote::PhotoState::Ok;
        note.displayedSize = QSize(4000, 3000);
        gallery.notes.append(note);
        inputs.append({note.item.id, note.aspectRatio(), {}});
    }
    gallery.board = GalleryLayout::layout(GalleryStyle::Strip, gallery.gallery.seed, inputs,
                                          gallery.gallery.boardWidth);
    f.content.galleries.append(gallery);

    if (kind != ExportSubject::Kind::Gallery) {
        ExportEntry entry;
        entry.entry.id = kEntryId;
        entry.entry.eventId = kEventId;
        entry.entry.title = text;
        entry.title = text + QStringLiteral(" entry");
        entry.entry.author = text + QStringLiteral(" author");
        entry.entry.date = QDate(2019, 5, 21);
        entry.entry.tags = {text + QStringLiteral(" tag"), QStringLiteral("conference")};
        entry.entry.categories = {text + QStringLiteral(" category")};
        entry.entry.cover.photoId = 3;
        entry.entry.body =
            QStringLiteral("# Day one\n\nThe first day. ![%1 alt](photo:2)\n\n").arg(text) +
            MarkdownRenderer::galleryBlock(kGalleryId) +
            QStringLiteral("\nA [link to a photo](photo:1) and a gone one "
                           "![gone](photo:99).\n");
        f.content.entries.append(entry);
    }
    return f;
}

ExportOptions optionsFor(const QString &directory)
{
    ExportOptions options;
    options.outputDirectory = directory;
    return options;
}

bool touchImages(const QString &directory, const QHash<qint64, PhotoRenditions> &images)
{
    for (const PhotoRenditions &renditions : images) {
        for (const ImageRendition &size : renditions.sizes) {
            const QString path = directory + u'/' + size.relativePath;
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return false;
        }
    }
    return true;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList htmlPages(const QString &directory)
{
    QStringList pages =
        QDir(directory).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    return pages;
}

QStringList allFiles(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(directory).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QStringList urlsIn(const QString &html)
{
    QStringList urls;
    static const QRegularExpression attribute(QStringLiteral("\\s(href|src|srcset)=\"([^\"]*)\""));
    for (auto it = attribute.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1) == u"srcset") {
            for (const QString &candidate : match.captured(2).split(u',', Qt::SkipEmptyParts))
                urls.append(candidate.trimmed().section(u' ', 0, 0));
        } else {
            urls.append(match.captured(2));
        }
    }
    return urls;
}

} // namespace SiteFixture
