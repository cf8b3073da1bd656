#pragma once

#include "core/import/filescanner.h"
#include "core/import/importprogress.h"
#include "core/import/importreport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// The whole of one import, run synchronously on the calling thread (ImportJob runs it on a thread
// of its own; tests may call it directly). Files are read in parallel on a dedicated pool while
// this thread writes the previous chunk, one transaction per chunk: a process killed mid-import
// leaves every committed chunk in the catalog, and the next import skips those files as unchanged.
class ImportWorker
{
    Q_DECLARE_TR_FUNCTIONS(ImportWorker)

public:
    struct Options
    {
        int chunkSize = 128; // files per transaction
        int readThreads = 0; // 0: one per core
    };
    struct Callbacks
    {
        std::function<void(const ImportProgress &)> progress;
        // Ids of photos added or changed by a chunk that was just committed.
        std::function<void(const QList<qint64> &)> committed;
    };

    ImportWorker(QString catalogPath, QStringList paths, Options options);
    ImportWorker(QString catalogPath, QStringList paths);

    ImportReport run(const std::atomic_bool &cancelled, const Callbacks &callbacks);

private:
    QString m_catalogPath;
    QStringList m_paths;
    Options m_options;
};
