#include "app/cli/importcommand.h"

#include "app/cli/terminalprogress.h"
#include "core/catalog/catalog.h"
#include "core/import/importjob.h"

#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace {

std::atomic_bool g_interrupted = false;

extern "C" void onInterrupt(int /*signalNumber*/)
{
    g_interrupted = true;
}

QString phaseLabel(const ImportProgress &progress)
{
    switch (progress.phase) {
    case ImportProgress::Phase::Scanning:
        return QCoreApplication::translate("Cli", "Looking for photos…");
    case ImportProgress::Phase::Reading:
        return progress.currentPath;
    case ImportProgress::Phase::Finishing:
        return QCoreApplication::translate("Cli", "Finishing…");
    }
    return {};
}

void printReport(const ImportReport &report)
{
    printOut(report.summary());
    for (const DuplicateFile &duplicate : report.duplicates) {
        printOut(QCoreApplication::translate("Cli", "duplicate: %1 (same as %2)")
                     .arg(duplicate.path, duplicate.existingPath));
    }
    for (const ImportProblem &problem : report.problems)
        printOut(
            QCoreApplication::translate("Cli", "failed: %1: %2").arg(problem.path, problem.reason));
    if (!report.fatalError.isEmpty())
        printErr(QCoreApplication::translate("Cli", "error: %1").arg(report.fatalError));
}

} // namespace

int runImportCommand(const CliContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("paths"),
        QCoreApplication::translate("Cli", "Photos and folders to import."),
        QStringLiteral("PATH..."));
    const int parsed = parseCommandLine(
        parser, context,
        QCoreApplication::translate(
            "Cli", "Imports photos and folders (recursively) into the catalog. Unchanged files "
                   "are skipped, duplicates are recognised, files gone from disk are marked "
                   "missing. Ctrl+C stops after the files being read; what was imported stays."),
        true);
    if (parsed >= 0)
        return parsed;

    // Opening it here migrates the schema once, before the worker opens its own connection.
    Catalog catalog(context.catalogPath);
    if (const QString error = catalog.open(); !error.isEmpty()) {
        printErr(QCoreApplication::translate("Cli", "error: %1").arg(error));
        return ExitFailed;
    }

    ImportJob job(catalog.path());
    TerminalProgress progressBar;
    QEventLoop loop;
    QObject::connect(&job, &ImportJob::progressChanged, &loop,
                     [&progressBar](const ImportProgress &progress) {
                         progressBar.update(progress.done, progress.total, phaseLabel(progress));
                     });
    QObject::connect(&job, &ImportJob::finished, &loop, &QEventLoop::quit);

    std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &job, [&job]() {
        if (g_interrupted)
            job.cancel();
    });
    interruptPoll.start(100);

    job.start(parser.positionalArguments());
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    progressBar.finish();

    const ImportReport &report = job.report();
    printReport(report);
    if (report.cancelled)
        return 130; // as a shell reports a command stopped by Ctrl+C
    return report.succeeded() ? ExitOk : ExitFailed;
}
