#include "app/cli/regroupcommand.h"

#include "core/catalog/catalog.h"
#include "core/events/eventservice.h"

int runRegroupCommand(const CliContext &context)
{
    QCommandLineParser parser;
    const int parsed = parseCommandWithoutArguments(
        parser, context,
        QCoreApplication::translate(
            "Cli", "Places every photo on the timeline again and re-runs automatic grouping on "
                   "the photos not placed by hand. Events made or edited by hand are kept."));
    if (parsed >= 0)
        return parsed;
    const std::unique_ptr<Catalog> catalog = openExistingCatalog(context);
    if (!catalog)
        return ExitFailed;
    EventService events(catalog->connection());
    const RegroupResult result = events.regroup();
    if (!result.ok) {
        printErr(QCoreApplication::translate("Cli", "error: %1").arg(result.error));
        return ExitFailed;
    }
    printOut(
        QCoreApplication::translate("Cli", "%n photo(s) grouped.", nullptr, result.photosGrouped));
    printOut(QCoreApplication::translate("Cli", "Events: %1 kept, %2 new, %3 removed.")
                 .arg(result.eventsKept)
                 .arg(result.eventsCreated)
                 .arg(result.eventsRemoved));
    printOut(QCoreApplication::translate("Cli", "%n photo(s) changed event.", nullptr,
                                         result.photosMoved));
    if (result.photosUndated > 0)
        printOut(QCoreApplication::translate("Cli", "%n photo(s) without any time are in no event.",
                                             nullptr, result.photosUndated));
    return ExitOk;
}
