// The journal preview's cost per render (bench/journal-preview-bench.sh): a Markdown post imported
// into a catalog whose photos match its images, rendered again and again as a pause in typing
// renders it, through JournalPreview (photos from the ThumbnailService, made once) and, to
// compare, through a plain QTextBrowser that loads the photos from their files at every render.
//
//   corkboard-bench-journal-preview CATALOG POST THUMBNAIL_DIR [RUNS]
//
// Prints one line per way: the median and the slowest render, in ms.

#include "core/catalog/catalog.h"
#include "core/journal/journalservice.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/journal/journalpreview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

struct Timing
{
    double medianMs = 0;
    double slowestMs = 0;
};

// A render ends when the document is laid out: that is when it asks for its images.
Timing measure(int runs, const std::function<void()> &render)
{
    QList<double> ms;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        render();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.constLast()};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: corkboard-bench-journal-preview CATALOG POST "
                             "THUMBNAIL_DIR [RUNS]\n");
        return 2;
    }
    const int runs = args.size() > 4 ? qMax(1, args.at(4).toInt()) : 30;
    Catalog catalog(args.at(1));
    if (const QString error = catalog.open(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    JournalService journal(catalog.connection());
    QFile post(args.at(2));
    if (!post.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(args.at(2)), qPrintable(post.errorString()));
        return 1;
    }
    const qint64 entryId =
        journal.importPost(QString::fromUtf8(post.readAll()), 0, QFileInfo(args.at(2)).fileName());
    if (entryId == 0) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.lastError()));
        return 1;
    }
    const QString body = journal.entry(entryId)->body;

    ThumbnailService::Settings settings;
    settings.cacheDirectory = args.at(3);
    ThumbnailService thumbnails(settings);
    JournalPreview preview(journal, thumbnails, catalog.connection());
    preview.resize(560, 760);
    preview.show();
    // The first render asks for the thumbnails; typing goes on once they are made.
    preview.showMarkdown(body);
    preview.document()->size();
    for (int wait = 0; wait < 600 && preview.isWaitingForThumbnails(); ++wait)
        QTest::qWait(50);
    const Timing withThumbnails = measure(runs, [&]() {
        preview.showMarkdown(body);
        preview.document()->size();
    });

    QTextBrowser plain;
    plain.resize(560, 760);
    plain.show();
    const Timing withOriginals = measure(runs, [&]() {
        plain.document()->clear();
        plain.setHtml(journal.renderHtml(body));
        plain.document()->size();
    });

    std::printf("photos shown: %d\n", int(preview.toHtml().count(QStringLiteral("<img"))));
    std::printf("JournalPreview (thumbnails): median %.1f ms, slowest %.1f ms\n",
                withThumbnails.medianMs, withThumbnails.slowestMs);
    std::printf("QTextBrowser (the files):    median %.1f ms, slowest %.1f ms\n",
                withOriginals.medianMs, withOriginals.slowestMs);
    return 0;
}
