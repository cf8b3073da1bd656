#include "tests/core/export/jekyllposttestdata.h"

#include "core/export/jekyllpostwriter.h"
#include "core/galleries/gallerylayout.h"
#include "core/journal/markdownpostimporter.h"

#include <QDebug>
#include <QFile>
#include <QXmlStreamReader>

namespace JekyllPostTestData {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

ExportPhoto photo(qint64 id)
{
    ExportPhoto p;
    p.id = id;
    p.path = QStringLiteral("/photos/kubecon_%1.JPG").arg(id);
    p.displayedSize = QSize(3000, 2000);
    return p;
}

PhotoRenditions renditions(qint64 id, const QString &folder)
{
    PhotoRenditions r;
    r.photoId = id;
    for (const auto &[width, height] : {std::pair{480, 320}, {1024, 683}, {2048, 1365}}) {
        r.sizes.append({QStringLiteral("%1/kubecon-%2-%3-%4.jpg")
                            .arg(folder)
                            .arg(id)
                            .arg(id)
                            .arg(qMax(width, height)),
                        width, height});
    }
    return r;
}

ExportEvent kubeconEvent(qint64 id)
{
    ExportEvent event;
    event.event.event.id = id;
    event.event.event.title = QStringLiteral("KubeCon Europe 2019");
    event.event.event.description = QStringLiteral("Three days in Barcelona & a *party*.");
    event.event.firstInstantMs = QDateTime(kFirstDay, QTime(7, 30), Qt::UTC).toMSecsSinceEpoch();
    event.event.lastInstantMs = event.event.firstInstantMs + 3 * 24 * 3600 * 1000LL;
    event.event.firstOffsetSeconds = 7200;
    event.event.lastOffsetSeconds = 7200;
    event.event.firstPhotoId = 2;
    event.title = event.event.event.title;
    return event;
}

QHash<qint64, QDate> firstDaysOf(const QList<ExportEvent> &events)
{
    QHash<qint64, QDate> days;
    for (const ExportEvent &event : events)
        days.insert(event.event.event.id, event.event.firstLocalTime().date());
    return days;
}

ExportGallery gallery(qint64 id, const QList<qint64> &photoIds, const QStringList &captions,
                      const QString &title)
{
    ExportGallery g;
    g.gallery.id = id;
    g.gallery.eventId = 1;
    g.gallery.title = title;
    g.gallery.style = GalleryStyle::Strip;
    g.gallery.seed = 2019;
    g.title = title;
    QList<NoteInput> inputs;
    for (qsizetype i = 0; i < photoIds.size(); ++i) {
        GalleryNote note;
        note.item.id = 100 * id + i;
        note.item.galleryId = id;
        note.item.photoId = photoIds.at(i);
        note.item.position = int(i);
        note.item.caption = captions.value(i);
        note.path = QStringLiteral("/photos/kubecon_%1.JPG").arg(photoIds.at(i));
        note.displayedSize = QSize(3000, 2000);
        g.notes.append(note);
        inputs.append({note.item.id, note.aspectRatio(), {}});
    }
    g.board = GalleryLayout::layout(g.gallery.style, g.gallery.seed, inputs, g.gallery.boardWidth);
    return g;
}

void Export::addPhotos(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        content.photos.insert(id, photo(id));
        images.insert(id, renditions(id, options.jekyllImageFolder));
    }
}

ExportReport Export::run() const
{
    ExportReport report;
    report.outputDirectory = options.outputDirectory;
    JekyllPostWriter::write(content, images, options, report);
    return report;
}

Export referenceGalleryExport(const QString &directory, const QString &folder)
{
    Export e;
    e.options.format = ExportFormat::Jekyll;
    e.options.outputDirectory = directory;
    e.options.jekyllImageFolder = folder;
    e.content.subject = {ExportSubject::Kind::Gallery, 5};
    e.content.events = {kubeconEvent()};
    e.content.eventFirstDays = firstDaysOf(e.content.events);
    e.content.galleries = {
        gallery(5, kReferencePhotos,
                {QStringLiteral("Badges"), QStringLiteral("The keynote"), QString(),
                 QStringLiteral("Booths"), QStringLiteral("Fira Gran Via")})};
    e.addPhotos(kReferencePhotos);
    e.content.photos[4].title = QStringLiteral("Hall 8");
    return e;
}

YAML::Node frontMatter(const QString &post)
{
    const auto [yaml, body] = MarkdownPostImporter::splitFrontMatter(post);
    return YAML::Load(yaml.toStdString());
}

QString bodyOf(const QString &post)
{
    return MarkdownPostImporter::splitFrontMatter(post).second;
}

QString str(const YAML::Node &node)
{
    return QString::fromStdString(node.as<std::string>());
}

QList<QList<ListedNote>> stickyNoteLists(const QString &post)
{
    QList<QList<ListedNote>> lists;
    const QString start = QStringLiteral("<div class=\"full-screen-gallery stickynote\">");
    for (qsizetype at = post.indexOf(start); at >= 0; at = post.indexOf(start, at + 1)) {
        const qsizetype end = post.indexOf(QStringLiteral("</div>"), at);
        if (end < 0)
            return {};
        QXmlStreamReader xml(post.mid(at, end + 6 - at));
        QList<ListedNote> notes;
        QStringList path;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                path.append(xml.name().toString());
                const QXmlStreamAttributes a = xml.attributes();
                const QString where = path.join(u'>');
                if (where == QStringLiteral("div>ul>li")) {
                    notes.append(ListedNote());
                } else if (where == QStringLiteral("div>ul>li>a")) {
                    notes.last().href = a.value(QStringLiteral("href")).toString();
                    notes.last().target = a.value(QStringLiteral("target")).toString();
                    notes.last().rel = a.value(QStringLiteral("rel")).toString();
                } else if (where == QStringLiteral("div>ul>li>a>img")) {
                    notes.last().src = a.value(QStringLiteral("src")).toString();
                    notes.last().style = a.value(QStringLiteral("style")).toString();
                    notes.last().alt = a.value(QStringLiteral("alt")).toString();
                } else if (where != QStringLiteral("div") && where != QStringLiteral("div>ul")) {
                    qWarning() << "unexpected element" << where;
                    return {};
                }
            } else if (xml.isEndElement()) {
                path.removeLast();
            }
        }
        if (xml.hasError()) {
            qWarning() << "not well-formed:" << xml.errorString();
            return {};
        }
        lists.append(notes);
    }
    return lists;
}

} // namespace JekyllPostTestData
