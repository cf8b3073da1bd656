#pragma once

#include "core/journal/journalentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// One photo of a sticky-note list in an imported post, matched to the catalog.
struct ImportedGalleryPhoto
{
    qint64 photoId = 0;
    std::optional<double> width; // the post's `style="width:310px"`, in CSS pixels
};

// A Markdown post with YAML front matter, as Jekyll blogs keep them, read into a JournalEntry:
//
// - Front matter: title, author, date, categories (or category), tags, and image (path, width,
//   height, alt; or just a path) as the cover. `layout` is the blog's business and is dropped;
//   every other key is kept as YAML in extraFrontMatter, so that an export gives it back.
//   Lists may also be written as one space-separated string (`tags: a b`), as Jekyll allows.
// - The date comes from the front matter, else from a Jekyll file name ("2019-05-25-title.md").
// - Images are matched to catalog photos by file name (the photo matcher). A cover that matches
//   becomes the cover photo; one that does not keeps its path. `photo:ID` is read as it is.
// - Raw HTML in the body, which Corkboard does not render, is turned into what it meant where the
//   photos are known: an `<img src alt>` becomes `![alt](photo:ID)` when its file matches a
//   catalog photo and `![alt](src)` (the same picture, as Markdown) when not; a sticky-note list
//   (`<div class="full-screen-gallery ...">` of `<img>`s) becomes a gallery (the gallery maker
//   makes it, with the widths the post gave) and a ```` ```gallery ID ```` block when every one
//   of its photos matches, and is otherwise kept as it was written. HTML inside code is left
//   alone.
class MarkdownPostImporter
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownPostImporter)

public:
    // The catalog photo whose file has this name ("kubecon_2.JPG"), 0 when none.
    using PhotoMatcher = std::function<qint64(const QString &fileName)>;
    // Makes a gallery of these photos, titled after the heading above it; returns its id, 0
    // when it could not.
    using GalleryMaker =
        std::function<qint64(const QString &title, const QList<ImportedGalleryPhoto> &photos)>;

    void setPhotoMatcher(PhotoMatcher matcher) { m_photoMatcher = std::move(matcher); }
    void setGalleryMaker(GalleryMaker maker) { m_galleryMaker = std::move(maker); }

    // The entry the post holds (id 0, no times), or nullopt when its front matter cannot be read
    // (errorString() says why). Text without front matter is all body.
    std::optional<JournalEntry> parse(const QString &text, const QString &fileName = {}) const;
    QString errorString() const { return m_error; }

    // Splits "---\n<yaml>\n---\n<body>" into the YAML and the body (one blank line after the
    // front matter is the separator, not the body's). No front matter: empty YAML, all body.
    static std::pair<QString, QString> splitFrontMatter(const QString &text);

private:
    QString convertHtml(const QString &body) const;
    QString convertGallery(const QString &html, const QString &title) const;
    QString convertImage(const QString &tag) const;
    qint64 matchPhoto(const QString &source) const;

    PhotoMatcher m_photoMatcher;
    GalleryMaker m_galleryMaker;
    mutable QString m_error;
};
