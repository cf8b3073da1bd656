// corkboard-bench-thumbnails [--threads N] [--size PX] [--count N] [--cache DIR] FOLDER
//     Makes a thumbnail of every photo under FOLDER (the first N by path) with Corkboard's
//     ThumbnailService on N threads, and prints how many it made per second. Each photo's
//     identity key and orientation are read first, untimed, as the catalog would hold them.
// corkboard-bench-thumbnails --list [--count N] FOLDER
//     Prints the paths of those photos, one a line, for timing other tools on the same files.
// corkboard-bench-thumbnails --write-previewed PX [--count N] FOLDER OUT
//     Copies photos of FOLDER into OUT with a PX-pixel preview embedded the way cameras embed
//     theirs, for timing the embedded-preview path.

#include "bench/thumbnails/previewembedder.h"
#include "core/import/photofilebytes.h"
#include "core/metadata/metadatareader.h"
#include "core/thumbnails/thumbnailservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "corkboard-bench-thumbnails: %s\n", qPrintable(message));
}

// Every regular file under `folder` that is not hidden, sorted by path: the same order for
// every tool and every run.
QStringList photosUnder(const QString &folder, int count)
{
    QStringList paths;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    std::sort(paths.begin(), paths.end());
    if (count > 0 && count < paths.size())
        paths.resize(count);
    return paths;
}

int makeThumbnails(const QStringList &paths, int threads, int size, const QString &cache)
{
    if (!cache.isEmpty()) {
        // A fresh cache every run: what is timed is making thumbnails, not finding them.
        QDir(cache).removeRecursively();
        if (!QDir().mkpath(cache)) {
            printError(QStringLiteral("cannot make %1").arg(cache));
            return 1;
        }
    }
    ThumbnailService::Settings settings;
    settings.threadCount = threads;
    settings.cacheDirectory = cache;
    // Every thumbnail stays in memory, as in a view that shows them all.
    settings.memoryCacheLimitBytes = qint64(4) * 1024 * 1024 * 1024;

    QList<ThumbnailRequest> requests;
    const MetadataReader reader;
    for (const QString &path : paths) {
        PhotoFileBytes bytes;
        if (const QString error = bytes.load(path); !error.isEmpty()) {
            printError(QStringLiteral("%1: %2").arg(path, error));
            return 1;
        }
        const MetadataReadResult metadata = reader.read(path, bytes.metadataBytes());
        ThumbnailRequest request;
        request.photoId = requests.size() + 1;
        request.path = path;
        request.identityKey = bytes.identityKey();
        request.orientation = metadata.metadata.orientation.value_or(1);
        request.pixelSize = size;
        requests.append(request);
    }

    QElapsedTimer timer;
    timer.start();
    int done = 0;
    int failed = 0;
    {
        ThumbnailService service(settings);
        QEventLoop loop;
        QObject::connect(&service, &ThumbnailService::thumbnailReady, &loop, [&] {
            if (++done + failed == requests.size())
                loop.quit();
        });
        QObject::connect(&service, &ThumbnailService::thumbnailFailed, &loop,
                         [&](qint64, const QString &reason) {
                             if (failed++ == 0)
                                 printError(QStringLiteral("a thumbnail failed: %1").arg(reason));
                             if (done + failed == requests.size())
                                 loop.quit();
                         });
        for (const ThumbnailRequest &request : std::as_const(requests))
            service.thumbnail(request);
        if (!requests.isEmpty())
            loop.exec();
        // The disk cache writes happen before each thumbnailReady; destroying the service waits
        // for nothing more than its idle threads.
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("%d thumbnails of %d px, %d failed, %d threads, %.3f s, %.1f thumbnails/s\n", done,
                size, failed, threads, seconds, double(done) / seconds);
    return failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corkboard-bench-thumbnails"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times Corkboard's thumbnails for a folder of photos, or writes photos with embedded "
        "previews to time them on."));
    parser.addHelpOption();
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Worker threads (default 2)."),
                                           QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Thumbnail size in pixels (default 256)."),
                                        QStringLiteral("PX"), QStringLiteral("256"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("Only the first N photos by path."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"),
        QStringLiteral("A disk cache in DIR, emptied first (default: no disk cache)."),
        QStringLiteral("DIR"));
    const QCommandLineOption previewOption(
        QStringLiteral("write-previewed"),
        QStringLiteral("Copy the photos into OUT with a PX-pixel embedded preview."),
        QStringLiteral("PX"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("Print the photos' paths and exit."));
    parser.addOptions(
        {threadsOption, sizeOption, countOption, cacheOption, previewOption, listOption});
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("The photos."));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 QStringLiteral("With --write-previewed: where to write."));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    bool ok = true;
    const int count = parser.value(countOption).toInt(&ok);
    if (!ok || count < 0) {
        printError(QStringLiteral("--count takes a number"));
        return 2;
    }
    if (parser.isSet(listOption)) {
        if (arguments.size() != 1) {
            printError(QStringLiteral("usage: --list [--count N] FOLDER"));
            return 2;
        }
        for (const QString &path : photosUnder(arguments.at(0), count))
            std::printf("%s\n", QFile::encodeName(path).constData());
        return 0;
    }
    if (parser.isSet(previewOption)) {
        const int size = parser.value(previewOption).toInt(&ok);
        if (!ok || size < 16 || arguments.size() != 2) {
            printError(QStringLiteral("usage: --write-previewed PX [--count N] FOLDER OUT"));
            return 2;
        }
        const QString error =
            PreviewEmbedder::writeAll(photosUnder(arguments.at(0), count), arguments.at(1), size);
        if (!error.isEmpty()) {
            printError(error);
            return 1;
        }
        return 0;
    }

    const int threads = parser.value(threadsOption).toInt(&ok);
    const int size = ok ? parser.value(sizeOption).toInt(&ok) : 0;
    if (!ok || threads < 1 || size < 16 || arguments.size() != 1) {
        printError(QStringLiteral("usage: [--threads N] [--size PX] [--count N] [--cache DIR] "
                                  "FOLDER"));
        return 2;
    }
    const QStringList paths = photosUnder(arguments.at(0), count);
    if (paths.isEmpty()) {
        printError(QStringLiteral("no photos under %1").arg(arguments.at(0)));
        return 1;
    }
    return makeThumbnails(paths, threads, size, parser.value(cacheOption));
}
