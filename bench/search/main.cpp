// corkboard-bench-search [--photos N] [--entries M] [--catalog FILE [--reuse]] [--runs R]: how
// long SearchService takes on a big catalog. Writes N photos (100,000 by default) and M journal
// entries (2,000), with events and galleries (SearchCatalogWriter), then runs each query of a set
// R times (after two warm-up runs) as the search field would, 20 hits per kind with snippets, and
// prints the median, 95th percentile and worst time of each, with how many things it matched.

#include "bench/search/searchcatalogwriter.h"
#include "core/catalog/catalog.h"
#include "core/search/searchservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// What a user types, and what each one puts to the test.
struct BenchQuery
{
    QString text;
    const char *why;
};

const QList<BenchQuery> kQueries = {
    {QStringLiteral("istio"), "a word of the talks"},
    {QStringLiteral("barcelona"), "a place: events, keywords, titles, entries"},
    {QStringLiteral("cafe"), "diacritics folded (café)"},
    {QStringLiteral("zurich"), "diacritics folded (Zürich), a place"},
    {QStringLiteral("kube"), "a prefix"},
    {QStringLiteral("sagrada familia"), "two words"},
    {QStringLiteral("sunset barc"), "a word and a prefix"},
    {QStringLiteral("canon"), "a camera make: a quarter of the photos"},
    {QStringLiteral("ka"), "a 2-letter prefix: a common syllable"},
    {QStringLiteral("iphone 13 pro"), "a camera model, three words"},
    {QStringLiteral("xylophone"), "nothing matches"},
};

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted.at(index);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times full-text search on a generated catalog."));
    parser.addHelpOption();
    const QCommandLineOption photosOption(QStringLiteral("photos"),
                                          QStringLiteral("Photos (default 100000)."),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption entriesOption(QStringLiteral("entries"),
                                           QStringLiteral("Journal entries (default 2000)."),
                                           QStringLiteral("M"), QStringLiteral("2000"));
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        QStringLiteral("Catalog file to create (default: a temporary one)."),
        QStringLiteral("FILE"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"),
        QStringLiteral("Search the catalog given with --catalog as it is, without writing it."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per query (default 30)."),
                                        QStringLiteral("R"), QStringLiteral("30"));
    parser.addOptions({photosOption, entriesOption, catalogOption, reuseOption, runsOption});
    parser.process(app);
    const int photoCount = parser.value(photosOption).toInt();
    const int entryCount = parser.value(entriesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(catalogOption)
                             ? parser.value(catalogOption)
                             : dir.filePath(QStringLiteral("catalog.sqlite"));
    if (!parser.isSet(reuseOption) || !QFile::exists(path)) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        Catalog catalog(path);
        if (const QString error = catalog.open(); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (const QString error =
                SearchCatalogWriter().write(catalog.connection(), photoCount, entryCount);
            !error.isEmpty()) {
            std::fprintf(stderr, "writing the catalog failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("wrote %d photos and %d entries in %.1f s\n", photoCount, entryCount,
                    double(timer.elapsed()) / 1000.0);
    }

    Catalog catalog(path);
    if (const QString error = catalog.open(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SearchService search(catalog.connection());
    {
        // What a first search after writing (or after an import) does first.
        QElapsedTimer timer;
        timer.start();
        if (!search.updateIndex()) {
            std::fprintf(stderr, "indexing failed: %s\n", qPrintable(search.lastError()));
            return 1;
        }
        std::printf("index caught up in %.2f s\n", double(timer.elapsed()) / 1000.0);
    }
    std::printf("%-16s %8s %8s %8s %8s  %7s %6s %6s %6s  %s\n", "query", "first", "median", "p95",
                "max", "photos", "entries", "events", "galls", "what it tests");
    std::printf("%-16s %8s %8s %8s %8s\n", "", "ms", "ms", "ms", "ms");
    std::vector<double> medians;
    for (const BenchQuery &query : kQueries) {
        QElapsedTimer timer;
        timer.start();
        SearchResults results = search.search(query.text);
        const double first = double(timer.nsecsElapsed()) / 1e6;
        if (!search.lastError().isEmpty()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(query.text),
                         qPrintable(search.lastError()));
            return 1;
        }
        search.search(query.text); // the second warm-up run
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            results = search.search(query.text);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const double median = percentile(times, 0.5);
        medians.push_back(median);
        std::printf("%-16s %8.2f %8.2f %8.2f %8.2f  %7d %6d %6d %6d  %s\n", qPrintable(query.text),
                    first, median, percentile(times, 0.95), percentile(times, 1.0),
                    results.photoCount, results.entryCount, results.eventCount,
                    results.galleryCount, query.why);
        std::fflush(stdout);
    }
    return 0;
}
