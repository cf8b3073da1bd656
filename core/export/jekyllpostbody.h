#pragma once

#include <QString>

#include <functional>
#include <optional>

// The body of a Jekyll post from a journal entry's Markdown. Only Corkboard's two references, raw
// HTML and kramdown's own syntax change; every other byte stays as the user wrote it:
//
// - A photo (`![alt](photo:42)`, `[text](photo:42)`, `<photo:42>`, `[ref]: photo:42`): its URL
//   becomes the published image's ("/posts/kubecon-2-42-1024.jpg"), the large one for a link; an
//   image written without alt text gets the photo's words. A photo that was not published
//   becomes MarkdownRenderer::missingPhotoText as text (a link keeps its words, followed by the
//   marker).
// - A gallery block (```` ```gallery 12 ````): replaced by the gallery's HTML, set apart by blank
//   lines so that Markdown takes it as one HTML block; a gallery not published becomes
//   MarkdownRenderer::missingGalleryText.
// - Raw HTML (`<b>`, `<script>`, an HTML block): the app shows it as text, and so does the post,
//   its "<" written "&lt;", rather than Jekyll passing it to the page as HTML that would run.
//   Everything else of it (entities, Markdown in it) stays, read by Markdown as the app reads it;
//   "<" in code stays, being text already. The gallery HTML Corkboard writes stays HTML.
// - kramdown's attribute lists and extensions (`{: onclick="..."}`, `{::nomarkdown}`), text in
//   the app: their "{" is written "&#123;".
//
// The markers are plain text, made Markdown by JekyllText. The references are found with md4c and
// the same flags as MarkdownRenderer, so what is a reference here is what the app's preview shows
// as one: "photo:" in a code span or a fenced block is text and stays so.
class JekyllPostBody
{
public:
    // A published photo's URL: its large image when `large` (what a link opens), else the one a
    // page shows; nullopt when the photo was not published.
    using PhotoUrl = std::function<std::optional<QString>(qint64 photoId, bool large)>;
    // A gallery's HTML, without a final newline; nullopt when it was not published.
    using GalleryHtml = std::function<std::optional<QString>(qint64 galleryId)>;

    // The words for a published photo shown without any (`![](photo:42)`), empty for none.
    using PhotoAlt = std::function<QString(qint64 photoId)>;

    static QString convert(const QString &markdown, const PhotoUrl &photoUrl,
                           const GalleryHtml &galleryHtml, const PhotoAlt &photoAlt = {});
};
