#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class DropOverlay;
class ImportJob;
class ImportStatus;
class QMainWindow;
class QMimeData;
struct ImportReport;

// Everything about bringing photos in from the window: drops of files and folders anywhere on it,
// File > Import…, the progress with Cancel in the status bar, and the summary at the end. Keeps the
// main window free of import details.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(ImportJob &job, QMainWindow &window);

    // The local files and folders a drag carries, or none when it carries nothing to import
    // (photos dragged within Corkboard carry their files too, but are in the catalog already).
    static QStringList localPaths(const QMimeData *mime);

    // Starts importing; says so in the status bar when an import is running already.
    void importPaths(const QStringList &paths);
    void chooseFolder();
    void chooseFiles();
    // Whether finishing an import opens the summary dialog (off in tests and the screenshot run).
    void setShowsSummaryDialog(bool shows) { m_showsSummaryDialog = shows; }

signals:
    void importFinished(const ImportReport &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFinished(const ImportReport &report);

    ImportJob &m_job;
    QMainWindow &m_window;
    ImportStatus *m_status;
    DropOverlay *m_overlay;
    bool m_showsSummaryDialog = true;
};
