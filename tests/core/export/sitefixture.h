#pragma once

#include "core/export/exportcontent.h"
#include "core/export/exportoptions.h"
#include "core/export/imagerendition.h"

#include <QHash>
#include <QString>
#include <QStringList>

// A hand-made export for the site's tests: an event of four photos (the fourth missing from
// disk), a strip gallery of three notes and an entry whose body shows a photo and the gallery,
// with `text` in every field the catalog holds, so that one text (a <script>) can be followed to
// every place it lands.
namespace SiteFixture {

inline constexpr qint64 kEventId = 1;
inline constexpr qint64 kGalleryId = 10;
inline constexpr qint64 kEntryId = 20;

struct Export
{
    ExportContent content;
    QHash<qint64, PhotoRenditions> images;
};

Export make(const QString &text, ExportSubject::Kind kind = ExportSubject::Kind::Event);
ExportOptions optionsFor(const QString &directory);

// The images the pipeline would have made: empty files are enough for links to resolve.
bool touchImages(const QString &directory, const QHash<qint64, PhotoRenditions> &images);

QString readText(const QString &path);
QStringList htmlPages(const QString &directory); // the *.html files of the folder, sorted
QStringList allFiles(const QString &directory);  // every file under it, relative, sorted
// Every URL a page refers to: href, src and each srcset candidate.
QStringList urlsIn(const QString &html);

} // namespace SiteFixture
