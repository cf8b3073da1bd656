#pragma once

#include "core/export/exportcontent.h"
#include "core/export/jekyllimages.h"

#include <QHash>
#include <QString>

// A gallery in a Jekyll post, as the reference post writes its sticky notes by hand and its
// theme styles them:
//
//   <div class="full-screen-gallery stickynote">
//   <ul>
//     <li><a href="LARGE" target="_blank" rel="noopener noreferrer"><img src="PAGE"
//         style="width:310px" alt="CAPTION" /></a></li>
//   </ul>
//   </div>
//
// (each <li> on one line). The widths are the notes' photo widths on the gallery's board, the
// ones the app draws. No blank line inside: Markdown ends an HTML block at one.
class JekyllGalleryMarkup
{
public:
    // Without a final newline.
    static QString html(const ExportGallery &gallery, const QHash<qint64, ExportPhoto> &photos,
                        const JekyllImages &images);

    // The words for a photo: its caption, else its title, else its description, else `fallback`.
    static QString altText(const QString &caption, const ExportPhoto &photo,
                           const QString &fallback);
};
