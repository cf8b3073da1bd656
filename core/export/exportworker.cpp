#include "core/export/exportworker.h"

#include "core/catalog/catalogconnection.h"
#include "core/export/exportcontentcollector.h"
#include "core/export/exportfilenames.h"
#include "core/export/exportmanifest.h"
#include "core/export/imagerenditionmaker.h"
#include "core/export/jekyllpostwriter.h"
#include "core/export/sitebuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <mutex>
#include <optional>

namespace {

// How often the dialog hears of the images' progress: a few times a second, never per photo.
constexpr int ProgressIntervalMs = 200;

// The folder under the output folder that holds the images, '/'-separated, without empty or
// surrounding-blank segments ("/posts/" and "posts" are one folder).
QString normalizedFolder(const QString &folder)
{
    QStringList segments;
    const QStringList parts = QString(folder).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (const QString segment = part.trimmed(); !segment.isEmpty())
            segments.append(segment);
    }
    return segments.join(u'/');
}

int filesOf(const PhotoRenditions &renditions)
{
    return int(renditions.sizes.size()) + (renditions.originalRelativePath.isEmpty() ? 0 : 1);
}

} // namespace

ExportReport ExportWorker::run(const QString &catalogPath, const ExportOptions &options,
                               const std::atomic_bool &cancelled, const ProgressCallback &progress)
{
    QElapsedTimer timer;
    timer.start();
    ExportReport report;
    report.outputDirectory = options.outputDirectory;
    const auto finish = [&] {
        report.elapsedMs = timer.elapsed();
        return report;
    };
    const auto tell = [&](ExportProgress::Phase phase, int done, int total,
                          const QString &current) {
        if (progress)
            progress(ExportProgress{phase, done, total, current});
    };

    if (options.outputDirectory.isEmpty() || QDir::isRelativePath(options.outputDirectory)) {
        report.error = tr("Choose a folder to export to.");
        return finish();
    }
    const QString imageFolder = options.format == ExportFormat::Html
                                    ? QStringLiteral("images")
                                    : normalizedFolder(options.jekyllImageFolder);
    if (!imageFolder.isEmpty() &&
        !ExportFileNames::staysInside(imageFolder + QStringLiteral("/x"))) {
        report.error = tr("The image folder \"%1\" must be a folder inside the site.")
                           .arg(options.jekyllImageFolder);
        return finish();
    }
    if (!QDir().mkpath(options.outputDirectory)) {
        report.error = tr("The folder %1 cannot be made.")
                           .arg(QDir::toNativeSeparators(options.outputDirectory));
        return finish();
    }

    // The catalog, read in one go on this thread's own connection, closed before the long part.
    tell(ExportProgress::Phase::Reading, 0, 0, {});
    std::optional<ExportContent> content;
    {
        CatalogConnection connection(catalogPath);
        if (const QString error = connection.open(); !error.isEmpty()) {
            report.error = error;
            return finish();
        }
        QString error;
        content = ExportContentCollector::collect(connection, options.subject, &error);
        if (!content) {
            report.error = error;
            return finish();
        }
    }
    if (cancelled) {
        report.cancelled = true;
        return finish();
    }

    // Images: what an earlier export into this folder made and is still current is reused; the
    // rest is made on a pool, one photo per task.
    ExportManifest manifest;
    manifest.load(options.outputDirectory);
    QList<qint64> photoIds = content->photos.keys();
    std::sort(photoIds.begin(), photoIds.end());
    const int total = int(photoIds.size());
    QHash<qint64, PhotoRenditions> images;
    images.reserve(total);
    QList<ExportPhoto> toMake;
    for (qint64 id : std::as_const(photoIds)) {
        const ExportPhoto &photo = content->photos[id];
        if (!photo.available) {
            report.skipped.append({photo.id, photo.path, photo.unavailableReason});
            images.insert(id, PhotoRenditions{photo.id, {}, {}, photo.unavailableReason});
        } else if (const auto reused =
                       ImageRenditionMaker::reused(photo, options, imageFolder, manifest)) {
            images.insert(id, reused->renditions);
            report.imagesReused += filesOf(reused->renditions);
        } else {
            toMake.append(photo);
        }
    }

    std::atomic_int made = 0;
    std::mutex currentMutex;
    QString current;
    QThreadPool pool;
    pool.setMaxThreadCount(QThread::idealThreadCount());
    QList<QFuture<std::optional<ImageRenditionMaker::Result>>> futures;
    futures.reserve(toMake.size());
    for (const ExportPhoto &photo : std::as_const(toMake)) {
        futures.append(
            QtConcurrent::run(&pool, [&, photo]() -> std::optional<ImageRenditionMaker::Result> {
                // Cancelled: the photos not begun are left; the ones under way finish, so no
                // half-made file is left behind (each file is written atomically anyway).
                if (cancelled)
                    return std::nullopt;
                ImageRenditionMaker::Result result =
                    ImageRenditionMaker::make(photo, options, imageFolder);
                {
                    const std::lock_guard lock(currentMutex);
                    current = QFileInfo(photo.path).fileName();
                }
                ++made;
                return result;
            }));
    }
    const int alreadyDone = total - int(toMake.size());
    do {
        QString now;
        {
            const std::lock_guard lock(currentMutex);
            now = current;
        }
        tell(ExportProgress::Phase::Images, alreadyDone + made, total, now);
    } while (!pool.waitForDone(ProgressIntervalMs));

    for (qsizetype i = 0; i < futures.size(); ++i) {
        const std::optional<ImageRenditionMaker::Result> result = futures.at(i).result();
        const ExportPhoto &photo = toMake.at(i);
        if (!result)
            continue;
        if (result->renditions.isValid()) {
            images.insert(photo.id, result->renditions);
            manifest.record(result->files);
            report.imagesMade += result->imagesMade;
        } else {
            report.skipped.append({photo.id, photo.path, result->renditions.error});
            images.insert(photo.id, result->renditions);
        }
    }
    tell(ExportProgress::Phase::Images, alreadyDone + made, total, {});
    // What was made is recorded even when cancelled: the next export reuses it.
    const QString manifestError = manifest.save();
    if (cancelled) {
        report.cancelled = true;
        return finish();
    }

    tell(ExportProgress::Phase::Pages, 0, 0, {});
    if (options.format == ExportFormat::Html)
        SiteBuilder::build(*content, images, options, report);
    else
        JekyllPostWriter::write(*content, images, options, report);
    if (report.error.isEmpty() && !manifestError.isEmpty())
        report.error = manifestError;
    return finish();
}
