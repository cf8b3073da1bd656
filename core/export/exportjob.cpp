#include "core/export/exportjob.h"

#include "core/export/exportworker.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QThread>

void ExportJob::ThreadStopper::operator()(QThread *thread) const
{
    thread->wait();
    delete thread;
}

ExportJob::ExportJob(QString catalogPath, QObject *parent)
    : QObject(parent)
    , m_catalogPath(std::move(catalogPath))
{
    qRegisterMetaType<ExportProgress>();
    qRegisterMetaType<ExportReport>();
}

ExportJob::~ExportJob()
{
    m_cancelled = true;
    m_thread.reset(); // waits for the worker
}

bool ExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExportJob::cancel()
{
    m_cancelled = true;
}

void ExportJob::start(const ExportOptions &options)
{
    if (isRunning())
        return;
    m_thread.reset();
    m_cancelled = false;
    m_options = options;

    // The worker may call back from several of its pool's threads at once; a queued call runs the
    // signal on this object's thread. At most one in 50 ms, except a phase's first and last, so a
    // dialog's label never lags behind a phase that has changed.
    struct Throttle
    {
        QMutex mutex;
        QElapsedTimer sinceLast;
        int phase = -1;
    };
    auto throttle = std::make_shared<Throttle>();
    throttle->sinceLast.start();
    const ExportWorker::ProgressCallback progress = [this, throttle](const ExportProgress &p) {
        // Posted under the lock too, so that two threads' reports arrive in the order counted.
        const QMutexLocker locker(&throttle->mutex);
        const bool newPhase = throttle->phase != int(p.phase);
        const bool last = p.total > 0 && p.done >= p.total;
        if (!newPhase && !last && throttle->sinceLast.elapsed() < 50)
            return;
        throttle->phase = int(p.phase);
        throttle->sinceLast.restart();
        QMetaObject::invokeMethod(
            this, [this, p]() { emit progressChanged(p); }, Qt::QueuedConnection);
    };

    m_thread.reset(QThread::create([this, options, progress]() {
        m_pendingReport = ExportWorker::run(m_catalogPath, options, m_cancelled, progress);
    }));
    m_thread->setObjectName(QStringLiteral("corkboard-export"));
    // Queued: runs here after every progress call the worker posted before it.
    connect(
        m_thread.get(), &QThread::finished, this,
        [this]() {
            m_report = m_pendingReport;
            emit finished(m_report);
        },
        Qt::QueuedConnection);
    m_thread->start();
    emit started();
}
