#include "app/cli/exportcommand.h"

#include "app/cli/terminalprogress.h"
#include "core/catalog/catalog.h"
#include "core/export/exportjob.h"
#include "core/export/exportsubjecttitle.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <array>
#include <atomic>
#include <csignal>
#include <optional>
#include <variant>

namespace {

std::atomic_bool g_interrupted = false;

extern "C" void onExportInterrupt(int /*signalNumber*/)
{
    g_interrupted = true;
}

struct ExportCommandLine
{
    QCommandLineOption html{
        QStringLiteral("html"),
        QCoreApplication::translate("Cli", "Export a static website into DIR (made when missing)."),
        QStringLiteral("DIR")};
    QCommandLineOption jekyll{
        QStringLiteral("jekyll"),
        QCoreApplication::translate("Cli",
                                    "Export a Jekyll post into the site at DIR: _posts/ and the "
                                    "image folder."),
        QStringLiteral("DIR")};
    QCommandLineOption event{
        QStringLiteral("event"),
        QCoreApplication::translate("Cli",
                                    "Export the event ID (see 'corkboard-cli events'), with its "
                                    "galleries and journal entries."),
        QStringLiteral("ID")};
    QCommandLineOption gallery{QStringLiteral("gallery"),
                               QCoreApplication::translate("Cli", "Export the gallery ID."),
                               QStringLiteral("ID")};
    QCommandLineOption entry{
        QStringLiteral("entry"),
        QCoreApplication::translate("Cli",
                                    "Export the journal entry ID, with the photos and galleries it "
                                    "shows."),
        QStringLiteral("ID")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             QCoreApplication::translate(
                                 "Cli",
                                 "The website's theme: a folder in the user theme folder, or the "
                                 "built-in 'default'."),
                             QStringLiteral("NAME"), QStringLiteral("default")};
    QCommandLineOption sizes{
        QStringLiteral("sizes"),
        QCoreApplication::translate("Cli",
                                    "The longest side of each published image size, in pixels."),
        QStringLiteral("N,N,..."), QStringLiteral("480,1024,2000")};
    QCommandLineOption quality{QStringLiteral("quality"),
                               QCoreApplication::translate("Cli", "JPEG quality, 1 to 100."),
                               QStringLiteral("N"), QStringLiteral("85")};
    QCommandLineOption keepPrivate{
        QStringLiteral("keep-private-metadata"),
        QCoreApplication::translate("Cli",
                                    "Keep the GPS position and the camera and lens serial "
                                    "numbers in the published images (removed by default).")};
    QCommandLineOption originals{
        QStringLiteral("originals"),
        QCoreApplication::translate("Cli", "Copy each original photo beside its resized images.")};
    QCommandLineOption noExifLine{
        QStringLiteral("no-exif-line"),
        QCoreApplication::translate("Cli",
                                    "Leave out the camera and exposure line under each photo.")};
    QCommandLineOption imageFolder{
        QStringLiteral("image-folder"),
        QCoreApplication::translate("Cli",
                                    "Jekyll only: the folder of the site that holds the images "
                                    "(the start of their URLs)."),
        QStringLiteral("FOLDER"), QStringLiteral("posts")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({html, jekyll, event, gallery, entry, theme, sizes, quality, keepPrivate,
                           originals, noExifLine, imageFolder});
    }
};

// Prints a usage error the way every command does; returns the exit code.
int usageError(const CliContext &context, const QString &message)
{
    const QString command = context.arguments.constFirst();
    printErr(QStringLiteral("%1: %2").arg(command, message));
    printErr(QCoreApplication::translate("Cli", "Try '%1 --help'.").arg(command));
    return ExitUsage;
}

// "480,1024,2000": ascending, without repeats; nullopt when a part is not a size.
std::optional<QList<int>> parseSizes(const QString &text)
{
    QList<int> sizes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int size = part.trimmed().toInt(&ok);
        if (!ok || size < 16 || size > 16384)
            return std::nullopt;
        sizes.append(size);
    }
    if (sizes.isEmpty())
        return std::nullopt;
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    return sizes;
}

// The options from the command line, or the exit code of a usage error.
std::variant<ExportOptions, int> exportOptions(const QCommandLineParser &parser,
                                               const ExportCommandLine &line,
                                               const CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context, QCoreApplication::translate("Cli", "unexpected argument '%1'.")
                                       .arg(parser.positionalArguments().constFirst()));
    ExportOptions options;
    if (parser.isSet(line.html) == parser.isSet(line.jekyll))
        return usageError(
            context, QCoreApplication::translate("Cli", "give either --html DIR or --jekyll DIR."));
    options.format = parser.isSet(line.html) ? ExportFormat::Html : ExportFormat::Jekyll;
    const QString directory =
        parser.value(options.format == ExportFormat::Html ? line.html : line.jekyll);
    if (directory.isEmpty())
        return usageError(
            context, QCoreApplication::translate("Cli", "the folder to export into is empty."));
    options.outputDirectory = QDir::cleanPath(QDir::current().absoluteFilePath(directory));

    const std::array<std::pair<const QCommandLineOption *, ExportSubject::Kind>, 3> kinds = {{
        {&line.event, ExportSubject::Kind::Event},
        {&line.gallery, ExportSubject::Kind::Gallery},
        {&line.entry, ExportSubject::Kind::Entry},
    }};
    int subjects = 0;
    for (const auto &[option, kind] : kinds) {
        if (!parser.isSet(*option))
            continue;
        ++subjects;
        bool ok = false;
        options.subject.kind = kind;
        options.subject.id = parser.value(*option).toLongLong(&ok);
        if (!ok || options.subject.id <= 0)
            return usageError(context, QCoreApplication::translate(
                                           "Cli", "'%1' is not an id: give a number, as "
                                                  "'corkboard-cli events --json' lists them.")
                                           .arg(parser.value(*option)));
    }
    if (subjects != 1)
        return usageError(context,
                          QCoreApplication::translate(
                              "Cli", "give one of --event ID, --gallery ID or --entry ID."));

    options.theme = parser.value(line.theme).trimmed();
    if (options.theme.isEmpty() || options.theme.contains(QLatin1Char('/')) ||
        options.theme.contains(QLatin1Char('\\')) || options.theme.startsWith(QLatin1Char('.')))
        return usageError(context, QCoreApplication::translate("Cli", "'%1' is not a theme name.")
                                       .arg(parser.value(line.theme)));
    const std::optional<QList<int>> sizes = parseSizes(parser.value(line.sizes));
    if (!sizes)
        return usageError(context,
                          QCoreApplication::translate(
                              "Cli", "'%1' is not a list of image sizes: give pixels from 16 to "
                                     "16384, separated by commas.")
                              .arg(parser.value(line.sizes)));
    options.imageSizes = *sizes;
    bool ok = false;
    options.jpegQuality = parser.value(line.quality).toInt(&ok);
    if (!ok || options.jpegQuality < 1 || options.jpegQuality > 100)
        return usageError(
            context, QCoreApplication::translate("Cli", "'%1' is not a JPEG quality from 1 to 100.")
                         .arg(parser.value(line.quality)));
    options.stripPrivateMetadata = !parser.isSet(line.keepPrivate);
    options.includeOriginals = parser.isSet(line.originals);
    options.showExifLine = !parser.isSet(line.noExifLine);
    if (parser.isSet(line.imageFolder) && options.format != ExportFormat::Jekyll)
        return usageError(
            context, QCoreApplication::translate("Cli", "--image-folder is for --jekyll only."));
    options.jekyllImageFolder = parser.value(line.imageFolder).trimmed();
    const QString folder = QDir::cleanPath(options.jekyllImageFolder);
    if (options.jekyllImageFolder.isEmpty() || QDir::isAbsolutePath(options.jekyllImageFolder) ||
        folder == QLatin1String("..") || folder.startsWith(QLatin1String("../")))
        return usageError(
            context, QCoreApplication::translate("Cli", "'%1' is not a folder inside the site.")
                         .arg(options.jekyllImageFolder));
    options.jekyllImageFolder = folder;
    return options;
}

// Whole sentences per kind: other languages inflect the noun.
QString notInCatalogText(const ExportSubject &subject)
{
    switch (subject.kind) {
    case ExportSubject::Kind::Event:
        return QCoreApplication::translate("Cli", "error: the catalog has no event %1.")
            .arg(subject.id);
    case ExportSubject::Kind::Gallery:
        return QCoreApplication::translate("Cli", "error: the catalog has no gallery %1.")
            .arg(subject.id);
    case ExportSubject::Kind::Entry:
        return QCoreApplication::translate("Cli", "error: the catalog has no journal entry %1.")
            .arg(subject.id);
    }
    return {};
}

QString exportingText(const ExportSubject &subject, const QString &title, const QString &folder)
{
    const QString where = QDir::toNativeSeparators(folder);
    switch (subject.kind) {
    case ExportSubject::Kind::Event:
        return QCoreApplication::translate("Cli", "Exporting the event “%1” to %2")
            .arg(title, where);
    case ExportSubject::Kind::Gallery:
        return QCoreApplication::translate("Cli", "Exporting the gallery “%1” to %2")
            .arg(title, where);
    case ExportSubject::Kind::Entry:
        return QCoreApplication::translate("Cli", "Exporting the journal entry “%1” to %2")
            .arg(title, where);
    }
    return {};
}

QString phaseLabel(const ExportProgress &progress)
{
    QString phase;
    switch (progress.phase) {
    case ExportProgress::Phase::Reading:
        return QCoreApplication::translate("Cli", "Reading the catalog…");
    case ExportProgress::Phase::Images:
        phase = QCoreApplication::translate("Cli", "Making images");
        break;
    case ExportProgress::Phase::Pages:
        phase = QCoreApplication::translate("Cli", "Writing pages");
        break;
    }
    // "Making images: IMG_0042.JPG" while the worker names what it works on.
    return progress.current.isEmpty() ? phase
                                      : QCoreApplication::translate("Cli", "%1: %2", "phase: file")
                                            .arg(phase, progress.current);
}

void printReport(const ExportReport &report, const ExportOptions &options)
{
    for (const ExportReport::SkippedPhoto &photo : report.skipped)
        printOut(
            QCoreApplication::translate("Cli", "skipped: %1: %2").arg(photo.path, photo.reason));
    if (!report.error.isEmpty()) {
        printErr(QCoreApplication::translate("Cli", "error: %1").arg(report.error));
        printErr(QCoreApplication::translate("Cli", "What was written is in %1.")
                     .arg(QDir::toNativeSeparators(options.outputDirectory)));
        return;
    }
    const QString seconds = QString::number(double(report.elapsedMs) / 1000.0, 'f', 1);
    const QString images =
        QCoreApplication::translate("Cli", "%n image(s) made", nullptr, int(report.imagesMade)) +
        QStringLiteral(", ") +
        QCoreApplication::translate("Cli", "%n reused", nullptr, int(report.imagesReused));
    const QString pages = options.format == ExportFormat::Html
                              ? QCoreApplication::translate("Cli", "%n page(s) written", nullptr,
                                                            int(report.pagesWritten)) +
                                    QStringLiteral(", ") +
                                    QCoreApplication::translate("Cli", "%n unchanged", nullptr,
                                                                int(report.pagesUnchanged))
                              : QCoreApplication::translate("Cli", "%n post(s) written", nullptr,
                                                            int(report.pagesWritten)) +
                                    QStringLiteral(", ") +
                                    QCoreApplication::translate("Cli", "%n unchanged", nullptr,
                                                                int(report.pagesUnchanged));
    const QString skipped = QCoreApplication::translate("Cli", "%n photo(s) skipped", nullptr,
                                                        int(report.skipped.size()));
    if (report.cancelled) {
        printOut(QCoreApplication::translate(
                     "Cli",
                     "Cancelled after %1 s: %2; %3. What was written stays and is reused next "
                     "time.")
                     .arg(seconds, images, pages));
        return;
    }
    printOut(QCoreApplication::translate("Cli", "Exported in %1 s: %2; %3; %4.")
                 .arg(seconds, images, pages, skipped));
    const QString entryPoint =
        report.entryPoint.isEmpty() ? options.outputDirectory : report.entryPoint;
    if (options.format == ExportFormat::Html)
        printOut(QCoreApplication::translate("Cli", "Open %1 in a browser.")
                     .arg(QUrl::fromLocalFile(entryPoint).toString()));
    else
        printOut(QCoreApplication::translate("Cli", "The post: %1")
                     .arg(QDir::toNativeSeparators(entryPoint)));
}

} // namespace

int runExportCommand(const CliContext &context)
{
    QCommandLineParser parser;
    const ExportCommandLine line;
    line.addTo(parser);
    const int parsed = parseCommandLine(
        parser, context,
        QCoreApplication::translate(
            "Cli",
            "Publishes an event, a gallery or a journal entry as a static website (--html) or as a "
            "Jekyll post (--jekyll). Exporting into the same folder again only redoes what "
            "changed. Ctrl+C stops between photos; what was written stays."),
        false);
    if (parsed >= 0)
        return parsed;
    const std::variant<ExportOptions, int> read = exportOptions(parser, line, context);
    if (const int *exitCode = std::get_if<int>(&read))
        return *exitCode;
    const ExportOptions &options = std::get<ExportOptions>(read);

    // Opening it here migrates the schema once, before the worker opens its own connection, and
    // names the subject (or says it is not there) before anything is written.
    const std::unique_ptr<Catalog> catalog = openExistingCatalog(context);
    if (!catalog)
        return ExitFailed;
    const std::optional<QString> title =
        ExportSubjectTitle::title(catalog->connection(), options.subject);
    if (!title) {
        printErr(notInCatalogText(options.subject));
        return ExitFailed;
    }
    printOut(exportingText(options.subject, *title, options.outputDirectory));

    ExportJob job(catalog->path());
    TerminalProgress progressBar;
    QEventLoop loop;
    QObject::connect(&job, &ExportJob::progressChanged, &loop,
                     [&progressBar](const ExportProgress &progress) {
                         progressBar.update(progress.done, progress.total, phaseLabel(progress));
                     });
    QObject::connect(&job, &ExportJob::finished, &loop, &QEventLoop::quit);

    std::signal(SIGINT, onExportInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &job, [&job]() {
        if (g_interrupted)
            job.cancel();
    });
    interruptPoll.start(100);

    job.start(options);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    progressBar.finish();

    const ExportReport &report = job.report();
    printReport(report, options);
    if (report.cancelled)
        return 130; // as a shell reports a command stopped by Ctrl+C
    return report.succeeded() ? ExitOk : ExitFailed;
}
