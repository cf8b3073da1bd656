#pragma once

#include "core/export/exportoptions.h"
#include "core/export/exportprogress.h"
#include "core/export/exportreport.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

// One export from start to end, on the calling thread (a worker's, or the CLI's main thread): it
// opens its own catalog connection, reads what the subject publishes (ExportContentCollector),
// makes the images (ImageRenditionMaker, on a pool of threads, reusing those still current), then
// writes the pages (SiteBuilder) or the post (JekyllPostWriter). It never writes to the catalog.
// Cancelling stops it between photos and pages; what was written stays and is reused next time.
class ExportWorker
{
    Q_DECLARE_TR_FUNCTIONS(ExportWorker)

public:
    using ProgressCallback = std::function<void(const ExportProgress &)>;

    static ExportReport run(const QString &catalogPath, const ExportOptions &options,
                            const std::atomic_bool &cancelled,
                            const ProgressCallback &progress = {});
};
