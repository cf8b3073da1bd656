// corkboard-bench-search-gui --catalog FILE [--runs R]: what the search field costs the GUI
// thread on a big catalog (one written by corkboard-bench-search; it is copied, not changed).
//  1. A search as the field runs it: SearchService::search(query, 20) and the titles of hits
//     without one (SearchHitTitles), R times per query: median and worst.
//  2. The index rebuilt after "an import" that touched every document, by SearchIndexUpdater on
//     its worker thread, while this thread's event loop ticks every 5 ms: how long the update
//     takes, the longest the event loop went without a tick (a frozen window), and how long
//     searches typed meanwhile take (with more than the field's 500 documents waiting, they
//     search the index as it is instead of indexing on this thread).

#include "core/catalog/catalog.h"
#include "core/search/searchhittitles.h"
#include "core/search/searchindexupdater.h"
#include "core/search/searchservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

const QStringList kQueries = {QStringLiteral("barcelona"), QStringLiteral("canon"),
                              QStringLiteral("ka"), QStringLiteral("sunset barc"),
                              QStringLiteral("xylophone")};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5)));
}

double searchAsTheFieldDoes(const CatalogConnection &connection, SearchService &search,
                            const QString &query)
{
    QElapsedTimer timer;
    timer.start();
    SearchResults results = search.search(query, 20);
    SearchHitTitles(connection).fill(results);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the search field's work on the GUI thread on a big catalog."));
    parser.addHelpOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           QStringLiteral("Catalog to copy and search."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per query (default 30)."),
                                        QStringLiteral("R"), QStringLiteral("30"));
    parser.addOptions({catalogOption, runsOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    if (!parser.isSet(catalogOption) || !QFile::copy(parser.value(catalogOption), path)) {
        std::fprintf(stderr, "give an existing catalog with --catalog\n");
        return 2;
    }
    Catalog catalog(path);
    if (const QString error = catalog.open(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SearchService search(catalog.connection());
    search.setCatchUpLimit(500); // as SearchField::kCatchUpLimit
    if (!search.updateIndex()) {
        std::fprintf(stderr, "indexing failed: %s\n", qPrintable(search.lastError()));
        return 1;
    }

    std::printf("1. a search as the field runs it (20 hits per kind, titles filled), %d runs\n",
                runs);
    std::printf("%-14s %8s %8s\n", "query", "median", "max");
    for (const QString &query : kQueries) {
        searchAsTheFieldDoes(catalog.connection(), search, query); // warm-up
        std::vector<double> times;
        for (int run = 0; run < runs; ++run)
            times.push_back(searchAsTheFieldDoes(catalog.connection(), search, query));
        std::printf("%-14s %6.1f ms %6.1f ms\n", qPrintable(query), percentile(times, 0.5),
                    percentile(times, 1.0));
    }

    // Every document stale, as after an import of the whole catalog.
    int stale = 0;
    {
        QSqlQuery query(catalog.connection().database());
        if (!query.exec(QStringLiteral("INSERT OR IGNORE INTO search_stale "
                                       "SELECT id FROM search_documents")) ||
            !query.exec(QStringLiteral("SELECT count(*) FROM search_stale")) || !query.next()) {
            std::fprintf(stderr, "marking the index stale failed\n");
            return 1;
        }
        stale = query.value(0).toInt();
    }

    SearchIndexUpdater updater(path);
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestGap = 0;
    std::vector<double> searchesMeanwhile;
    QTimer ticks;
    ticks.setInterval(5);
    QObject::connect(&ticks, &QTimer::timeout, &app, [&]() {
        const qint64 now = clock.elapsed();
        longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
    });
    // A search typed every 250 ms while the worker writes, as the field would run it.
    QTimer typing;
    typing.setInterval(250);
    int next = 0;
    QObject::connect(&typing, &QTimer::timeout, &app, [&]() {
        searchesMeanwhile.push_back(searchAsTheFieldDoes(catalog.connection(), search,
                                                         kQueries.at(next++ % kQueries.size())));
        lastTick = clock.elapsed(); // a search is the GUI's own work, not a freeze
    });
    QString error;
    double updateSeconds = 0;
    QObject::connect(&updater, &SearchIndexUpdater::updated, &app, [&](const QString &message) {
        error = message;
        updateSeconds = double(clock.elapsed()) / 1000.0;
        app.quit();
    });
    clock.start();
    ticks.start();
    typing.start();
    updater.requestUpdate();
    app.exec();
    if (!error.isEmpty()) {
        std::fprintf(stderr, "the update failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("\n2. the index rebuilt for %d stale documents on the worker thread: %.2f s\n",
                stale, updateSeconds);
    std::printf("   longest the GUI thread went without a 5 ms tick (searches aside): %lld ms\n",
                static_cast<long long>(longestGap));
    std::printf("   %zu searches typed meanwhile: median %.1f ms, max %.1f ms\n",
                searchesMeanwhile.size(), percentile(searchesMeanwhile, 0.5),
                percentile(searchesMeanwhile, 1.0));
    return 0;
}
