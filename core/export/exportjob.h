#pragma once

#include "core/export/exportoptions.h"
#include "core/export/exportprogress.h"
#include "core/export/exportreport.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

// Runs an export (ExportWorker::run) off the caller's thread and reports on it through signals
// delivered to the caller's thread: progress a few times a second and the report at the end.
// Destroying a running job cancels it and waits for the worker to stop, so no thread is left
// writing into the folder behind a closed dialog.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    explicit ExportJob(QString catalogPath, QObject *parent = nullptr);
    ~ExportJob() override;

    bool isRunning() const;
    // The options of the last run started.
    const ExportOptions &options() const { return m_options; }
    // The report of the last finished run.
    const ExportReport &report() const { return m_report; }

public slots:
    // Starts exporting; ignored while a run is going on.
    void start(const ExportOptions &options);
    // Asks the running export to stop between photos and pages; what was written stays (and is
    // reused by the next export into the same folder).
    void cancel();

signals:
    void started();
    void progressChanged(const ExportProgress &progress);
    void finished(const ExportReport &report);

private:
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };

    QString m_catalogPath;
    ExportOptions m_options;
    std::atomic_bool m_cancelled = false;
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    ExportReport m_report;
    ExportReport m_pendingReport; // written by the worker thread, read after it has finished
};
