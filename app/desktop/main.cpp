// Corkboard, the desktop app: builds the services once and hands them to the window.

#include "core/catalog/catalog.h"
#include "core/import/importjob.h"
#include "ui/library/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Corkboard"));
    QApplication::setApplicationName(QStringLiteral("Corkboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Corkboard"));
    QApplication::setApplicationVersion(QStringLiteral(CORKBOARD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Photo gallery and event journal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           QApplication::translate("main", "The catalog to open."),
                                           QStringLiteral("PATH"), Catalog::defaultPath());
    parser.addOption(catalogOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "Photos or folders to import."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    Catalog catalog(parser.value(catalogOption));
    if (const QString error = catalog.open(); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot Open the Catalog"),
                              error);
        return 1;
    }
    ImportJob importJob(catalog.path());
    MainWindow window(catalog, importJob);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        importJob.start(parser.positionalArguments());
    return QApplication::exec();
}
