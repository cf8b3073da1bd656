#include "core/galleries/gallery.h"

QString galleryStyleName(GalleryStyle style)
{
    switch (style) {
    case GalleryStyle::Strip:
        return QStringLiteral("strip");
    case GalleryStyle::Board:
        return QStringLiteral("board");
    case GalleryStyle::Grid:
        return QStringLiteral("grid");
    }
    return QStringLiteral("strip");
}

std::optional<GalleryStyle> galleryStyleFromName(QStringView name)
{
    for (GalleryStyle style : {GalleryStyle::Strip, GalleryStyle::Board, GalleryStyle::Grid}) {
        if (name.compare(galleryStyleName(style), Qt::CaseInsensitive) == 0)
            return style;
    }
    return std::nullopt;
}
