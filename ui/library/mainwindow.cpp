#include "ui/library/mainwindow.h"

#include "core/catalog/catalog.h"
#include "core/import/importjob.h"
#include "core/library/photolistmodel.h"
#include "ui/library/importstatus.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

MainWindow::MainWindow(Catalog &catalog, ImportJob &importJob, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_importJob(importJob)
    , m_model(new PhotoListModel(catalog.connection(), this))
    , m_view(new QTableView(this))
    , m_importStatus(new ImportStatus(this))
{
    setWindowTitle(tr("Corkboard"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // file names keep their start and extension
    // Fixed row heights keep scrolling cheap on large catalogs (no per-row size hints).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    const int digitWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(PhotoListModel::TakenColumn, digitWidth * 28);
    m_view->setColumnWidth(PhotoListModel::CameraColumn, digitWidth * 26);
    m_view->setColumnWidth(PhotoListModel::FileColumn, digitWidth * 40);
    setCentralWidget(m_view);

    statusBar()->addPermanentWidget(m_importStatus);
    m_importStatus->hide();
    statusBar()->showMessage(tr("%n photo(s) in %1", nullptr, m_model->rowCount())
                                 .arg(QDir::toNativeSeparators(m_catalog.path())));

    connect(&m_importJob, &ImportJob::started, m_importStatus, &QWidget::show);
    connect(&m_importJob, &ImportJob::progressChanged, m_importStatus, &ImportStatus::showProgress);
    connect(&m_importJob, &ImportJob::photosCommitted, m_model, &PhotoListModel::refreshPhotos);
    connect(&m_importJob, &ImportJob::finished, this, &MainWindow::showImportReport);
    connect(m_importStatus, &ImportStatus::cancelRequested, &m_importJob, &ImportJob::cancel);

    createActions();
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    m_view->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/columns")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1000, 650);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFolder = file->addAction(tr("&Import Folder…"), this, [this]() {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Import Folder"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
        if (!folder.isEmpty())
            importPaths({folder});
    });
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *importFiles = file->addAction(tr("Import &Files…"), this, [this]() {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import Photos"),
            QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
        if (!files.isEmpty())
            importPaths(files);
    });
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_importJob.isRunning()) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return;
    }
    m_importJob.start(paths);
}

void MainWindow::showImportReport(const ImportReport &report)
{
    m_importStatus->hide();
    statusBar()->showMessage(report.summary());
    if (!report.fatalError.isEmpty()) {
        QMessageBox::critical(this, tr("Import Failed"), report.fatalError);
        return;
    }
    if (report.problems.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Import Finished with Problems"), report.summary(),
                    QMessageBox::Ok, this);
    box.setInformativeText(
        tr("%n file(s) could not be imported. Details lists each with the reason.", nullptr,
           static_cast<int>(report.problems.size())));
    box.setDetailedText(report.problemsText());
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/columns"),
                      m_view->horizontalHeader()->saveState());
    // Stop a running import cleanly: committed chunks stay, the rest resumes next time.
    m_importJob.cancel();
    event->accept();
}
