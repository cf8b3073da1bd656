#include "core/export/sitepagecontext.h"

#include "core/export/exportfilenames.h"
#include "core/export/sitemarkup.h"
#include "core/export/themetemplates.h"
#include "core/galleries/gallerylayout.h"
#include "core/journal/markdownrenderer.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace mustache = kainjow::mustache;

namespace {

mustache::data text(const QString &value)
{
    return mustache::data(value.toStdString());
}

// Text when there is some, else false: see the class comment.
mustache::data optionalText(const QString &value)
{
    return value.isEmpty() ? mustache::data(false) : text(value);
}

mustache::data number(double value, int decimals = 3)
{
    // C locale: CSS reads "12.5", never "12,5".
    return text(QString::number(value, 'f', decimals));
}

mustache::data listOf(const QStringList &names)
{
    mustache::data list(mustache::data::type::list);
    for (const QString &name : names) {
        mustache::data item;
        item.set("name", text(name));
        list.push_back(item);
    }
    return list;
}

// The list, or false when it is empty: {{#tags}} then shows nothing around an empty list.
mustache::data listOrFalse(const mustache::data &list)
{
    return list.is_empty_list() ? mustache::data(false) : list;
}

// The app's tilt and size decisions as CSS wants them: percentages of the board, so the board
// scales with the page and every note keeps its place on it.
QString percent(double part, double whole)
{
    return QString::number(whole > 0 ? part / whole * 100.0 : 0.0, 'f', 3) + u'%';
}

QString pinName(NotePin pin)
{
    switch (pin) {
    case NotePin::Pin:
        return QStringLiteral("pin");
    case NotePin::Tape:
        return QStringLiteral("tape");
    case NotePin::None:
    case NotePin::Automatic:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

SitePageContext::SitePageContext(const ExportContent &content,
                                 const QHash<qint64, PhotoRenditions> &images,
                                 const ExportOptions &options, const Links &links,
                                 const ThemeTemplates &templates)
    : m_content(content)
    , m_images(images)
    , m_options(options)
    , m_links(links)
    , m_templates(templates)
{
    for (const ExportGallery &gallery : content.galleries)
        m_galleriesById.insert(gallery.gallery.id, &gallery);
}

bool SitePageContext::staysInside(const PhotoRenditions &renditions)
{
    // A page links only to files inside the export: an image path that could reach out of it
    // (made elsewhere, or by a mistake) is not linked at all.
    for (const ImageRendition &size : renditions.sizes) {
        if (!ExportFileNames::staysInside(size.relativePath))
            return false;
    }
    return renditions.originalRelativePath.isEmpty() ||
           ExportFileNames::staysInside(renditions.originalRelativePath);
}

QString SitePageContext::indexTitle() const
{
    switch (m_content.subject.kind) {
    case ExportSubject::Kind::Event:
        if (!m_content.events.isEmpty())
            return m_content.events.constFirst().title;
        break;
    case ExportSubject::Kind::Gallery:
        if (!m_content.galleries.isEmpty())
            return m_content.galleries.constFirst().title;
        break;
    case ExportSubject::Kind::Entry:
        if (!m_content.entries.isEmpty())
            return m_content.entries.constFirst().title;
        break;
    }
    return {};
}

mustache::data SitePageContext::common(const QString &pageTitle, bool isIndex) const
{
    mustache::data page;
    // The translation's own language, so that a page's lang says what its labels are written in.
    page.set("lang", text(tr("en", "the lang attribute of exported pages: this translation's "
                                   "language code")));
    page.set("pageTitle", text(pageTitle));
    page.set("siteTitle", text(indexTitle()));
    page.set("isIndex", mustache::data(isIndex));
    page.set("homeHref", isIndex ? mustache::data(false) : text(QStringLiteral("index.html")));
    page.set("showExif", mustache::data(m_options.showExifLine));
    page.set("generator", text(QStringLiteral("Corkboard")));

    mustache::data labels;
    labels.set("skipToContent", text(tr("Skip to content")));
    labels.set("siteNavigation", text(tr("Site")));
    labels.set("photoViewer", text(tr("Photo viewer")));
    labels.set("close", text(tr("Close")));
    labels.set("previous", text(tr("Previous photo")));
    labels.set("next", text(tr("Next photo")));
    labels.set("photos", text(tr("Photos")));
    labels.set("galleries", text(tr("Galleries")));
    labels.set("entries", text(tr("Journal")));
    labels.set("tags", text(tr("Tags")));
    labels.set("categories", text(tr("Categories")));
    labels.set("by", text(tr("By")));
    labels.set("madeWith", text(tr("Made with Corkboard")));
    labels.set("original", text(tr("Original file")));
    // "Photo 3 of 12": the lightbox fills in the numbers.
    labels.set("position", text(tr("Photo {index} of {count}")));
    page.set("labels", labels);
    return page;
}

mustache::data SitePageContext::photo(qint64 photoId, const QString &sizes, const QString &group,
                                      const QString &caption, const QString &alt) const
{
    mustache::data data;
    const ExportPhoto exportPhoto = m_content.photos.value(photoId);
    const PhotoRenditions renditions = m_images.value(photoId);
    data.set("id", text(QString::number(photoId)));
    data.set("group", text(group));
    // The caption: the note's, else the photo's title, else its description.
    QString shown = caption;
    if (shown.isEmpty())
        shown = exportPhoto.title;
    if (shown.isEmpty())
        shown = exportPhoto.description;
    data.set("caption", optionalText(shown));
    // The alt text is never empty for a photo: what the writer said, else the caption, else
    // when it was taken, else what it is.
    QString altText = !alt.isEmpty() ? alt : shown;
    if (altText.isEmpty() && exportPhoto.takenLocal.isValid())
        altText = tr("Photo taken %1")
                      .arg(QLocale().toString(exportPhoto.takenLocal, QLocale::LongFormat));
    if (altText.isEmpty())
        altText = tr("Photo %1").arg(QFileInfo(exportPhoto.path).completeBaseName());
    data.set("alt", text(altText));
    data.set("exif",
             m_options.showExifLine ? optionalText(exportPhoto.exifLine) : mustache::data(false));

    if (!m_content.photos.contains(photoId) || !exportPhoto.available || !renditions.isValid() ||
        !staysInside(renditions)) {
        QString reason = exportPhoto.unavailableReason;
        if (reason.isEmpty())
            reason = renditions.error;
        if (reason.isEmpty())
            reason = tr("This photo could not be published.");
        data.set("available", mustache::data(false));
        data.set("missing", text(reason));
        data.set("linked", mustache::data(false));
        return data;
    }
    data.set("available", mustache::data(true));
    data.set("missing", mustache::data(false));

    // srcset offers every width once: a photo smaller than the larger sizes is never scaled up,
    // so several may be as wide, and HTML forbids two candidates of one width. Of those, the
    // last stays: the largest image, the one the link opens, is always among the candidates.
    QList<ImageRendition> distinct;
    for (const ImageRendition &size : renditions.sizes) {
        if (!distinct.isEmpty() && size.width <= distinct.constLast().width)
            distinct.last() = size;
        else
            distinct.append(size);
    }
    QStringList srcset;
    for (const ImageRendition &size : distinct)
        srcset.append(size.relativePath + u' ' + QString::number(size.width) + u'w');
    // The page's src: the second size when there are several (sharp enough in a column or on a
    // note for a browser without srcset), the only one otherwise.
    const ImageRendition &source = distinct.at(distinct.size() > 1 ? 1 : 0);
    data.set("src", text(source.relativePath));
    data.set("srcset", text(srcset.join(QStringLiteral(", "))));
    data.set("sizes", text(sizes));
    data.set("width", text(QString::number(source.width)));
    data.set("height", text(QString::number(source.height)));
    data.set("large", text(renditions.largest().relativePath));
    data.set("largeWidth", text(QString::number(renditions.largest().width)));
    data.set("largeHeight", text(QString::number(renditions.largest().height)));
    data.set("original", optionalText(renditions.originalRelativePath));
    data.set("linked", mustache::data(true));
    return data;
}

mustache::data SitePageContext::gallery(const ExportGallery &exportGallery) const
{
    const GalleryBoard &board = exportGallery.board;
    const double boardWidth = std::max(1.0, board.size.width());
    const double boardHeight = std::max(1.0, board.size.height());
    const QString group = QStringLiteral("gallery-%1").arg(exportGallery.gallery.id);

    mustache::data data;
    data.set("id", text(QString::number(exportGallery.gallery.id)));
    data.set("title", text(exportGallery.title));
    data.set("href", optionalText(m_links.galleries.value(exportGallery.gallery.id)));
    data.set("style", text(galleryStyleName(exportGallery.gallery.style)));
    data.set("boardWidth", number(boardWidth, 0));
    data.set("boardHeight", number(boardHeight, 0));
    data.set("noteCount", text(tr("%n photo(s)", nullptr, int(exportGallery.notes.size()))));

    QHash<qint64, const GalleryNote *> notesByItem;
    for (const GalleryNote &note : exportGallery.notes)
        notesByItem.insert(note.item.id, &note);

    mustache::data notes(mustache::data::type::list);
    for (const NotePlacement &placement : board.notes) {
        const GalleryNote *note = notesByItem.value(placement.itemId);
        if (!note)
            continue;
        const QRectF &paper = placement.rect;
        const QRectF &photoRect = placement.photoRect;
        mustache::data item;
        item.set("index", text(QString::number(placement.index)));
        item.set("left", text(percent(paper.x(), boardWidth)));
        item.set("top", text(percent(paper.y(), boardHeight)));
        item.set("width", text(percent(paper.width(), boardWidth)));
        // The paper's shape and the photo's place on it, so that the note is the app's at any
        // scale.
        item.set("paperAspect",
                 text(QStringLiteral("%1 / %2").arg(QString::number(paper.width(), 'f', 2),
                                                    QString::number(paper.height(), 'f', 2))));
        item.set("photoAspect",
                 text(QStringLiteral("%1 / %2").arg(QString::number(photoRect.width(), 'f', 2),
                                                    QString::number(photoRect.height(), 'f', 2))));
        // Padding percentages are of the containing block's width: the board's.
        item.set("padSide", text(percent(photoRect.x() - paper.x(), boardWidth)));
        item.set("padTop", text(percent(photoRect.y() - paper.y(), boardWidth)));
        item.set("photoWidth", number(photoRect.width(), 0));
        item.set("rotation", number(placement.rotation, 2));
        item.set("paper", text(placement.paperColor.name()));
        item.set("ink", text(SiteMarkup::inkFor(placement.paperColor).name()));
        item.set("pin", text(pinName(placement.pin)));
        item.set("pinColor", text(placement.pinColor.isValid() ? placement.pinColor.name()
                                                               : QStringLiteral("transparent")));
        item.set("noteCaption", optionalText(note->item.caption));
        // A note is drawn at most this wide on a desktop, in one of two columns on a phone.
        const QString sizes =
            QStringLiteral("(max-width: 40em) 50vw, %1px").arg(std::ceil(photoRect.width()));
        if (note->photoState == GalleryNote::PhotoState::Gone || note->item.photoId == 0) {
            mustache::data gone;
            gone.set("available", mustache::data(false));
            gone.set("missing", text(tr("This photo is no longer in the catalog.")));
            gone.set("alt", text(note->item.caption));
            gone.set("caption", optionalText(note->item.caption));
            gone.set("linked", mustache::data(false));
            item.set("photo", gone);
        } else {
            item.set("photo", photo(note->item.photoId, sizes, group, note->item.caption));
        }
        notes.push_back(item);
    }
    data.set("notes", notes);
    return data;
}

mustache::data SitePageContext::gallerySummary(const ExportGallery &exportGallery) const
{
    mustache::data data;
    data.set("title", text(exportGallery.title));
    data.set("href", optionalText(m_links.galleries.value(exportGallery.gallery.id)));
    data.set("noteCount", text(tr("%n photo(s)", nullptr, int(exportGallery.notes.size()))));
    data.set("cover", mustache::data(false));
    for (const GalleryNote &note : exportGallery.notes) {
        if (note.hasPhoto() && m_images.value(note.item.photoId).isValid()) {
            mustache::data cover =
                photo(note.item.photoId, QStringLiteral("(max-width: 40em) 100vw, 22em"),
                      QStringLiteral("cover"), note.item.caption);
            cover.set("linked", mustache::data(false)); // the card is the link
            data.set("cover", cover);
            break;
        }
    }
    return data;
}

mustache::data SitePageContext::entrySummary(const ExportEntry &exportEntry) const
{
    const JournalEntry &entry = exportEntry.entry;
    mustache::data data;
    data.set("title", text(exportEntry.title));
    data.set("href", optionalText(m_links.entries.value(entry.id)));
    data.set("date", entry.date.isValid()
                         ? text(QLocale().toString(entry.date, QLocale::LongFormat))
                         : mustache::data(false));
    data.set("dateIso",
             optionalText(entry.date.isValid() ? entry.date.toString(Qt::ISODate) : QString()));
    data.set("author", optionalText(entry.author));
    data.set("cover", mustache::data(false));
    if (entry.cover.photoId && m_images.value(entry.cover.photoId).isValid()) {
        mustache::data cover =
            photo(entry.cover.photoId, QStringLiteral("(max-width: 40em) 100vw, 22em"),
                  QStringLiteral("cover"), {}, entry.cover.alt);
        cover.set("linked", mustache::data(false)); // the card is the link
        data.set("cover", cover);
    }
    return data;
}

mustache::data SitePageContext::eventPage(const ExportEvent &event, bool isIndex) const
{
    mustache::data page = common(event.title, isIndex);
    mustache::data data;
    data.set("title", text(event.title));
    data.set("dateRange", optionalText(event.dateRange));
    data.set("place", optionalText(event.event.event.place));
    data.set("descriptionHtml",
             optionalText(SiteMarkup::paragraphsHtml(event.event.event.description)));
    data.set("photoCount", text(tr("%n photo(s)", nullptr, int(event.photoIds.size()))));

    mustache::data galleries(mustache::data::type::list);
    for (const ExportGallery &exportGallery : m_content.galleries)
        galleries.push_back(gallerySummary(exportGallery));
    data.set("hasGalleries", mustache::data(!galleries.is_empty_list()));
    data.set("galleries", listOrFalse(galleries));

    mustache::data entries(mustache::data::type::list);
    for (const ExportEntry &entry : m_content.entries)
        entries.push_back(entrySummary(entry));
    data.set("hasEntries", mustache::data(!entries.is_empty_list()));
    data.set("entries", listOrFalse(entries));

    mustache::data photos(mustache::data::type::list);
    const QString group = QStringLiteral("event-%1").arg(event.event.event.id);
    for (const qint64 id : event.photoIds)
        photos.push_back(photo(id, QStringLiteral("(max-width: 40em) 50vw, 15em"), group));
    data.set("hasPhotos", mustache::data(!photos.is_empty_list()));
    data.set("photos", listOrFalse(photos));
    page.set("event", data);
    return page;
}

mustache::data SitePageContext::galleryPage(const ExportGallery &exportGallery, bool isIndex) const
{
    mustache::data page = common(exportGallery.title, isIndex);
    page.set("gallery", gallery(exportGallery));
    return page;
}

std::optional<mustache::data> SitePageContext::entryPage(const ExportEntry &exportEntry,
                                                         bool isIndex, QString *error) const
{
    const JournalEntry &entry = exportEntry.entry;
    mustache::data page = common(exportEntry.title, isIndex);
    mustache::data data = entrySummary(exportEntry);
    if (entry.cover.photoId && m_images.value(entry.cover.photoId).isValid())
        data.set("cover",
                 photo(entry.cover.photoId, QStringLiteral("(max-width: 48em) 100vw, 46em"),
                       QStringLiteral("entry-%1").arg(entry.id), {}, entry.cover.alt));
    data.set("hasCategories", mustache::data(!entry.categories.isEmpty()));
    data.set("categories", listOrFalse(listOf(entry.categories)));
    data.set("hasTags", mustache::data(!entry.tags.isEmpty()));
    data.set("tags", listOrFalse(listOf(entry.tags)));
    QString bodyError;
    const QString body = bodyHtml(exportEntry, &bodyError);
    if (!bodyError.isEmpty()) {
        *error = bodyError;
        return std::nullopt;
    }
    data.set("bodyHtml", text(body));
    page.set("entry", data);
    return page;
}

QString SitePageContext::bodyHtml(const ExportEntry &exportEntry, QString *error) const
{
    const QString group = QStringLiteral("entry-%1").arg(exportEntry.entry.id);
    MarkdownRenderer renderer;
    renderer.setPhotoResolver([this](qint64 id) -> std::optional<QString> {
        const PhotoRenditions renditions = m_images.value(id);
        if (!m_content.photos.contains(id) || !renditions.isValid())
            return std::nullopt;
        return renditions.largest().relativePath;
    });
    renderer.setPhotoRenderer([this, group, error](qint64 id, const QString &altHtml,
                                                   bool insideLink) -> std::optional<QString> {
        if (!m_content.photos.contains(id) || !m_images.value(id).isValid())
            return std::nullopt; // the resolver's marker
        mustache::data data = photo(id, QStringLiteral("(max-width: 48em) 100vw, 46em"), group, {},
                                    SiteMarkup::htmlToText(altHtml));
        // A photo inside a link of the writer's goes where that link goes.
        data.set("linked", mustache::data(!insideLink));
        return m_templates.render(QStringLiteral("_photo"), data, error);
    });
    renderer.setGalleryRenderer([this, error](qint64 id) -> std::optional<QString> {
        const ExportGallery *exportGallery = m_galleriesById.value(id);
        if (!exportGallery)
            return std::nullopt;
        mustache::data context;
        context.set("gallery", gallery(*exportGallery));
        return m_templates.render(QStringLiteral("_gallery"), context, error);
    });
    return SiteMarkup::demotedHeadings(renderer.toHtml(exportEntry.entry.body));
}
