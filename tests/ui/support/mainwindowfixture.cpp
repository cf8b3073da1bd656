#include "tests/ui/support/mainwindowfixture.h"

#include "ui/import/importcontroller.h"

#include <QSignalSpy>

MainWindowFixture::MainWindowFixture(const QString &folder, QSize size)
    : catalog(folder + QStringLiteral("/catalog.sqlite"))
{
    catalogError = catalog.open();
    importJob = std::make_unique<ImportJob>(catalog.path());
    ThumbnailService::Settings thumbnailSettings;
    thumbnailSettings.cacheDirectory = folder + QStringLiteral("/thumbnails");
    thumbnails = std::make_unique<ThumbnailService>(thumbnailSettings);
    window = std::make_unique<MainWindow>(catalog, *importJob, *thumbnails, settings);
    window->importController()->setShowsSummaryDialog(false);
    window->resize(size);
    window->show();
}

bool importAndWait(MainWindow &window, const QString &path)
{
    QSignalSpy finished(window.importController(), &ImportController::importFinished);
    window.importController()->importPaths({path});
    return finished.wait(20000);
}
