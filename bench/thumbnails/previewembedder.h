#pragma once

#include <QString>
#include <QStringList>

// Makes photos for timing the embedded-preview path: copies of camera JPEGs with a large
// thumbnail stored after the photo and listed in an MPF index (APP2), the way Canon, Nikon, Sony
// and Fujifilm bodies store their 1620-1920 px previews. Written here, not with Corkboard's code,
// so the benchmark does not test a reader against its own writer.
namespace PreviewEmbedder {

// Writes each photo into `out` (as <index>-<name>) with a preview `size` px on its longest edge,
// scaled from the photo; an empty string on success, otherwise what went wrong.
QString writeAll(const QStringList &photos, const QString &out, int size);

} // namespace PreviewEmbedder
