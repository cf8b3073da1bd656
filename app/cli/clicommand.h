#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class Catalog;

// Exit codes shared by every command.
enum CliExit
{
    ExitOk = 0,
    ExitFailed = 1, // the command ran, and something it was asked to do failed
    ExitUsage = 2,  // the command line was wrong
};

// What every command is given: the global options and its own arguments.
struct CliContext
{
    QString catalogPath;   // --catalog, or the default catalog
    QStringList arguments; // the command's own arguments, the command name first
};

// Parses a command's own options and arguments; prints --help, or a usage error on stderr.
// Returns -1 when the command should go on, otherwise the exit code to return.
int parseCommandLine(QCommandLineParser &parser, const CliContext &context,
                     const QString &description, bool needsArguments);

// The same for a command that takes options only: an argument is a usage error.
int parseCommandWithoutArguments(QCommandLineParser &parser, const CliContext &context,
                                 const QString &description);
// --json: one JSON object per line, for the commands that list things.
QCommandLineOption jsonLinesOption();

// Writes a line to stdout or stderr, UTF-8, flushing at once (progress and output interleave).
void printOut(const QString &text);
void printErr(const QString &text);

// Opens the catalog a command reads or changes, which must exist already; prints why not and
// returns null otherwise.
std::unique_ptr<Catalog> openExistingCatalog(const CliContext &context);
