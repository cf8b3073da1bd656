#include "app/cli/clicommand.h"

#include "core/catalog/catalog.h"

#include <QFileInfo>

#include <cstdio>

int parseCommandLine(QCommandLineParser &parser, const CliContext &context,
                     const QString &description, bool needsArguments)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(context.arguments)) {
        printErr(parser.errorText());
        printErr(QCoreApplication::translate("Cli", "Try '%1 --help'.")
                     .arg(context.arguments.constFirst()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the program in its usage line; a command names itself.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        const qsizetype at = text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), context.arguments.constFirst());
        printOut(text);
        return ExitOk;
    }
    if (needsArguments && parser.positionalArguments().isEmpty()) {
        printErr(QCoreApplication::translate("Cli", "%1: nothing to do: give at least one path.")
                     .arg(context.arguments.constFirst()));
        printErr(QCoreApplication::translate("Cli", "Try '%1 --help'.")
                     .arg(context.arguments.constFirst()));
        return ExitUsage;
    }
    return -1;
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

std::unique_ptr<Catalog> openExistingCatalog(const CliContext &context)
{
    if (!QFileInfo::exists(context.catalogPath)) {
        printErr(QCoreApplication::translate("Cli", "error: there is no catalog at %1 yet; "
                                                    "import photos first.")
                     .arg(context.catalogPath));
        return nullptr;
    }
    auto catalog = std::make_unique<Catalog>(context.catalogPath);
    if (const QString error = catalog->open(); !error.isEmpty()) {
        printErr(QCoreApplication::translate("Cli", "error: %1").arg(error));
        return nullptr;
    }
    return catalog;
}

int parseCommandWithoutArguments(QCommandLineParser &parser, const CliContext &context,
                                 const QString &description)
{
    const int parsed = parseCommandLine(parser, context, description, false);
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(QCoreApplication::translate("Cli", "%1: unexpected argument '%2'.")
                     .arg(context.arguments.value(0), parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    return -1;
}

QCommandLineOption jsonLinesOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("Cli", "One JSON object per line."));
}
