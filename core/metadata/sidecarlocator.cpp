#include "core/metadata/sidecarlocator.h"

#include <QFileInfo>

namespace {

// The suffix starts after the last '.' of the file name, not of the path ("a.b/photo" has none).
qsizetype suffixDot(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const qsizetype separator =
        qMax(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return dot > separator + 1 ? dot : -1;
}

QString existingVariant(const QString &base)
{
    // On case-insensitive file systems the first probe finds either spelling.
    for (const QLatin1StringView extension :
         {QLatin1StringView(".xmp"), QLatin1StringView(".XMP")}) {
        QString candidate = base + extension;
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

} // namespace

QString findXmpSidecar(const QString &photoPath)
{
    if (photoPath.isEmpty())
        return {};
    if (QString beside = existingVariant(photoPath); !beside.isEmpty())
        return beside;
    const qsizetype dot = suffixDot(photoPath);
    if (dot < 0)
        return {};
    return existingVariant(photoPath.left(dot));
}
