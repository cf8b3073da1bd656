#pragma once

#include "core/export/exportcontent.h"
#include "core/export/exportoptions.h"
#include "core/export/exportreport.h"
#include "core/export/imagerendition.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

// What the Jekyll post's tests share: an export made by hand (content, the images the pipeline
// would have made, options), a gallery like the reference post's, and a post read back as a blog
// would read it (front matter with yaml-cpp, the sticky-note lists as XML).
namespace JekyllPostTestData {

inline const QDate kFirstDay(2019, 5, 20); // event 1's first day
inline const QList<qint64> kReferencePhotos = {2, 3, 4, 7, 12};

// What one <li> of a sticky-note list says.
struct ListedNote
{
    QString href;
    QString target;
    QString rel;
    QString src;
    QString style;
    QString alt;
};

struct Export
{
    ExportContent content;
    QHash<qint64, PhotoRenditions> images;
    ExportOptions options;

    // Photos in the catalog, each published in three sizes under the Jekyll image folder.
    void addPhotos(const QList<qint64> &ids);
    ExportReport run() const; // JekyllPostWriter::write
};

QString readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &data);

ExportPhoto photo(qint64 id);
// The sizes ImageRenditionMaker makes, named as it names them, under the Jekyll image folder.
PhotoRenditions renditions(qint64 id, const QString &folder);
// "KubeCon Europe 2019", first day kFirstDay, with a description.
ExportEvent kubeconEvent(qint64 id = 1);
// What the collector notes of these events for what has no date of its own.
QHash<qint64, QDate> firstDaysOf(const QList<ExportEvent> &events);
// A strip of notes as the reference post's, of event 1, laid out as the app lays it out.
ExportGallery gallery(qint64 id, const QList<qint64> &photoIds, const QStringList &captions,
                      const QString &title = QStringLiteral("Let the games begin"));
// The reference post's gallery (id 5, kReferencePhotos, captions) exported on its own.
Export referenceGalleryExport(const QString &directory, const QString &folder);

YAML::Node frontMatter(const QString &post);
QString bodyOf(const QString &post);
QString str(const YAML::Node &node);
// The sticky-note lists of a post, read as XML: each must be exactly
// div.full-screen-gallery.stickynote > ul > li > a > img; empty (with a warning) otherwise.
QList<QList<ListedNote>> stickyNoteLists(const QString &post);

} // namespace JekyllPostTestData
