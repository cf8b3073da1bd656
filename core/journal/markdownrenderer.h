#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

// Journal Markdown to HTML, with md4c: CommonMark with GitHub's tables, autolinks, strikethrough
// and task lists, raw HTML off (it shows as text), and Corkboard's two references:
//
// - A photo: an image or a link whose URL is `photo:ID`, e.g. `![Joe Beda](photo:42)`. The photo
//   resolver gives its URL now (wherever the file has moved to); a photo no longer in the catalog
//   renders as a marker (`<span class="corkboard-missing">`) that says so.
// - A gallery: a fenced code block whose info string is `gallery ID`, on lines of its own:
//
//       ```gallery 12
//       ```
//
//   (the id may also stand alone inside the block). The gallery renderer gives its HTML; a gallery
//   no longer in the catalog renders as a marker. Anywhere else, a gallery block reads as a code
//   block, so the text stays readable in any Markdown tool.
class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownRenderer)

public:
    // The URL a photo reference shows, or nullopt when the photo is no longer in the catalog.
    using PhotoResolver = std::function<std::optional<QString>(qint64 photoId)>;
    // The HTML of a gallery block, or nullopt when the gallery is no longer in the catalog.
    using GalleryRenderer = std::function<std::optional<QString>(qint64 galleryId)>;

    // The whole HTML of an image that refers to a photo, given its alt text (escaped HTML, as it
    // would stand in the alt attribute) and whether the image stands inside a link (where it must
    // not open a link of its own): an export's <img> with srcset in a link to the large image.
    // nullopt, or no renderer: the plain <img> with the resolver's URL, or its marker.
    using PhotoRenderer = std::function<std::optional<QString>(
        qint64 photoId, const QString &altHtml, bool insideLink)>;

    void setPhotoResolver(PhotoResolver resolver) { m_photoResolver = std::move(resolver); }
    void setPhotoRenderer(PhotoRenderer renderer) { m_photoRenderer = std::move(renderer); }
    void setGalleryRenderer(GalleryRenderer renderer) { m_galleryRenderer = std::move(renderer); }

    QString toHtml(const QString &markdown) const;

    // "photo:42" gives 42; anything else nullopt.
    static std::optional<qint64> photoId(QStringView url);
    static QString photoUrl(qint64 photoId); // "photo:42"
    // The gallery a fenced block refers to, from its info string ("gallery 12") or, when that is
    // only "gallery", from its content ("12"); nullopt when it is not a gallery block.
    static std::optional<qint64> galleryId(QStringView info, QStringView content = {});
    // The Markdown of a gallery block: "```gallery 12\n```\n".
    static QString galleryBlock(qint64 galleryId);
    // Text for HTML: & < > " escaped.
    static QString escaped(QStringView text);

    // The markers, for whoever renders without this class (an export).
    static QString missingPhotoText(qint64 photoId);
    static QString missingGalleryText(qint64 galleryId);

private:
    PhotoResolver m_photoResolver;
    PhotoRenderer m_photoRenderer;
    GalleryRenderer m_galleryRenderer;
};
