#include "core/import/filescanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace {

bool isSidecar(const QFileInfo &info)
{
    return info.suffix().compare(QLatin1String("xmp"), Qt::CaseInsensitive) == 0;
}

ScannedFile scannedFile(const QFileInfo &info)
{
    return {QDir::cleanPath(info.absoluteFilePath()), info.size(),
            info.lastModified().toMSecsSinceEpoch()};
}

} // namespace

ScanResult FileScanner::scan(const QStringList &paths, const std::atomic_bool &cancelled)
{
    ScanResult result;
    QSet<QString> seen;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.problems.append(
                {QDir::cleanPath(info.absoluteFilePath()), tr("No such file or folder")});
            continue;
        }
        if (info.isFile()) {
            const ScannedFile file = scannedFile(info);
            if (!seen.contains(file.path)) {
                seen.insert(file.path);
                result.files.append(file);
            }
            continue;
        }
        if (!info.isDir() || !info.isReadable()) {
            result.problems.append(
                {QDir::cleanPath(info.absoluteFilePath()), tr("Cannot read this folder")});
            continue;
        }
        const QDir root(info.absoluteFilePath());
        result.folders.append(QDir::cleanPath(root.absolutePath()));
        QDirIterator it(root.absolutePath(), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (cancelled.load(std::memory_order_relaxed)) {
                result.cancelled = true;
                return result;
            }
            it.next();
            const QFileInfo entry = it.fileInfo();
            // Hidden files, and anything inside a hidden folder below the root (.git, .thumbnails,
            // .Trash); the root itself may well sit inside a hidden folder.
            const QString relative = root.relativeFilePath(entry.absoluteFilePath());
            if (relative.startsWith(QLatin1Char('.')) || relative.contains(QLatin1String("/.")) ||
                isSidecar(entry) || !entry.isFile())
                continue;
            const ScannedFile file = scannedFile(entry);
            if (!seen.contains(file.path)) {
                seen.insert(file.path);
                result.files.append(file);
            }
        }
    }
    return result;
}
