#include "core/export/jekyllpostwriter.h"

#include "core/export/exportfilenames.h"
#include "core/export/jekyllgallerymarkup.h"
#include "core/export/jekyllimages.h"
#include "core/export/jekyllpostbody.h"
#include "core/export/jekylltext.h"
#include "core/journal/markdownpostexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

const QString kPostsFolder = QStringLiteral("_posts");

// A line in the front matter of every post Corkboard writes (a YAML comment: Jekyll ignores it).
// A site's _posts folder holds the user's own posts too: a file without this line is theirs and
// is never overwritten; one with it is replaced when the same entry, gallery or event is
// exported again, even under a new name (its title or date changed), so the blog never shows it
// twice.
QString ownerLine(const QString &key)
{
    return QStringLiteral("# Made by Corkboard from %1; exporting it again replaces this file.")
        .arg(key);
}

// The key in a post's owner line ("entry 12"), or empty when the file is not Corkboard's.
QString ownerOf(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression owner(
        QStringLiteral("^# Made by Corkboard from ((?:entry|gallery|event) \\d+);"),
        QRegularExpression::MultilineOption);
    // The owner line is in the front matter, which is short; the body is not read.
    const QString head = QString::fromUtf8(file.read(16 * 1024));
    const qsizetype end = head.indexOf(QStringLiteral("\n---"), 3);
    const QRegularExpressionMatch match = owner.match(end < 0 ? head : head.left(end + 1));
    return match.hasMatch() ? match.captured(1) : QString();
}

// One post to write.
struct Post
{
    QString key;              // "entry 12": whose post it is
    QDate date;               // of its file name
    bool dateIsToday = false; // nothing gave it one: an earlier export's date is kept
    QString slug;
    JournalEntry frontMatter; // its title, author, categories, tags, cover, other keys
    QString body;
};

QDate eventFirstDay(const ExportContent &content, qint64 eventId)
{
    return content.eventFirstDays.value(eventId);
}

void setDate(Post &post, QDate date)
{
    post.dateIsToday = !date.isValid();
    post.date = date.isValid() ? date : QDate::currentDate();
}

// The cover as the post's front matter gives it: the published image's URL and size. A cover
// that is not a catalog photo keeps the path the user's post gave it (it is on their site); one
// whose photo was not published is left out.
void setCover(JournalCover &cover, qint64 photoId, const ExportContent &content,
              const JekyllImages &images, const QString &fallbackAlt)
{
    if (photoId == 0)
        return;
    const ImageRendition *image = images.pageImage(photoId);
    if (image == nullptr) {
        cover = {};
        return;
    }
    cover.photoId = 0;
    cover.path = images.url(*image);
    cover.width = image->width;
    cover.height = image->height;
    cover.alt = JekyllGalleryMarkup::altText(cover.alt, content.photos.value(photoId), fallbackAlt);
}

QString galleryHtml(const ExportContent &content, const JekyllImages &images, qint64 galleryId,
                    bool *found = nullptr)
{
    for (const ExportGallery &gallery : content.galleries) {
        if (gallery.gallery.id == galleryId) {
            if (found)
                *found = true;
            return JekyllGalleryMarkup::html(gallery, content.photos, images);
        }
    }
    if (found)
        *found = false;
    return {};
}

Post entryPost(const ExportEntry &entry, const ExportContent &content, const JekyllImages &images)
{
    Post post;
    post.key = QStringLiteral("entry %1").arg(entry.entry.id);
    setDate(post, entry.entry.date.isValid() ? entry.entry.date
                                             : eventFirstDay(content, entry.entry.eventId));
    post.slug = ExportFileNames::slug(entry.title, QStringLiteral("entry-%1").arg(entry.entry.id));
    post.frontMatter = entry.entry;
    post.frontMatter.title = entry.title;
    post.frontMatter.date = {}; // the file name says it, as in the reference post
    setCover(post.frontMatter.cover, entry.entry.cover.photoId, content, images, entry.title);
    post.body = JekyllPostBody::convert(
        entry.entry.body,
        [&](qint64 photoId, bool large) {
            return large ? images.largeUrl(photoId) : images.pageUrl(photoId);
        },
        [&](qint64 galleryId) -> std::optional<QString> {
            bool found = false;
            QString html = galleryHtml(content, images, galleryId, &found);
            return found ? std::optional<QString>(std::move(html)) : std::nullopt;
        },
        [&](qint64 photoId) {
            return JekyllGalleryMarkup::altText({}, content.photos.value(photoId), {});
        });
    post.body = JekyllText::liquidProof(post.body);
    return post;
}

Post galleryPost(const ExportGallery &gallery, const ExportContent &content,
                 const JekyllImages &images)
{
    Post post;
    post.key = QStringLiteral("gallery %1").arg(gallery.gallery.id);
    setDate(post, eventFirstDay(content, gallery.gallery.eventId));
    post.slug =
        ExportFileNames::slug(gallery.title, QStringLiteral("gallery-%1").arg(gallery.gallery.id));
    post.frontMatter.title = gallery.title;
    // Its first published photo is its picture wherever the blog lists its posts.
    for (const GalleryNote &note : gallery.notes) {
        if (images.pageImage(note.item.photoId) != nullptr) {
            post.frontMatter.cover.alt = note.item.caption;
            setCover(post.frontMatter.cover, note.item.photoId, content, images, gallery.title);
            break;
        }
    }
    post.body = JekyllGalleryMarkup::html(gallery, content.photos, images) + QLatin1Char('\n');
    return post;
}

// An event without journal entries: its description, then each of its galleries under its title.
Post eventPost(const ExportEvent &event, const ExportContent &content, const JekyllImages &images)
{
    const EventRecord &record = event.event.event;
    Post post;
    post.key = QStringLiteral("event %1").arg(record.id);
    setDate(post, eventFirstDay(content, record.id));
    post.slug = ExportFileNames::slug(event.title, QStringLiteral("event-%1").arg(record.id));
    post.frontMatter.title = event.title;
    setCover(post.frontMatter.cover, event.event.coverPhotoId(), content, images, event.title);
    QStringList parts;
    if (!record.description.trimmed().isEmpty())
        parts.append(JekyllText::markdown(record.description.trimmed()));
    for (const ExportGallery &gallery : content.galleries) {
        parts.append(QStringLiteral("## ") + JekyllText::markdown(gallery.title));
        parts.append(JekyllGalleryMarkup::html(gallery, content.photos, images));
    }
    post.body = parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
    return post;
}

QString postText(const Post &post)
{
    QString frontMatter =
        MarkdownPostExporter::frontMatter(post.frontMatter, QStringLiteral("post"));
    frontMatter.insert(frontMatter.size() - int(sizeof("---\n") - 1),
                       ownerLine(post.key) + QLatin1Char('\n'));
    QString text = frontMatter + QLatin1Char('\n') + post.body;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

// The post files already in _posts that Corkboard wrote, by their owner's key.
QHash<QString, QStringList> earlierPosts(const QDir &posts)
{
    QHash<QString, QStringList> byKey;
    const QStringList files = posts.entryList(
        {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString key = ownerOf(posts.filePath(name));
        if (!key.isEmpty())
            byKey[key].append(name);
    }
    return byKey;
}

} // namespace

bool JekyllPostWriter::write(const ExportContent &content,
                             const QHash<qint64, PhotoRenditions> &images,
                             const ExportOptions &options, ExportReport &report)
{
    const JekyllImages jekyllImages(images, options.jekyllImageFolder);
    QList<Post> posts;
    switch (content.subject.kind) {
    case ExportSubject::Kind::Entry:
        for (const ExportEntry &entry : content.entries) {
            if (entry.entry.id == content.subject.id) {
                posts.append(entryPost(entry, content, jekyllImages));
                break;
            }
        }
        if (posts.isEmpty()) {
            report.error = tr("There is nothing to publish: the journal entry is no longer in "
                              "the catalog.");
            return false;
        }
        break;
    case ExportSubject::Kind::Gallery:
        for (const ExportGallery &gallery : content.galleries) {
            if (gallery.gallery.id == content.subject.id) {
                posts.append(galleryPost(gallery, content, jekyllImages));
                break;
            }
        }
        if (posts.isEmpty()) {
            report.error = tr("There is nothing to publish: the gallery is no longer in the "
                              "catalog.");
            return false;
        }
        break;
    case ExportSubject::Kind::Event:
        if (content.events.isEmpty()) {
            report.error = tr("There is nothing to publish: the event is no longer in the "
                              "catalog.");
            return false;
        }
        // Each journal entry of the event is a post of its own, as a blog tells a trip day by
        // day; an event with none is one post of its galleries.
        for (const ExportEntry &entry : content.entries)
            posts.append(entryPost(entry, content, jekyllImages));
        if (posts.isEmpty())
            posts.append(eventPost(content.events.constFirst(), content, jekyllImages));
        break;
    }

    const QDir root(options.outputDirectory);
    if (!root.mkpath(kPostsFolder)) {
        report.error = tr("The folder %1 cannot be made.")
                           .arg(QDir::toNativeSeparators(root.filePath(kPostsFolder)));
        return false;
    }
    const QDir postsDir(root.filePath(kPostsFolder));
    const QHash<QString, QStringList> earlier = earlierPosts(postsDir);

    ExportFileNames names;
    for (const Post &post : std::as_const(posts)) {
        QDate date = post.date;
        const QStringList ours = earlier.value(post.key);
        if (post.dateIsToday && !ours.isEmpty()) {
            // Nothing dates it: the day it was first published stays its day.
            const QDate first = QDate::fromString(ours.constFirst().left(10), Qt::ISODate);
            if (first.isValid())
                date = first;
        }
        const QString wanted = date.toString(Qt::ISODate) + QLatin1Char('-') + post.slug;
        QString name;
        for (;;) {
            name = names.unique(wanted + QStringLiteral(".md"));
            if (!postsDir.exists(name))
                break;
            const QString owner = ownerOf(postsDir.filePath(name));
            if (owner == post.key)
                break;
            if (owner.isEmpty()) {
                report.error = tr("The site already has a post “%1” that Corkboard did not write; "
                                  "it was left as it is. Move it away or export into another "
                                  "folder.")
                                   .arg(QDir::toNativeSeparators(postsDir.filePath(name)));
                return false;
            }
            // Another entry's post of the same day and title: this one takes the next name.
        }

        const QString path = postsDir.filePath(name);
        const QByteArray text = postText(post).toUtf8();
        QFile current(path);
        if (current.open(QIODevice::ReadOnly) && current.readAll() == text) {
            ++report.pagesUnchanged;
        } else {
            current.close();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() ||
                !file.commit()) {
                report.error = tr("%1 cannot be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString());
                return false;
            }
            ++report.pagesWritten;
        }
        // Its earlier posts under another name (a title or a date changed since).
        for (const QString &old : ours) {
            if (old != name)
                QFile::remove(postsDir.filePath(old));
        }
        if (report.entryPoint.isEmpty())
            report.entryPoint = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    }
    return true;
}
