#include "core/import/importworker.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/importhistoryrepository.h"
#include "core/catalog/photorepository.h"
#include "core/catalog/schemamigrator.h"
#include "core/catalog/transaction.h"
#include "core/events/eventregrouper.h"
#include "core/events/timelineupdater.h"
#include "core/import/contentidentity.h"
#include "core/import/photofilebytes.h"
#include "core/metadata/metadatareader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMultiHash>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <deque>

namespace {

// What a pool thread learnt about one file.
struct FileReading
{
    ScannedFile file;
    QByteArray identityKey;
    MetadataReadResult result;
    bool notPhoto = false;  // not an image, and not named like one: skipped quietly
    bool cancelled = false; // never read: the import was cancelled first
};

FileReading readFile(const ScannedFile &file, const MetadataReader &reader,
                     const std::atomic_bool &cancelled)
{
    FileReading reading;
    reading.file = file;
    if (cancelled.load(std::memory_order_relaxed)) {
        reading.cancelled = true;
        return reading;
    }
    const QString suffix = QFileInfo(file.path).suffix();
    PhotoFileBytes photoBytes;
    if (QString error = photoBytes.load(file.path); !error.isEmpty()) {
        reading.notPhoto = !isPhotoSuffix(suffix);
        reading.result.error = std::move(error);
        return reading;
    }
    const QByteArrayView bytes = photoBytes.metadataBytes();
    reading.identityKey = photoBytes.identityKey();
    if (detectImageFormat(bytes.first(std::min(bytes.size(), ImageFormatSniffBytes)), suffix) ==
            ImageFormat::Unknown &&
        !isPhotoSuffix(suffix)) {
        reading.notPhoto = true;
        return reading;
    }
    reading.result = reader.read(file.path, bytes);
    return reading;
}

bool isInside(const QString &path, const QStringList &folders)
{
    for (const QString &folder : folders) {
        if (path.startsWith(folder) &&
            (folder.endsWith(QLatin1Char('/')) || path.at(folder.size()) == QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace

ImportWorker::ImportWorker(QString catalogPath, QStringList paths, Options options)
    : m_catalogPath(std::move(catalogPath))
    , m_paths(std::move(paths))
    , m_options(options)
{}

ImportWorker::ImportWorker(QString catalogPath, QStringList paths)
    : ImportWorker(std::move(catalogPath), std::move(paths), Options{})
{}

ImportReport ImportWorker::run(const std::atomic_bool &cancelled, const Callbacks &callbacks)
{
    ImportReport report;
    ImportProgress progress;
    auto notify = [&]() {
        if (callbacks.progress)
            callbacks.progress(progress);
    };

    CatalogConnection connection(m_catalogPath);
    // Photos without a UTC offset of their own are placed in this computer's zone until their
    // event says otherwise.
    const QTimeZone systemZone = QTimeZone::systemTimeZone();
    if (QString error = connection.open(); !error.isEmpty()) {
        report.fatalError = error;
        return report;
    }
    if (QString error = SchemaMigrator().migrate(connection.database(), m_catalogPath);
        !error.isEmpty()) {
        report.fatalError = error;
        return report;
    }
    PhotoRepository photos(connection);
    ImportHistoryRepository history(connection);

    ImportRecord record;
    record.startedAt = QDateTime::currentDateTimeUtc();
    notify();
    const ScanResult scan = FileScanner::scan(m_paths, cancelled);
    report.problems = scan.problems;
    report.filesFound = static_cast<int>(scan.files.size());
    for (const QString &path : m_paths)
        record.roots.append(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    record.id = history.begin(record.roots, record.startedAt);
    report.importId = record.id;

    // Everything the catalog knows, indexed by path and by identity key, in memory: one query
    // instead of one per file.
    QHash<QString, PhotoFingerprint> known = photos.fingerprintsByPath();
    QMultiHash<QByteArray, qint64> idsByKey;
    QHash<qint64, QString> pathById;
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        pathById.insert(it->id, it.key());
        if (it->state != PhotoState::Unreadable)
            idsByKey.insert(it->identityKey, it->id);
    }

    progress.phase = ImportProgress::Phase::Reading;
    progress.total = report.filesFound;
    QList<ScannedFile> toRead;
    QList<qint64> reappeared;
    for (const ScannedFile &file : scan.files) {
        const auto it = known.constFind(file.path);
        if (it == known.cend() || it->fileSize != file.size ||
            it->fileModifiedMs != file.modifiedMs) {
            toRead.append(file);
            continue;
        }
        ++progress.done;
        if (it->state == PhotoState::Unreadable) {
            // Still the same broken file: report it again without reading it again.
            report.problems.append({file.path, it->stateReason});
            continue;
        }
        if (it->state == PhotoState::Missing)
            reappeared.append(it->id);
        ++report.unchanged;
    }
    notify();

    MetadataReader reader;
    QThreadPool pool;
    pool.setMaxThreadCount(m_options.readThreads > 0 ? m_options.readThreads
                                                     : QThread::idealThreadCount());
    auto startChunk = [&](qsizetype from) {
        return QtConcurrent::mapped(&pool, toRead.mid(from, m_options.chunkSize),
                                    [&reader, &cancelled](const ScannedFile &file) {
                                        return readFile(file, reader, cancelled);
                                    });
    };
    // Up to three chunks in flight, so the pool never waits while this thread writes.
    std::deque<QFuture<FileReading>> inFlight;
    qsizetype nextChunk = 0;
    auto fillPipeline = [&]() {
        while (inFlight.size() < 3 && nextChunk < toRead.size() &&
               !cancelled.load(std::memory_order_relaxed)) {
            inFlight.push_back(startChunk(nextChunk));
            nextChunk += m_options.chunkSize;
        }
    };
    fillPipeline();

    // Confirms a duplicate by full content; the existing photo's hash is kept for next time.
    auto sameContent = [&](qint64 existingId, const QString &existingPath, const QString &path) {
        const QByteArray existingHash = ContentIdentity::contentHashOfFile(existingPath);
        if (!existingHash.isEmpty())
            photos.setContentHash(existingId, existingHash);
        return !existingHash.isEmpty() && existingHash == ContentIdentity::contentHashOfFile(path);
    };

    while (!inFlight.empty() && report.fatalError.isEmpty()) {
        QFuture<FileReading> chunk = inFlight.front();
        inFlight.pop_front();
        const QList<FileReading> readings = chunk.results();
        fillPipeline();

        Transaction transaction(connection.database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> changedIds;
        for (const FileReading &reading : readings) {
            if (reading.cancelled)
                continue;
            ++progress.done;
            progress.currentPath = reading.file.path;
            if (reading.notPhoto) {
                ++report.notPhotos;
                continue;
            }
            PhotoRecord photo;
            photo.path = reading.file.path;
            photo.fileSize = reading.file.size;
            photo.fileModifiedMs = reading.file.modifiedMs;
            photo.identityKey = reading.identityKey;
            photo.metadata = reading.result.metadata;
            photo.importedAt = now;
            photo.importId = record.id;
            if (!reading.result.ok) {
                photo.state = PhotoState::Unreadable;
                photo.stateReason = reading.result.error;
                report.problems.append({photo.path, photo.stateReason});
            }

            const auto existing = known.constFind(photo.path);
            if (existing != known.cend()) {
                photo.id = existing->id;
                if (!photos.update(photo)) {
                    report.fatalError = photos.lastError();
                    break;
                }
                if (photo.state == PhotoState::Ok)
                    ++report.updated;
                changedIds.append(photo.id);
                continue;
            }

            bool handled = false;
            if (photo.state == PhotoState::Ok) {
                const QList<qint64> candidates = idsByKey.values(photo.identityKey);
                for (qint64 candidate : candidates) {
                    const QString candidatePath = pathById.value(candidate);
                    if (!QFileInfo::exists(candidatePath)) {
                        // The same content under a new path, and the old file is gone: it moved.
                        if (!photos.relocate(candidate, photo.path, photo.fileSize,
                                             photo.fileModifiedMs)) {
                            report.fatalError = photos.lastError();
                            break;
                        }
                        known.insert(photo.path, known.take(candidatePath));
                        pathById.insert(candidate, photo.path);
                        ++report.relocated;
                        changedIds.append(candidate);
                        handled = true;
                        break;
                    }
                    if (sameContent(candidate, candidatePath, photo.path)) {
                        report.duplicates.append({photo.path, candidatePath});
                        handled = true;
                        break;
                    }
                }
            }
            if (!report.fatalError.isEmpty())
                break;
            if (handled)
                continue;
            photo.id = photos.insert(photo);
            if (photo.id == 0) {
                report.fatalError = photos.lastError();
                break;
            }
            PhotoFingerprint fingerprint{photo.id,          photo.fileSize, photo.fileModifiedMs,
                                         photo.identityKey, photo.state,    photo.stateReason};
            known.insert(photo.path, fingerprint);
            pathById.insert(photo.id, photo.path);
            if (photo.state == PhotoState::Ok) {
                idsByKey.insert(photo.identityKey, photo.id);
                ++report.imported;
            }
            changedIds.append(photo.id);
        }
        if (report.fatalError.isEmpty()) {
            // Placed on the timeline in the same transaction, so the grid shows them in order
            // as they arrive.
            TimelineUpdater timeline(connection, systemZone);
            if (!timeline.update(changedIds))
                report.fatalError = tr("Cannot write to the catalog: %1").arg(timeline.lastError());
        }
        if (report.fatalError.isEmpty()) {
            if (QString error = transaction.commit(); !error.isEmpty())
                report.fatalError = tr("Cannot write to the catalog: %1").arg(error);
        }
        if (!report.fatalError.isEmpty()) {
            // Stop reading; what was committed before stays, this chunk is rolled back.
            for (QFuture<FileReading> &pending : inFlight)
                pending.cancel();
            for (QFuture<FileReading> &pending : inFlight)
                pending.waitForFinished();
            inFlight.clear();
            break;
        }
        if (callbacks.committed && !changedIds.isEmpty())
            callbacks.committed(changedIds);
        notify();
    }
    report.cancelled = cancelled.load() || scan.cancelled;

    // Files that were in the catalog under a folder just walked, and are no longer on disk.
    progress.phase = ImportProgress::Phase::Finishing;
    notify();
    if (report.fatalError.isEmpty()) {
        Transaction transaction(connection.database());
        for (qint64 id : std::as_const(reappeared))
            photos.setState(id, PhotoState::Ok);
        if (!scan.cancelled) {
            for (auto it = known.cbegin(); it != known.cend(); ++it) {
                if (it->state == PhotoState::Missing || !isInside(it.key(), scan.folders) ||
                    QFileInfo::exists(it.key()))
                    continue;
                photos.setState(it->id, PhotoState::Missing, tr("The file is no longer on disk"));
                ++report.markedMissing;
            }
        }
        // New photos join events, also after a cancel: what was committed is in the catalog.
        // What the user arranged by hand stays as it is (EventRegrouper).
        const RegroupResult grouping = EventRegrouper(connection).regroup();
        if (!grouping.ok)
            report.fatalError = tr("Cannot write to the catalog: %1").arg(grouping.error);
        report.eventsCreated = grouping.eventsCreated;
        report.eventsRemoved = grouping.eventsRemoved;
        if (report.fatalError.isEmpty()) {
            if (QString error = transaction.commit(); !error.isEmpty())
                report.fatalError = tr("Cannot write to the catalog: %1").arg(error);
        }
    }

    // Files were read in parallel; the user reads the report in path order.
    std::sort(report.problems.begin(), report.problems.end(),
              [](const ImportProblem &a, const ImportProblem &b) { return a.path < b.path; });
    std::sort(report.duplicates.begin(), report.duplicates.end(),
              [](const DuplicateFile &a, const DuplicateFile &b) { return a.path < b.path; });

    record.finishedAt = QDateTime::currentDateTimeUtc();
    record.imported = report.imported;
    record.updated = report.updated + report.relocated;
    record.unchanged = report.unchanged;
    record.duplicates = static_cast<int>(report.duplicates.size());
    record.failed = static_cast<int>(report.problems.size());
    record.missing = report.markedMissing;
    record.cancelled = report.cancelled;
    if (record.id > 0)
        history.finish(record);
    return report;
}
