// Corkboard, the desktop app: builds the services once and hands them to the window.

#include "core/catalog/catalog.h"
#include "core/import/importjob.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/library/mainwindow.h"
#include "ui/preferences/appsettings.h"
#include "ui/preferences/translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Corkboard"));
    QApplication::setApplicationName(QStringLiteral("Corkboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Corkboard"));
    QApplication::setApplicationVersion(QStringLiteral(CORKBOARD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.corkboard.Corkboard"));

    AppSettings settings;
    // Translations first: the command line's own help is translated too.
    TranslationLoader translations;
    translations.install(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Photo gallery and event journal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        QApplication::translate("main", "The catalog to open (default: the one in Preferences)."),
        QStringLiteral("PATH"));
    parser.addOption(catalogOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "Photos or folders to import."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    Catalog catalog(parser.isSet(catalogOption) ? parser.value(catalogOption)
                                                : settings.catalogPath());
    if (const QString error = catalog.open(); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open the Catalog"),
                              error);
        return 1;
    }
    ImportJob importJob(catalog.path());
    ThumbnailService::Settings thumbnailSettings;
    thumbnailSettings.cacheDirectory =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
        QStringLiteral("/thumbnails");
    thumbnailSettings.diskCacheLimitBytes = settings.thumbnailCacheLimitBytes();
    ThumbnailService thumbnails(thumbnailSettings);

    MainWindow window(catalog, importJob, thumbnails, settings);
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        QStringList paths;
        for (const QString &path : parser.positionalArguments())
            paths.append(QDir::current().absoluteFilePath(path));
        importJob.start(paths);
    }
    return QApplication::exec();
}
