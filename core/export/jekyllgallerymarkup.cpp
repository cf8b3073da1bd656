#include "core/export/jekyllgallerymarkup.h"

#include "core/export/jekylltext.h"
#include "core/journal/markdownrenderer.h"

namespace {

QString noteWidth(const GalleryBoard &board, qint64 itemId)
{
    for (const NotePlacement &note : board.notes) {
        if (note.itemId == itemId && note.photoRect.width() > 0)
            return QStringLiteral(" style=\"width:%1px\"").arg(qRound(note.photoRect.width()));
    }
    return {};
}

} // namespace

QString JekyllGalleryMarkup::html(const ExportGallery &gallery,
                                  const QHash<qint64, ExportPhoto> &photos,
                                  const JekyllImages &images)
{
    QString out = QStringLiteral("<div class=\"full-screen-gallery stickynote\">\n<ul>\n");
    for (const GalleryNote &note : gallery.notes) {
        const qint64 photoId = note.item.photoId;
        const QString style = noteWidth(gallery.board, note.item.id);
        const ImageRendition *page = images.pageImage(photoId);
        const ImageRendition *large = images.largeImage(photoId);
        if (page == nullptr || large == nullptr) {
            // The app shows such a note with the marker; so does the post, in the note's place.
            QString text = MarkdownRenderer::missingPhotoText(photoId);
            if (!note.item.caption.isEmpty())
                text += QStringLiteral(" (%1)").arg(note.item.caption);
            out += QStringLiteral("  <li><span class=\"corkboard-missing\"%1>%2</span></li>\n")
                       .arg(style, JekyllText::attribute(text));
            continue;
        }
        const QString alt = altText(note.item.caption, photos.value(photoId), gallery.title);
        out +=
            QStringLiteral("  <li><a href=\"%1\" target=\"_blank\" rel=\"noopener noreferrer\">"
                           "<img src=\"%2\"%3 alt=\"%4\" /></a></li>\n")
                .arg(JekyllText::attribute(images.url(*large)),
                     JekyllText::attribute(images.url(*page)), style, JekyllText::attribute(alt));
    }
    return out + QStringLiteral("</ul>\n</div>");
}

QString JekyllGalleryMarkup::altText(const QString &caption, const ExportPhoto &photo,
                                     const QString &fallback)
{
    for (const QString &text : {caption, photo.title, photo.description}) {
        if (!text.trimmed().isEmpty())
            return text.trimmed();
    }
    return fallback;
}
