#include "ui/import/importcontroller.h"

#include "core/import/importjob.h"
#include "ui/common/photomimedata.h"
#include "ui/import/dropoverlay.h"
#include "ui/import/importstatus.h"
#include "ui/import/importsummarydialog.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

ImportController::ImportController(ImportJob &job, QMainWindow &window)
    : QObject(&window)
    , m_job(job)
    , m_window(window)
    , m_status(new ImportStatus(&window))
    , m_overlay(new DropOverlay(&window))
{
    m_window.statusBar()->addPermanentWidget(m_status);
    m_status->hide();
    m_overlay->hide();
    // Drops land anywhere on the window: child views do not accept drops, so they reach it.
    m_window.setAcceptDrops(true);
    m_window.installEventFilter(this);

    connect(&m_job, &ImportJob::started, m_status, &QWidget::show);
    connect(&m_job, &ImportJob::progressChanged, m_status, &ImportStatus::showProgress);
    connect(&m_job, &ImportJob::finished, this, &ImportController::onFinished);
    connect(m_status, &ImportStatus::cancelRequested, &m_job, &ImportJob::cancel);
}

QStringList ImportController::localPaths(const QMimeData *mime)
{
    QStringList paths;
    // Photos dragged within Corkboard are in the catalog already: dropping them is no import.
    if (!mime || !mime->hasUrls() || PhotoMimeData::hasPhotoIds(mime))
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (localPaths(drag->mimeData()).isEmpty())
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        m_overlay->showOver(m_window.centralWidget());
        return true;
    }
    case QEvent::DragMove:
        static_cast<QDragMoveEvent *>(event)->acceptProposedAction();
        return true;
    case QEvent::DragLeave:
        m_overlay->hide();
        return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        m_overlay->hide();
        const QStringList paths = localPaths(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        importPaths(paths);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

void ImportController::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_job.isRunning()) {
        m_window.statusBar()->showMessage(
            tr("An import is already running. Drop the photos again when it has finished."), 8000);
        return;
    }
    m_job.start(paths);
}

void ImportController::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        &m_window, tr("Import Folder"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (!folder.isEmpty())
        importPaths({folder});
}

void ImportController::chooseFiles()
{
    const QString filter =
        tr("Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.avif *.dng *.cr2 "
           "*.cr3 *.crw *.nef *.arw *.orf *.rw2 *.raf *.pef *.srw);;All files (*)");
    const QStringList files = QFileDialog::getOpenFileNames(
        &m_window, tr("Import Photos"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), filter);
    importPaths(files);
}

void ImportController::onFinished(const ImportReport &report)
{
    m_status->hide();
    m_window.statusBar()->showMessage(report.summary(), 15000);
    emit importFinished(report);
    if (!m_showsSummaryDialog)
        return;
    if (!report.fatalError.isEmpty()) {
        QMessageBox::critical(&m_window, tr("Import Failed"), report.fatalError);
        return;
    }
    // A clean import needs no dialog: the status bar and the grid say it all.
    if (report.problems.isEmpty() && report.duplicates.isEmpty())
        return;
    auto *dialog = new ImportSummaryDialog(report, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
