// corkboard-cli: Corkboard's catalog from the command line. Links corkboard_core only.

#include "app/cli/clicommand.h"
#include "app/cli/eventscommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/inspectcommand.h"
#include "app/cli/photoscommand.h"
#include "app/cli/regroupcommand.h"
#include "core/catalog/catalog.h"
#include "core/metadata/metadatareader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <functional>
#include <map>

namespace {

struct Command
{
    std::function<int(const CliContext &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> all = {
        {QStringLiteral("inspect"),
         {runInspectCommand, QT_TRANSLATE_NOOP("Cli", "read photos' metadata (no catalog)")}},
        {QStringLiteral("import"),
         {runImportCommand, QT_TRANSLATE_NOOP("Cli", "import photos and folders")}},
        {QStringLiteral("photos"),
         {runPhotosCommand, QT_TRANSLATE_NOOP("Cli", "list the photos of the catalog")}},
        {QStringLiteral("events"),
         {runEventsCommand, QT_TRANSLATE_NOOP("Cli", "list the events, newest first")}},
        {QStringLiteral("regroup"),
         {runRegroupCommand,
          QT_TRANSLATE_NOOP("Cli", "group photos not placed by hand into events again")}},
        {QStringLiteral("export"),
         {runExportCommand,
          QT_TRANSLATE_NOOP("Cli", "publish an event, gallery or entry (website, Jekyll)")}},
    };
    return all;
}

QString commandList()
{
    QString text = QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    for (const auto &[name, command] : commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(name, -8)
                    .arg(QCoreApplication::translate("Cli", command.summary));
    text +=
        QCoreApplication::translate("Cli", "Run 'corkboard-cli COMMAND --help' for its options.");
    return text;
}

// The system's language (LANGUAGE, LC_ALL, LANG): Qt's own messages (QCommandLineParser's
// "Usage:") and Corkboard's, from :/i18n where the build puts them. English has a file too, for
// its plural forms ("1 photo"), and stands in for a language Corkboard does not speak.
void installTranslations(QTranslator &qt, QTranslator &app)
{
    const QLocale system = QLocale::system();
    if (qt.load(system, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    const QString name = QStringLiteral("corkboard");
    const QString prefix = QStringLiteral("_");
    const QString directory = QStringLiteral(":/i18n");
    if (app.load(system, name, prefix, directory) ||
        app.load(QLocale(QLocale::English), name, prefix, directory))
        QCoreApplication::installTranslator(&app);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Corkboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Corkboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORKBOARD_VERSION));
    QTranslator qtTranslator;
    QTranslator appTranslator;
    installTranslations(qtTranslator, appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Corkboard's photo catalog from the command line.") +
        QStringLiteral("\n\n") + commandList());
    // Everything after the command name belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        QCoreApplication::translate("Cli", "The catalog to use (default: %1).")
            .arg(Catalog::defaultPath()),
        QStringLiteral("PATH"));
    parser.addOption(catalogOption);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    const QCommandLineOption version(QStringLiteral("version"),
                                     QCoreApplication::translate("Cli", "Show the version."));
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "What to do."),
                                 QStringLiteral("COMMAND [ARGS...]"));

    if (!parser.parse(QCoreApplication::arguments())) {
        printErr(parser.errorText());
        printErr(QCoreApplication::translate("Cli", "Try 'corkboard-cli --help'."));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(version)) {
        printOut(QStringLiteral("corkboard-cli %1 (exiv2 %2, Qt %3)")
                     .arg(QCoreApplication::applicationVersion(), MetadataReader::exiv2Version(),
                          QString::fromLatin1(qVersion())));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        printErr(QCoreApplication::translate("Cli", "corkboard-cli: no command given."));
        printErr(commandList());
        return ExitUsage;
    }
    const auto command = commands().find(positional.constFirst());
    if (command == commands().end()) {
        printErr(QCoreApplication::translate("Cli", "corkboard-cli: unknown command '%1'.")
                     .arg(positional.constFirst()));
        printErr(commandList());
        return ExitUsage;
    }

    CliContext context;
    context.catalogPath =
        parser.isSet(catalogOption) ? parser.value(catalogOption) : Catalog::defaultPath();
    context.arguments = positional;
    context.arguments.first() = QStringLiteral("corkboard-cli ") + positional.constFirst();
    return command->second.run(context);
}
