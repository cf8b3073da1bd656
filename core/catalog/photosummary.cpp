#include "core/catalog/photosummary.h"

QString PhotoSummary::fileName() const
{
    // Catalog paths are cleaned with '/' separators on every platform (QDir::cleanPath).
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}
