// corkboard-bench-grid-ui --catalog PATH [--pages N] [--first-paint-only]: the library window
// benchmark (bench/grid-ui-bench.sh, docs/performance.md "Library window (issue 3)"). Builds the
// window exactly as app/desktop/main.cpp does, 1440x900, and measures:
//   - the time from the start of the process to the end of the grid's first paint;
//   - the time of one synchronous repaint of the grid's viewport while scrolling a page at a time:
//     cold (one page a frame at 60 Hz, the thumbnails still being made: mostly placeholders), and
//     warm (every page's thumbnails in memory, scrolled back over at 60 Hz);
//   - how long a page waits for its thumbnails (made from the files, none on disk yet);
//   - peak memory (VmHWM) at the end.
// Prints a readable report on stderr and one JSON line on stdout.

#include "bench/grid-ui/paintprobe.h"
#include "core/catalog/catalog.h"
#include "core/import/importjob.h"
#include "core/library/photogridmodel.h"
#include "core/library/sidebar/folderssection.h"
#include "core/library/sidebar/librarysection.h"
#include "core/library/sidebar/problemssection.h"
#include "core/library/sidebar/recentimportssection.h"
#include "core/library/sidebar/sidebarmodel.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/library/mainwindow.h"
#include "ui/library/photogriddelegate.h"
#include "ui/library/photogridview.h"
#include "ui/preferences/appsettings.h"
#include "ui/preferences/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace {

// CLOCK_BOOTTIME is the clock /proc/PID/stat's start time counts on.
qint64 bootTimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// CPU time of the whole process (every thread, user and system) so far, in ms.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// When the kernel started this process (exec included), in ns since boot, to the clock tick
// (10 ms on most kernels); -1 if /proc says nothing.
qint64 processStartNs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22, counted after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const qint64 ticks = fields.at(19).toLongLong();
    return ticks * 1'000'000'000 / sysconf(_SC_CLK_TCK);
}

// "VmHWM" (peak) or "VmRSS" (now) from /proc/self/status, in MiB.
double memoryMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

// Runs the event loop for `ms` milliseconds: what happens between two frames.
void pumpEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    int count = 0;

    static Stats of(QList<double> values)
    {
        Stats stats;
        if (values.isEmpty())
            return stats;
        std::sort(values.begin(), values.end());
        const auto at = [&values](double q) {
            return values.at(
                std::min<qsizetype>(values.size() - 1, static_cast<qsizetype>(q * values.size())));
        };
        stats.median = values.size() % 2
                           ? values.at(values.size() / 2)
                           : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
        stats.p95 = at(0.95);
        stats.max = values.constLast();
        stats.count = static_cast<int>(values.size());
        return stats;
    }

    QJsonObject toJson() const
    {
        return {{QStringLiteral("median_ms"), median},
                {QStringLiteral("p95_ms"), p95},
                {QStringLiteral("max_ms"), max},
                {QStringLiteral("count"), count}};
    }
};

qint64 clockNs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// A synchronous repaint of the viewport (paint and flush), in wall time and in the GUI thread's
// CPU time: on a crowded machine the second still tells what the repaint itself costs.
struct Repaint
{
    double wallMs = 0;
    double cpuMs = 0;
    long preemptions = 0; // involuntary context switches of the GUI thread meanwhile
    long waits = 0;       // voluntary ones: it blocked (on a lock, on the X server)
};

Repaint repaint(QWidget *viewport)
{
    rusage before{};
    getrusage(RUSAGE_THREAD, &before);
    const qint64 cpu = clockNs(CLOCK_THREAD_CPUTIME_ID);
    const qint64 wall = clockNs(CLOCK_MONOTONIC);
    viewport->repaint();
    const qint64 wallEnd = clockNs(CLOCK_MONOTONIC);
    const qint64 cpuEnd = clockNs(CLOCK_THREAD_CPUTIME_ID);
    rusage after{};
    getrusage(RUSAGE_THREAD, &after);
    return {static_cast<double>(wallEnd - wall) / 1e6, static_cast<double>(cpuEnd - cpu) / 1e6,
            after.ru_nivcsw - before.ru_nivcsw, after.ru_nvcsw - before.ru_nvcsw};
}

// Whether every photo on screen has its thumbnail in memory (or has failed for good).
bool visibleThumbnailsReady(PhotoGridView *grid, ThumbnailService &thumbnails)
{
    const auto *delegate = qobject_cast<PhotoGridDelegate *>(grid->itemDelegate());
    const QRect area = grid->viewport()->rect();
    const int columns = grid->columnCount();
    const QModelIndex first = grid->indexAt(QPoint(1, 1));
    if (!first.isValid())
        return true;
    const int count = grid->model()->rowCount();
    for (int row = first.row() - first.row() % columns; row < count; ++row) {
        const QModelIndex index = grid->model()->index(row, 0);
        if (!grid->visualRect(index).intersects(area))
            break;
        const ThumbnailRequest request =
            delegate->thumbnailRequest(index, grid->viewport()->devicePixelRatioF());
        if (thumbnails.thumbnail(request).isNull() && !thumbnails.failure(request.photoId))
            return false;
    }
    return true;
}

// What MainWindow's constructor spends on its two models, each built alone as MainWindow builds
// it: to tell the window's own cost from the catalog's.
void printParts(const Catalog &catalog)
{
    QElapsedTimer timer;
    timer.start();
    {
        const PhotoGridModel photos(catalog.connection());
        std::fprintf(stderr, "PhotoGridModel, all %d photos by time taken: %lld ms\n",
                     photos.rowCount(), timer.restart());
    }
    std::fprintf(stderr, "PhotoGridModel destroyed: %lld ms\n", timer.restart());
    SidebarModel sidebar;
    sidebar.addSection(std::make_unique<LibrarySection>(catalog.connection()));
    sidebar.addSection(std::make_unique<FoldersSection>(catalog.connection()));
    sidebar.addSection(std::make_unique<RecentImportsSection>(catalog.connection()));
    sidebar.addSection(std::make_unique<ProblemsSection>(catalog.connection()));
    sidebar.reload();
    std::fprintf(stderr, "SidebarModel, four sections: %lld ms\n", timer.restart());
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 mainNs = bootTimeNs();
    const qint64 startNs = processStartNs();

    // From here to window.show(), app/desktop/main.cpp as it is, but for the command line.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Corkboard"));
    QApplication::setApplicationName(QStringLiteral("Corkboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Corkboard"));
    QApplication::setApplicationVersion(QStringLiteral(CORKBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.corkboard.Corkboard"));
    const qint64 appNs = bootTimeNs();

    AppSettings settings;
    TranslationLoader translations;
    translations.install(settings.language());

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"), QStringLiteral("The catalog to open."), QStringLiteral("PATH"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         QStringLiteral("Pages to scroll (default 30)."),
                                         QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption firstPaintOnlyOption(QStringLiteral("first-paint-only"),
                                                  QStringLiteral("Quit after the first paint."));
    const QCommandLineOption partsOption(
        QStringLiteral("parts"),
        QStringLiteral("Time the grid model and the sidebar model alone, then quit."));
    const QCommandLineOption threadsOption(
        QStringLiteral("thumbnail-threads"),
        QStringLiteral("Diagnosis only: thumbnail threads (the app uses one per core)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions(
        {catalogOption, pagesOption, firstPaintOnlyOption, partsOption, threadsOption});
    parser.process(app);
    if (!parser.isSet(catalogOption)) {
        std::fprintf(stderr, "corkboard-bench-grid-ui: --catalog is required\n");
        return 2;
    }
    const int pages = std::max(1, parser.value(pagesOption).toInt());

    Catalog catalog(parser.value(catalogOption));
    if (const QString error = catalog.open(); !error.isEmpty()) {
        std::fprintf(stderr, "corkboard-bench-grid-ui: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(partsOption)) {
        printParts(catalog);
        return 0;
    }
    ImportJob importJob(catalog.path());
    ThumbnailService::Settings thumbnailSettings;
    thumbnailSettings.cacheDirectory =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
        QStringLiteral("/thumbnails");
    thumbnailSettings.diskCacheLimitBytes = settings.thumbnailCacheLimitBytes();
    thumbnailSettings.threadCount = parser.value(threadsOption).toInt();
    ThumbnailService thumbnails(thumbnailSettings);
    const qint64 servicesNs = bootTimeNs();

    MainWindow window(catalog, importJob, thumbnails, settings);
    const qint64 windowNs = bootTimeNs();
    // The screen the goals are stated for; without saved settings the window would be 1200x760.
    window.resize(1440, 900);
    PhotoGridView *grid = window.gridView();
    PaintProbe probe(grid->viewport());
    window.show();

    QEventLoop untilPainted;
    QObject::connect(&probe, &PaintProbe::firstPaintFinished, &untilPainted, &QEventLoop::quit);
    QTimer::singleShot(30'000, &untilPainted, &QEventLoop::quit);
    if (!probe.hasPainted())
        untilPainted.exec();
    const qint64 paintedNs = bootTimeNs();
    if (!probe.hasPainted()) {
        std::fprintf(stderr, "corkboard-bench-grid-ui: the grid was not painted within 30 s\n");
        return 1;
    }
    const double rssAtFirstPaint = memoryMiB("VmRSS");
    const double cpuAtFirstPaint = processCpuMs();
    const int rows = grid->model()->rowCount();
    const auto ms = [](qint64 from, qint64 to) { return static_cast<double>(to - from) / 1e6; };

    QJsonObject result{
        {QStringLiteral("platform"), QGuiApplication::platformName()},
        {QStringLiteral("photos"), rows},
        {QStringLiteral("window"),
         QStringLiteral("%1x%2").arg(window.width()).arg(window.height())},
        {QStringLiteral("viewport"),
         QStringLiteral("%1x%2").arg(grid->viewport()->width()).arg(grid->viewport()->height())},
        {QStringLiteral("first_paint_since_start_ms"), startNs < 0 ? -1 : ms(startNs, paintedNs)},
        {QStringLiteral("first_paint_since_main_ms"), ms(mainNs, paintedNs)},
        {QStringLiteral("before_main_ms"), startNs < 0 ? -1 : ms(startNs, mainNs)},
        {QStringLiteral("qapplication_ms"), ms(mainNs, appNs)},
        {QStringLiteral("catalog_and_services_ms"), ms(appNs, servicesNs)},
        {QStringLiteral("main_window_ms"), ms(servicesNs, windowNs)},
        {QStringLiteral("show_to_painted_ms"), ms(windowNs, paintedNs)},
        {QStringLiteral("rss_at_first_paint_mib"), rssAtFirstPaint},
        {QStringLiteral("cpu_at_first_paint_ms"), cpuAtFirstPaint},
    };
    std::fprintf(stderr,
                 "%s, %d photos, viewport %dx%d: first paint %.0f ms after the process started "
                 "(%.0f ms after main: QApplication %.0f, catalog and services %.0f, MainWindow "
                 "%.0f, show to painted %.0f; %.0f ms of CPU)\n",
                 qPrintable(QGuiApplication::platformName()), rows, grid->viewport()->width(),
                 grid->viewport()->height(), ms(startNs, paintedNs), ms(mainNs, paintedNs),
                 ms(mainNs, appNs), ms(appNs, servicesNs), ms(servicesNs, windowNs),
                 ms(windowNs, paintedNs), cpuAtFirstPaint);

    if (!parser.isSet(firstPaintOnlyOption)) {
        QScrollBar *bar = grid->verticalScrollBar();
        const int pageStep = bar->pageStep();
        const int lastPage = std::min(pages, bar->maximum() / std::max(1, pageStep));

        // Cold: one page a frame, the thumbnail service working behind the placeholders.
        QList<Repaint> cold;
        for (int page = 1; page <= lastPage; ++page) {
            bar->setValue(page * pageStep);
            cold.append(repaint(grid->viewport()));
            pumpEvents(16);
        }

        // Each page in turn, waiting for its thumbnails: how long a screenful takes to fill.
        QList<double> fill;
        QList<Repaint> filled; // the thumbnail threads are busy on the next page meanwhile
        QList<Repaint> warm;
        for (int page = 0; page <= lastPage; ++page) {
            bar->setValue(page * pageStep);
            QElapsedTimer waited;
            waited.start();
            while (!visibleThumbnailsReady(grid, thumbnails) && waited.elapsed() < 20'000)
                pumpEvents(5);
            fill.append(static_cast<double>(waited.nsecsElapsed()) / 1e6);
            pumpEvents(PhotoGridDelegate::FadeMilliseconds + 20); // let the fade-in finish
            filled.append(repaint(grid->viewport()));
        }

        // Warm: back over the same pages at 60 Hz, every thumbnail in memory.
        for (int page = lastPage; page >= 0; --page) {
            bar->setValue(page * pageStep);
            warm.append(repaint(grid->viewport()));
            pumpEvents(16);
        }

        const auto wallOf = [](const QList<Repaint> &repaints) {
            QList<double> values;
            for (const Repaint &r : repaints)
                values.append(r.wallMs);
            return Stats::of(values);
        };
        const auto cpuOf = [](const QList<Repaint> &repaints) {
            QList<double> values;
            for (const Repaint &r : repaints)
                values.append(r.cpuMs);
            return Stats::of(values);
        };
        const Stats coldStats = wallOf(cold);
        const Stats warmStats = wallOf(warm);
        const Stats fillStats = Stats::of(fill);
        const auto preempted = [](const QList<Repaint> &repaints) {
            return static_cast<int>(
                std::count_if(repaints.cbegin(), repaints.cend(),
                              [](const Repaint &r) { return r.preemptions > 0; }));
        };
        result.insert(QStringLiteral("cold_repaint_cpu"), cpuOf(cold).toJson());
        result.insert(QStringLiteral("warm_repaint_cpu"), cpuOf(warm).toJson());
        result.insert(QStringLiteral("filled_repaint"), wallOf(filled).toJson());
        result.insert(QStringLiteral("filled_repaint_cpu"), cpuOf(filled).toJson());
        result.insert(QStringLiteral("cold_repaints_preempted"), preempted(cold));
        result.insert(QStringLiteral("warm_repaints_preempted"), preempted(warm));
        result.insert(QStringLiteral("filled_repaints_preempted"), preempted(filled));
        if (qEnvironmentVariableIsSet("CORKBOARD_BENCH_VERBOSE")) {
            for (const auto &[name, list] : {std::pair{"cold", &cold}, std::pair{"filled", &filled},
                                             std::pair{"warm", &warm}}) {
                for (const Repaint &r : *list)
                    std::fprintf(stderr, "%s wall %.2f cpu %.2f preempted %ld waited %ld\n", name,
                                 r.wallMs, r.cpuMs, r.preemptions, r.waits);
            }
        }
        result.insert(QStringLiteral("page_step_px"), pageStep);
        const int rowHeight = std::max(1, grid->visualRect(grid->model()->index(0, 0)).height());
        result.insert(QStringLiteral("cells_per_page"),
                      grid->columnCount() * ((grid->viewport()->height() - 1) / rowHeight + 1));
        result.insert(QStringLiteral("cold_repaint"), coldStats.toJson());
        result.insert(QStringLiteral("warm_repaint"), warmStats.toJson());
        result.insert(QStringLiteral("page_fill"), fillStats.toJson());
        const auto printRepaints = [&](const char *name, const QList<Repaint> &repaints) {
            const Stats wall = wallOf(repaints);
            const Stats cpu = cpuOf(repaints);
            std::fprintf(stderr,
                         "repaint of the viewport, %s: median %.2f ms, p95 %.2f, max %.2f; GUI "
                         "thread CPU median %.2f, p95 %.2f, max %.2f; preempted in %d of %d\n",
                         name, wall.median, wall.p95, wall.max, cpu.median, cpu.p95, cpu.max,
                         preempted(repaints), wall.count);
        };
        printRepaints("cold", cold);
        printRepaints("just filled", filled);
        printRepaints("warm", warm);
        std::fprintf(stderr,
                     "a page's thumbnails ready after: median %.0f ms, p95 %.0f, max %.0f\n",
                     fillStats.median, fillStats.p95, fillStats.max);
    }
    const double peak = memoryMiB("VmHWM");
    result.insert(QStringLiteral("peak_rss_mib"), peak);
    std::fprintf(stderr, "memory: %.0f MiB at first paint, peak %.0f MiB\n", rssAtFirstPaint, peak);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}
