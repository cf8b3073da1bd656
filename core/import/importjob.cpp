#include "core/import/importjob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

void ImportJob::ThreadStopper::operator()(QThread *thread) const
{
    thread->wait();
    delete thread;
}

ImportJob::ImportJob(QString catalogPath, QObject *parent)
    : QObject(parent)
    , m_catalogPath(std::move(catalogPath))
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportReport>();
    qRegisterMetaType<QList<qint64>>();
}

ImportJob::~ImportJob()
{
    m_cancelled = true;
    m_thread.reset(); // waits for the worker
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::cancel()
{
    m_cancelled = true;
}

void ImportJob::start(const QStringList &paths)
{
    if (isRunning())
        return;
    m_thread.reset();
    m_cancelled = false;

    // The worker thread posts to this object; a queued call runs on this object's thread.
    ImportWorker::Callbacks callbacks;
    auto throttle = std::make_shared<QElapsedTimer>();
    throttle->start();
    callbacks.progress = [this, throttle](const ImportProgress &progress) {
        const bool last =
            progress.done == progress.total || progress.phase != ImportProgress::Phase::Reading;
        if (!last && throttle->elapsed() < 50)
            return;
        throttle->restart();
        QMetaObject::invokeMethod(
            this, [this, progress]() { emit progressChanged(progress); }, Qt::QueuedConnection);
    };
    callbacks.committed = [this](const QList<qint64> &ids) {
        QMetaObject::invokeMethod(
            this, [this, ids]() { emit photosCommitted(ids); }, Qt::QueuedConnection);
    };

    auto worker = std::make_shared<ImportWorker>(m_catalogPath, paths, m_options);
    m_thread.reset(QThread::create(
        [this, worker, callbacks]() { m_pendingReport = worker->run(m_cancelled, callbacks); }));
    m_thread->setObjectName(QStringLiteral("corkboard-import"));
    // Queued: runs here after every progress and committed call the worker posted before it.
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
