#pragma once

#include "core/import/importprogress.h"
#include "core/import/importreport.h"
#include "core/import/importworker.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

// Runs an import off the caller's thread and reports on it through signals delivered to the
// caller's thread: progress a few times a second, the photos of every committed chunk (so a grid
// can fill while it runs), and the report at the end. Destroying a running job cancels it and
// waits for the worker to stop: nothing is left writing to the catalog behind its back.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QString catalogPath, QObject *parent = nullptr);
    ~ImportJob() override;

    void setOptions(const ImportWorker::Options &options) { m_options = options; }
    bool isRunning() const;
    // The report of the last finished run.
    const ImportReport &report() const { return m_report; }

public slots:
    // Starts importing these files and folders; ignored while a run is going on.
    void start(const QStringList &paths);
    // Asks the running import to stop after the files being read; what is done stays.
    void cancel();

signals:
    void started();
    void progressChanged(const ImportProgress &progress);
    void photosCommitted(const QList<qint64> &photoIds);
    void finished(const ImportReport &report);

private:
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };

    QString m_catalogPath;
    ImportWorker::Options m_options;
    std::atomic_bool m_cancelled = false;
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    ImportReport m_report;
    ImportReport m_pendingReport; // written by the worker thread, read after it has finished
};
