// corkboard-bench-grid-model [N] [--catalog FILE]: how long the library window's models take on a
// big catalog. Writes N photo rows (100,000 by default) straight through PhotoRepository, in about
// 200 folders under a few import roots, then times opening the catalog, loading the grid in each
// sort order, loading the sidebar, and refreshing a 128-photo import batch into the full grid.
// Prints the figures and the peak resident memory (VmHWM).

#include "core/catalog/catalog.h"
#include "core/catalog/importhistoryrepository.h"
#include "core/catalog/photorepository.h"
#include "core/catalog/transaction.h"
#include "core/library/photogridmodel.h"
#include "core/library/sidebar/folderssection.h"
#include "core/library/sidebar/librarysection.h"
#include "core/library/sidebar/problemssection.h"
#include "core/library/sidebar/recentimportssection.h"
#include "core/library/sidebar/sidebarmodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <memory>

namespace {

const QStringList kCameraPrefixes = {QStringLiteral("IMG_"), QStringLiteral("DSC"),
                                     QStringLiteral("PXL_"), QStringLiteral("_MG_")};
const QStringList kPlaces = {QStringLiteral("Barcelona"), QStringLiteral("Lisbon"),
                             QStringLiteral("KubeCon"),   QStringLiteral("Wedding"),
                             QStringLiteral("Garden"),    QStringLiteral("Alps")};
constexpr int kFolders = 200;
constexpr int kImports = 20;
constexpr int kBatch = 128;

// The peak resident set of this process so far, in MiB, from /proc (Linux only).
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Folder f of the generated library: ~/Pictures/<year>/<date> <place>[/<camera>].
QString folderPath(int f)
{
    const QDate day = QDate(2015, 1, 1).addDays(f * 13);
    QString path = QStringLiteral("/home/ana/Pictures/%1/%2 %3")
                       .arg(day.year())
                       .arg(day.toString(Qt::ISODate), kPlaces.at(f % kPlaces.size()));
    if (f % 3 == 0)
        path += QStringLiteral("/camera");
    return path;
}

PhotoRecord makePhoto(int n, int count, QRandomGenerator &random)
{
    const int folder = static_cast<int>(qint64(n) * kFolders / count);
    PhotoRecord photo;
    const QString prefix = kCameraPrefixes.at(folder % kCameraPrefixes.size());
    photo.path = QStringLiteral("%1/%2%3.JPG")
                     .arg(folderPath(folder), prefix)
                     .arg(n % 10000, 4, 10, QLatin1Char('0'));
    photo.fileSize = 3'000'000 + random.bounded(2'000'000);
    photo.fileModifiedMs = 1'600'000'000'000 + n * 1000LL;
    photo.identityKey.resize(16);
    random.fillRange(reinterpret_cast<quint32 *>(photo.identityKey.data()), 4);
    photo.importedAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addMSecs(n * 5LL);
    PhotoMetadata &m = photo.metadata;
    m.format = ImageFormat::Jpeg;
    m.width = 4000;
    m.height = 3000;
    m.orientation = random.bounded(10) == 0 ? 6 : 1;
    m.make = QStringLiteral("Canon");
    m.model = QStringLiteral("Canon EOS R6");
    if (random.bounded(20) != 0) { // one photo in 20 has no time (scans, messengers)
        const QDateTime shot = QDateTime(QDate(2015, 1, 1).addDays(folder * 13), QTime(8, 0))
                                   .addSecs(n % 500 * 90 + random.bounded(60));
        m.takenAt = TakenTime{shot.date(), shot.time(), 7200,
                              QStringLiteral("Exif.Photo.DateTimeOriginal")};
    }
    if (random.bounded(400) == 0) {
        photo.state = PhotoState::Unreadable;
        photo.stateReason = QStringLiteral("Truncated JPEG");
    } else if (random.bounded(400) == 0) {
        photo.state = PhotoState::Missing;
    }
    return photo;
}

bool fillCatalog(const CatalogConnection &connection, int count)
{
    Transaction transaction(connection.database());
    PhotoRepository photos(connection);
    ImportHistoryRepository history(connection);
    // Each import brought in one year's root folder, in order.
    QList<qint64> importIds;
    for (int i = 0; i < kImports; ++i) {
        const QString root = folderPath(i * kFolders / kImports).section(QLatin1Char('/'), 0, 4);
        importIds.append(history.begin(
            {root}, QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 3600)));
    }
    QRandomGenerator random(7);
    for (int n = 0; n < count; ++n) {
        PhotoRecord photo = makePhoto(n, count, random);
        photo.importId = importIds.at(static_cast<int>(qint64(n) * kImports / count));
        if (photos.insert(photo) == 0) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(photos.lastError()));
            return false;
        }
    }
    return transaction.commit().isEmpty();
}

// Wall time and the process's CPU time: on a busy machine (two cores shared with a build) the
// CPU time is the steadier figure.
class Stopwatch
{
public:
    // Prints the time since the last report or restart, and returns the wall time in ms.
    double report(const char *what)
    {
        const double wallMs = double(m_timer.nsecsElapsed()) / 1e6;
        const double cpuMs = double(std::clock() - m_cpuStart) * 1000.0 / CLOCKS_PER_SEC;
        std::printf("  %-58s %8.1f ms %8.1f ms\n", what, wallMs, cpuMs);
        std::fflush(stdout);
        restart();
        return wallMs;
    }
    void restart()
    {
        m_timer.restart();
        m_cpuStart = std::clock();
    }

private:
    QElapsedTimer m_timer;
    std::clock_t m_cpuStart = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the grid and sidebar models on a generated catalog."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("N"),
                                 QStringLiteral("Photos in the catalog (default 100000)."));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        QStringLiteral("Catalog file to create (default: a temporary one)."),
        QStringLiteral("FILE"));
    // The catalog is written by a child process, so that the peak memory measured here is that of
    // opening a big catalog, not of writing one.
    const QCommandLineOption writeOnlyOption(QStringLiteral("write-only"),
                                             QStringLiteral("Only write the catalog, then exit."));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("Time the catalog given with --catalog as it is, without writing it "
                       "(for repeated runs and profiling)."));
    parser.addOption(catalogOption);
    parser.addOption(writeOnlyOption);
    parser.addOption(reuseOption);
    parser.process(app);
    const int count = parser.positionalArguments().value(0, QStringLiteral("100000")).toInt();
    if (count <= kBatch) {
        std::fprintf(stderr, "N must be more than %d\n", kBatch);
        return 2;
    }

    QTemporaryDir dir;
    const QString path = parser.isSet(catalogOption)
                             ? parser.value(catalogOption)
                             : dir.filePath(QStringLiteral("catalog.sqlite"));
    Stopwatch watch;
    if (parser.isSet(writeOnlyOption)) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        Catalog catalog(path);
        if (const QString error = catalog.open(); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        return fillCatalog(catalog.connection(), count) ? 0 : 1;
    }
    if (!parser.isSet(reuseOption) || !QFile::exists(path)) {
        watch.restart();
        const int written = QProcess::execute(QCoreApplication::applicationFilePath(),
                                              {QString::number(count), QStringLiteral("--catalog"),
                                               path, QStringLiteral("--write-only")});
        if (written != 0) {
            std::fprintf(stderr, "writing the catalog failed\n");
            return 1;
        }
        std::printf("%d photos in %d folders, %d imports\n", count, kFolders, kImports);
        watch.report("writing the catalog (another process, not timed below)");
    }
    std::printf("  %-58s %11s %11s\n", "", "wall", "cpu");
    watch.restart();
    Catalog catalog(path);
    if (const QString error = catalog.open(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    double firstScreenMs = watch.report("open the catalog");
    auto grid = std::make_unique<PhotoGridModel>(catalog.connection());
    firstScreenMs += watch.report("grid: construct and load, by time taken");
    const int rows = grid->rowCount();

    SidebarModel sidebar;
    sidebar.addSection(std::make_unique<LibrarySection>(catalog.connection()));
    sidebar.addSection(std::make_unique<FoldersSection>(catalog.connection()));
    sidebar.addSection(std::make_unique<RecentImportsSection>(catalog.connection()));
    sidebar.addSection(std::make_unique<ProblemsSection>(catalog.connection()));
    firstScreenMs += watch.report("sidebar: four sections loaded");
    std::printf("  %-58s %8.1f ms\n", "= first screen: open + grid + sidebar", firstScreenMs);
    watch.restart();
    sidebar.reload();
    watch.report("sidebar: reload, nothing changed");

    grid->setSortOrder(PhotoGridModel::SortOrder::FileName);
    watch.report("grid: re-sort by file name (in memory)");
    grid->setSortOrder(PhotoGridModel::SortOrder::ImportedAt);
    watch.report("grid: re-sort by import (in memory)");
    for (const auto &[order, name] : {std::pair{PhotoGridModel::SortOrder::TakenAt, "time taken"},
                                      std::pair{PhotoGridModel::SortOrder::FileName, "file name"},
                                      std::pair{PhotoGridModel::SortOrder::ImportedAt, "import"}}) {
        grid->setSortOrder(order);
        watch.restart();
        grid->reload();
        watch.report(qPrintable(QStringLiteral("grid: reload by %1").arg(QLatin1String(name))));
    }
    grid->setSource(PhotoSource::problems());
    watch.report("grid: problems");
    grid->setSource(PhotoSource::folder(folderPath(kFolders / 2)));
    watch.report("grid: one folder");
    grid->setSource(PhotoSource::allPhotos());
    watch.report("grid: back to all photos");

    // An import adds 128 photos whose names and times fall all over the existing ones: the worst
    // case for a sorted insertion (a new trip would land in one run).
    QList<qint64> batch;
    {
        PhotoRepository photos(catalog.connection());
        Transaction transaction(catalog.connection().database());
        QRandomGenerator random(11);
        // Unique paths on every run, so that --reuse can run again on the same catalog.
        const qint64 run = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < kBatch; ++i) {
            PhotoRecord photo = makePhoto(random.bounded(count), count, random);
            photo.path += QStringLiteral(".%1-%2.JPG").arg(run).arg(i);
            photo.state = PhotoState::Ok;
            batch.append(photos.insert(photo));
            if (batch.last() == 0) {
                std::fprintf(stderr, "insert failed: %s\n", qPrintable(photos.lastError()));
                return 1;
            }
        }
        if (const QString error = transaction.commit(); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    for (const auto &[order, name] : {std::pair{PhotoGridModel::SortOrder::TakenAt, "time taken"},
                                      std::pair{PhotoGridModel::SortOrder::FileName, "file name"},
                                      std::pair{PhotoGridModel::SortOrder::ImportedAt, "import"}}) {
        grid->setSortOrder(order);
        grid->reload();
        watch.restart();
        grid->refreshPhotos(batch);
        watch.report(qPrintable(QStringLiteral("grid: refresh a batch of %1 new photos, by %2")
                                    .arg(kBatch)
                                    .arg(QLatin1String(name))));
    }
    watch.restart();
    grid->refreshPhotos(batch);
    watch.report("grid: refresh the same batch again (nothing changed)");
    sidebar.reload();
    watch.report("sidebar: reload after the batch");

    std::printf("rows: %d in the grid, %d sidebar sections\n", rows, sidebar.rowCount());
    std::printf("peak RSS: %.1f MiB\n", peakRssMiB());
    return 0;
}
