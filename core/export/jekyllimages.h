#pragma once

#include "core/export/imagerendition.h"

#include <QHash>
#include <QString>

#include <optional>

// Where a Jekyll post finds the images the export made: under the site's root, in the folder the
// user chose ("posts" gives /posts/kubecon-2-42-1024.jpg, as the reference post has them), as
// site-absolute URLs, because a post's page lives at /2019/05/25/title.html whatever the folder.
class JekyllImages
{
public:
    // The size a page shows: the smallest at least this long on its longest side (enough for a
    // note or a column of text on a high-density screen), else the largest there is.
    static constexpr int PageImageSide = 1024;

    JekyllImages(const QHash<qint64, PhotoRenditions> &images, const QString &folder);

    // The image a page shows, the one a link opens; nullptr when the photo was not published.
    const ImageRendition *pageImage(qint64 photoId) const;
    const ImageRendition *largeImage(qint64 photoId) const;

    // "/posts/kubecon-2-42-1024.jpg": the folder, then the image's file name.
    QString url(const ImageRendition &image) const;
    std::optional<QString> pageUrl(qint64 photoId) const;
    std::optional<QString> largeUrl(qint64 photoId) const;

    // "/posts", "/assets/img": the folder as a URL path, each segment percent-encoded, without
    // the slashes a user may have typed around or inside it; "" for the site's root.
    static QString folderUrl(const QString &folder);

private:
    const QHash<qint64, PhotoRenditions> &m_images;
    QString m_folderUrl;
};
