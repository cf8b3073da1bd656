// corkboard-bench-gallery-board --catalog PATH [--layout board|strip|grid] [--frames N]: the
// gallery board benchmark (bench/gallery-board-bench.sh, docs/performance.md "Gallery board
// (issue 5)"). On a catalog of photos (bench/grid-ui/generate makes one), makes one gallery of
// its first 500 photos if it has none, shows the real board view (GalleryPage) at 1440x900 and
// times, frame by frame, the change and the repaint it causes (the posted update handled at once,
// as the event loop does it):
//   - pan: the board scrolled from top to bottom and back at the fitted zoom, N frames;
//   - zoom: from the fitted zoom out to a quarter of it and in to twice it and back, N frames,
//     about the centre, as Ctrl+wheel does;
// both with the thumbnails in memory (a first pass over the board loads them, as a user's first
// look does). Prints a readable report on stderr and one JSON line on stdout.

#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/galleries/galleryeditcommand.h"
#include "core/galleries/galleryservice.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/galleries/galleryboardview.h"
#include "ui/galleries/gallerypage.h"
#include "ui/galleries/galleryscene.h"
#include "ui/galleries/noteitem.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

namespace {

constexpr int kNotes = 500;
constexpr double kFrameBudgetMs = 16.0; // 60 Hz

qint64 clockNs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void pumpEvents(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Frame
{
    double wallMs = 0;
    double cpuMs = 0; // the GUI thread's: what the frame costs whatever else the machine does
    bool preempted = false;
};

// One frame: the change (a scroll or a zoom) and the synchronous repaint it causes.
template <typename Change> Frame frame(QWidget *viewport, Change change)
{
    rusage before{};
    getrusage(RUSAGE_THREAD, &before);
    const qint64 cpu = clockNs(CLOCK_THREAD_CPUTIME_ID);
    const qint64 wall = clockNs(CLOCK_MONOTONIC);
    // What the frame would paint: the events the change posted (the scroll's or the zoom's
    // update request) are handled, painted and flushed, as the event loop does at a vsync.
    change();
    QCoreApplication::processEvents();
    Q_UNUSED(viewport);
    const qint64 wallEnd = clockNs(CLOCK_MONOTONIC);
    const qint64 cpuEnd = clockNs(CLOCK_THREAD_CPUTIME_ID);
    rusage after{};
    getrusage(RUSAGE_THREAD, &after);
    return {double(wallEnd - wall) / 1e6, double(cpuEnd - cpu) / 1e6,
            after.ru_nivcsw - before.ru_nivcsw > 0};
}

QJsonObject statsOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    const auto at = [&values](double q) {
        return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * values.size())));
    };
    const double median =
        values.size() % 2 ? values.at(values.size() / 2)
                          : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
    const auto over =
        std::count_if(values.cbegin(), values.cend(), [](double v) { return v > kFrameBudgetMs; });
    return {{QStringLiteral("median_ms"), median},
            {QStringLiteral("p95_ms"), at(0.95)},
            {QStringLiteral("max_ms"), values.constLast()},
            {QStringLiteral("over_16ms"), int(over)},
            {QStringLiteral("count"), int(values.size())}};
}

QJsonObject summary(const QList<Frame> &frames)
{
    QList<double> wall;
    QList<double> cpu;
    int preempted = 0;
    for (const Frame &f : frames) {
        wall.append(f.wallMs);
        cpu.append(f.cpuMs);
        preempted += f.preempted ? 1 : 0;
    }
    return {{QStringLiteral("wall"), statsOf(wall)},
            {QStringLiteral("cpu"), statsOf(cpu)},
            {QStringLiteral("preempted"), preempted}};
}

void report(const char *name, const QJsonObject &stats)
{
    const QJsonObject wall = stats.value(QStringLiteral("wall")).toObject();
    const QJsonObject cpu = stats.value(QStringLiteral("cpu")).toObject();
    std::fprintf(stderr,
                 "%-5s %d frames: wall median %.2f p95 %.2f max %.2f ms, %d over 16 ms; GUI "
                 "thread CPU median %.2f p95 %.2f max %.2f ms; preempted in %d\n",
                 name, wall.value(QStringLiteral("count")).toInt(),
                 wall.value(QStringLiteral("median_ms")).toDouble(),
                 wall.value(QStringLiteral("p95_ms")).toDouble(),
                 wall.value(QStringLiteral("max_ms")).toDouble(),
                 wall.value(QStringLiteral("over_16ms")).toInt(),
                 cpu.value(QStringLiteral("median_ms")).toDouble(),
                 cpu.value(QStringLiteral("p95_ms")).toDouble(),
                 cpu.value(QStringLiteral("max_ms")).toDouble(),
                 stats.value(QStringLiteral("preempted")).toInt());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corkboard-bench-gallery-board"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"), QStringLiteral("The catalog to open."), QStringLiteral("path"));
    const QCommandLineOption styleOption(QStringLiteral("layout"),
                                         QStringLiteral("board, strip or grid (default board)."),
                                         QStringLiteral("style"), QStringLiteral("board"));
    const QCommandLineOption framesOption(QStringLiteral("frames"),
                                          QStringLiteral("Frames per animation (default 300)."),
                                          QStringLiteral("n"), QStringLiteral("300"));
    parser.addOptions({catalogOption, styleOption, framesOption});
    parser.process(app);
    const std::optional<GalleryStyle> style = galleryStyleFromName(parser.value(styleOption));
    const int frames = std::max(10, parser.value(framesOption).toInt());
    if (!parser.isSet(catalogOption) || !style)
        parser.showHelp(2);

    Catalog catalog(parser.value(catalogOption));
    if (const QString error = catalog.open(); !error.isEmpty()) {
        std::fprintf(stderr, "cannot open the catalog: %s\n", qPrintable(error));
        return 1;
    }
    GalleryService service(catalog.connection());
    QUndoStack undoStack;
    // The gallery of the bench: its first 500 photos, in the style asked for, the same seed each
    // run so that every run draws the same board.
    qint64 galleryId = 0;
    for (const Gallery &gallery : service.galleries()) {
        if (gallery.title == QStringLiteral("Bench %1").arg(parser.value(styleOption)))
            galleryId = gallery.id;
    }
    if (galleryId == 0) {
        QList<qint64> photos;
        for (const PhotoRecord &photo : PhotoRepository(catalog.connection()).list()) {
            if (photos.size() == kNotes)
                break;
            photos.append(photo.id);
        }
        GalleryEdit edit = service.createFromPhotos(
            photos, QStringLiteral("Bench %1").arg(parser.value(styleOption)), 0, *style);
        if (edit.isEmpty() || !service.apply(edit, true)) {
            std::fprintf(stderr, "cannot make the gallery: %s\n", qPrintable(service.lastError()));
            return 1;
        }
        galleryId = edit.focusGalleryId;
        service.apply(service.reshuffle(galleryId, 20261124u), true);
    }

    ThumbnailService::Settings settings;
    settings.cacheDirectory =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/th");
    ThumbnailService thumbnails(settings);
    GalleryPage page(service, nullptr, undoStack, thumbnails, catalog.connection());
    page.resize(1440, 900);
    page.show();
    page.setGallery(galleryId);
    GalleryBoardView *board = page.board();
    QWidget *viewport = board->viewport();
    pumpEvents(200);
    board->fitToWidth();
    const int notes = int(board->boardScene()->noteItems().size());

    // A first look over the whole board at the fitted zoom: the thumbnails are made (or read
    // from the disk cache) and kept in memory, as when the user first scrolls through it.
    QScrollBar *vertical = board->verticalScrollBar();
    QElapsedTimer loading;
    loading.start();
    for (int value = vertical->minimum(); value <= vertical->maximum();
         value += viewport->height() / 2) {
        vertical->setValue(value);
        pumpEvents(70);
        QElapsedTimer wait;
        wait.start();
        const auto allShown = [&]() {
            const QRectF visible = board->mapToScene(viewport->rect()).boundingRect();
            for (QGraphicsItem *item : board->scene()->items(visible)) {
                if (item->type() == NoteItem::Type) {
                    auto *note = static_cast<NoteItem *>(item);
                    if (note->note().hasPhoto() && !note->hasPhotoPixmap())
                        return false;
                }
            }
            return true;
        };
        while (!allShown() && wait.elapsed() < 5000) {
            viewport->repaint();
            pumpEvents(20);
        }
    }
    const double loadMs = double(loading.elapsed());
    vertical->setValue(vertical->minimum());
    pumpEvents(100);

    // Pan: down the board and back up at a brisk flick's speed (40 px a frame, 2,400 px/s at
    // 60 Hz), at the fitted zoom.
    QList<Frame> pan;
    constexpr int kPanStep = 40;
    int value = vertical->minimum();
    int direction = 1;
    for (int i = 0; i < frames; ++i) {
        if (i == frames / 2)
            direction = -1;
        value = std::clamp(value + direction * kPanStep, vertical->minimum(), vertical->maximum());
        pan.append(frame(viewport, [&]() { vertical->setValue(value); }));
    }
    const int range = vertical->maximum() - vertical->minimum();

    // Zoom about the middle of the board: out to a quarter of the fitted zoom, in to twice it,
    // and back, smoothly (a Ctrl+wheel on a touchpad).
    vertical->setValue(vertical->minimum() + range / 2);
    pumpEvents(100);
    const double fitted = board->zoom();
    board->setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    QList<Frame> zoom;
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / frames;
        const double exponent = std::sin(t * 2 * M_PI); // -1 .. 1
        const double factor = exponent < 0 ? std::pow(4.0, exponent) : std::pow(2.0, exponent);
        zoom.append(frame(viewport, [&]() { board->setZoom(fitted * factor); }));
    }

    const QJsonObject panStats = summary(pan);
    const QJsonObject zoomStats = summary(zoom);
    std::fprintf(stderr,
                 "%d notes (%s), board %.0fx%.0f, view %dx%d, platform %s; thumbnails loaded "
                 "over the board in %.0f ms\n",
                 notes, qPrintable(parser.value(styleOption)),
                 board->boardScene()->boardRect().width(),
                 board->boardScene()->boardRect().height(), viewport->width(), viewport->height(),
                 qPrintable(QGuiApplication::platformName()), loadMs);
    report("pan", panStats);
    report("zoom", zoomStats);
    const QJsonObject result{{QStringLiteral("notes"), notes},
                             {QStringLiteral("style"), parser.value(styleOption)},
                             {QStringLiteral("platform"), QGuiApplication::platformName()},
                             {QStringLiteral("thumbnail_load_ms"), loadMs},
                             {QStringLiteral("pan"), panStats},
                             {QStringLiteral("zoom"), zoomStats}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
