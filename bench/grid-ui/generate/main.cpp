// corkboard-bench-grid-catalog N DIR PHOTO... : makes the library window benchmark's catalog, DIR/
// catalog.sqlite with N photos whose files exist. The PHOTO files (a couple of hundred real JPEGs)
// are read once with MetadataReader; DIR/photos gets N hard links to them across folders of
// 100-900 photos (one folder a day out, ten years of them), and each link becomes a catalog row
// through PhotoRepository, in one transaction, with its own time and its own identity key: to the
// grid and to the thumbnail cache they are N different photos, while the disk holds only the
// originals. A manifest records N and the photos, so a second run with the same ones does nothing.

#include "core/catalog/catalog.h"
#include "core/catalog/importhistoryrepository.h"
#include "core/catalog/photorepository.h"
#include "core/catalog/transaction.h"
#include "core/metadata/metadatareader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

// Bumped whenever the catalog this writes changes, so that an old one is not taken for a new one.
constexpr int kGeneratorVersion = 1;

struct BasePhoto
{
    QString path;
    qint64 size = 0;
    qint64 modifiedMs = 0;
    PhotoMetadata metadata;
};

void printError(const QString &message)
{
    std::fprintf(stderr, "corkboard-bench-grid-catalog: %s\n", qPrintable(message));
}

QJsonObject manifestFor(int count, const QList<BasePhoto> &bases)
{
    QJsonArray paths;
    for (const BasePhoto &base : bases)
        paths.append(base.path);
    return QJsonObject{{QStringLiteral("generator"), kGeneratorVersion},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("photos"), paths}};
}

QJsonObject readManifest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<BasePhoto> readBases(const QStringList &paths)
{
    const MetadataReader reader;
    QList<BasePhoto> bases;
    for (const QString &path : paths) {
        const MetadataReadResult result = reader.read(path);
        if (!result.ok) {
            printError(QStringLiteral("%1 left out: %2").arg(path, result.error));
            continue;
        }
        const QFileInfo info(path);
        bases.append({info.absoluteFilePath(), info.size(), info.lastModified().toMSecsSinceEpoch(),
                      result.metadata});
    }
    return bases;
}

// Folder sizes between 100 and 900 that add up to `count`: days out of very different length.
QList<int> folderSizes(int count, QRandomGenerator &random)
{
    QList<int> sizes;
    int left = count;
    while (left > 0) {
        const int size = std::min(left, 100 + static_cast<int>(random.bounded(801)));
        sizes.append(size);
        left -= size;
    }
    return sizes;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    bool countOk = false;
    const int count = args.value(0).toInt(&countOk);
    if (args.size() < 3 || !countOk || count < 1) {
        std::fprintf(stderr, "usage: corkboard-bench-grid-catalog N DIR PHOTO...\n");
        return 2;
    }
    const QDir dir(args.at(1));
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
    const QString manifestPath = dir.filePath(QStringLiteral("manifest.json"));

    QElapsedTimer timer;
    timer.start();
    const QList<BasePhoto> bases = readBases(args.mid(2));
    if (bases.isEmpty()) {
        printError(QStringLiteral("none of the photos could be read"));
        return 1;
    }
    const QJsonObject manifest = manifestFor(count, bases);
    if (readManifest(manifestPath) == manifest && QFileInfo::exists(catalogPath)) {
        std::printf("reusing the catalog of %d photos in %s\n", count, qPrintable(dir.path()));
        return 0;
    }
    // Anything left of an older catalog goes first: the manifest last, so that a run stopped
    // halfway is never taken for a finished one.
    QFile::remove(manifestPath);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(catalogPath + QString::fromLatin1(suffix));
    QDir(dir.filePath(QStringLiteral("photos"))).removeRecursively();

    Catalog catalog(catalogPath);
    if (const QString error = catalog.open(); !error.isEmpty()) {
        printError(error);
        return 1;
    }
    const QDateTime importedAt = QDateTime::currentDateTimeUtc();
    const qint64 importId =
        ImportHistoryRepository(catalog.connection())
            .begin({dir.absoluteFilePath(QStringLiteral("photos"))}, importedAt);

    QRandomGenerator random(1);
    const QList<int> sizes = folderSizes(count, random);
    // One day out every 2-3 weeks, from 2015 on; shots 5 s to 10 min apart from 9 in the morning.
    QDate day(2015, 1, 10);
    PhotoRepository photos(catalog.connection());
    Transaction transaction(catalog.connection().database());
    int written = 0;
    for (qsizetype folder = 0; folder < sizes.size(); ++folder) {
        const QString relativeFolder =
            QStringLiteral("%1/%2").arg(day.year()).arg(day.toString(Qt::ISODate));
        const QString folderPath = dir.absoluteFilePath(QStringLiteral("photos/") + relativeFolder);
        if (!QDir().mkpath(folderPath)) {
            printError(QStringLiteral("cannot create %1").arg(folderPath));
            return 1;
        }
        QDateTime taken(day, QTime(9, 0), Qt::UTC);
        for (int i = 0; i < sizes.at(folder); ++i, ++written) {
            const BasePhoto &base = bases.at(written % bases.size());
            PhotoRecord photo;
            photo.path =
                QStringLiteral("%1/IMG_%2.JPG").arg(folderPath).arg(i + 1, 4, 10, QLatin1Char('0'));
            if (::link(QFile::encodeName(base.path).constData(),
                       QFile::encodeName(photo.path).constData()) != 0) {
                printError(QStringLiteral("cannot link %1: %2")
                               .arg(photo.path, QString::fromLocal8Bit(std::strerror(errno))));
                return 1;
            }
            photo.fileSize = base.size;
            photo.fileModifiedMs = base.modifiedMs;
            // The key a real import computes from the file would be the same for every link to
            // one original; a key of the path makes each link a photo of its own.
            photo.identityKey =
                QCryptographicHash::hash(photo.path.toUtf8(), QCryptographicHash::Md5);
            photo.metadata = base.metadata;
            taken = taken.addSecs(5 + random.bounded(600));
            TakenTime time;
            time.date = taken.date();
            time.time = taken.time();
            time.utcOffsetSeconds = 3600;
            time.sourceTag = QStringLiteral("Exif.Photo.DateTimeOriginal");
            photo.metadata.takenAt = time;
            photo.importedAt = importedAt;
            photo.importId = importId;
            if (photos.insert(photo) == 0) {
                printError(photos.lastError());
                return 1;
            }
        }
        day = day.addDays(14 + random.bounded(8));
    }
    if (const QString error = transaction.commit(); !error.isEmpty()) {
        printError(error);
        return 1;
    }
    ImportRecord record;
    record.id = importId;
    record.startedAt = importedAt;
    record.finishedAt = QDateTime::currentDateTimeUtc();
    record.roots = {dir.absoluteFilePath(QStringLiteral("photos"))};
    record.imported = written;
    ImportHistoryRepository(catalog.connection()).finish(record);

    QSaveFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::WriteOnly) ||
        manifestFile.write(QJsonDocument(manifest).toJson()) < 0 || !manifestFile.commit()) {
        printError(QStringLiteral("cannot write %1").arg(manifestPath));
        return 1;
    }
    std::printf("%d photos in %lld folders (links to %lld originals) in %s, in %.1f s\n", written,
                static_cast<long long>(sizes.size()), static_cast<long long>(bases.size()),
                qPrintable(dir.path()), static_cast<double>(timer.elapsed()) / 1000);
    return 0;
}
