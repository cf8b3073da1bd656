// corkboard-bench-exiv2-floor DIR CATALOG: the floor of the import benchmark. It does the least
// an import must do (find the photos, read their metadata with exiv2 from memory-mapped bytes on
// two threads, write a row each into SQLite in one transaction as they come) and nothing else: no
// validation, no sidecars, no duplicate detection, no progress. Corkboard's import is measured
// against it: the gap is what Corkboard's own work costs.

#include "bench/floor/floorcatalog.h"
#include "bench/floor/floorreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <exiv2/exiv2.hpp>

namespace {

QMutex exiv2XmpMutex;

void lockExiv2Xmp(void * /*data*/, bool lock)
{
    if (lock)
        exiv2XmpMutex.lock();
    else
        exiv2XmpMutex.unlock();
}

QStringList findPhotos(const QString &root)
{
    static const QStringList suffixes{QStringLiteral("jpg"), QStringLiteral("jpeg")};
    QStringList paths;
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (suffixes.contains(it.fileInfo().suffix(), Qt::CaseInsensitive))
            paths.append(it.filePath());
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corkboard-bench-exiv2-floor"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads the EXIF of every JPEG under DIR with bare exiv2 and writes a row "
                       "each into a fresh SQLite file: the floor an import is measured against."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Folder of photos."));
    parser.addPositionalArgument(QStringLiteral("CATALOG"),
                                 QStringLiteral("SQLite file to create (replaced if present)."));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Reader threads (default 2)."),
                                           QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption hashOption(
        QStringLiteral("hash"),
        QStringLiteral("Also hash each file with XXH3: none (default), head-tail (size and first "
                       "and last 64 KiB) or whole (every byte)."),
        QStringLiteral("MODE"), QStringLiteral("none"));
    parser.addOption(threadsOption);
    parser.addOption(hashOption);
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    const int threads = parser.value(threadsOption).toInt();
    const QString hashName = parser.value(hashOption);
    const FloorHash hash = hashName == QLatin1String("whole")       ? FloorHash::Whole
                           : hashName == QLatin1String("head-tail") ? FloorHash::HeadAndTail
                                                                    : FloorHash::None;
    if (arguments.size() != 2 || threads < 1 ||
        (hash == FloorHash::None && hashName != QLatin1String("none"))) {
        std::fprintf(stderr, "usage: corkboard-bench-exiv2-floor DIR CATALOG [--threads N] "
                             "[--hash none|head-tail|whole]\n");
        return 2;
    }

    Exiv2::XmpParser::initialize(lockExiv2Xmp, nullptr);
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::error);
    QElapsedTimer timer;
    timer.start();

    const QStringList paths = findPhotos(arguments.at(0));
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    // The readers start at once; the catalog is created and filled on this thread meanwhile, in
    // the order of the paths, each row as soon as its photo has been read.
    const QFuture<FloorRecord> reading = QtConcurrent::mapped(
        &pool, paths, [hash](const QString &path) { return FloorReader::read(path, hash); });
    qint64 failed = 0;
    QString error;
    {
        FloorCatalog catalog;
        error = catalog.create(arguments.at(1));
        for (int i = 0; error.isEmpty() && i < paths.size(); ++i) {
            const FloorRecord record = reading.resultAt(i);
            if (!record.error.isEmpty()) {
                ++failed;
                std::fprintf(stderr, "%s: %s\n", qPrintable(record.path), qPrintable(record.error));
                continue;
            }
            error = catalog.insert(record);
        }
        if (error.isEmpty())
            error = catalog.commit();
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "corkboard-bench-exiv2-floor: %s\n", qPrintable(error));
        return 1;
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    std::printf("%lld photos (%lld unreadable) in %.3f s on %d threads, hash %s: %.0f photos/s\n",
                static_cast<long long>(paths.size()), static_cast<long long>(failed), seconds,
                threads, qPrintable(hashName),
                seconds > 0 ? static_cast<double>(paths.size()) / seconds : 0.0);
    return failed == 0 ? 0 : 1;
}
