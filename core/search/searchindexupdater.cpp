#include "core/search/searchindexupdater.h"

#include "core/catalog/catalogconnection.h"
#include "core/search/searchservice.h"

#include <QThread>

void SearchIndexUpdater::ThreadStopper::operator()(QThread *thread) const
{
    thread->wait();
    delete thread;
}

SearchIndexUpdater::SearchIndexUpdater(QString catalogPath, QObject *parent)
    : QObject(parent)
    , m_catalogPath(std::move(catalogPath))
{}

SearchIndexUpdater::~SearchIndexUpdater() = default;

bool SearchIndexUpdater::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SearchIndexUpdater::requestUpdate()
{
    if (isRunning()) {
        m_requestedAgain = true;
        return;
    }
    start();
}

void SearchIndexUpdater::start()
{
    m_thread.reset();
    m_requestedAgain = false;
    m_thread.reset(QThread::create([this]() {
        // SQLite connections belong to the thread that opens them: this one lives and dies here.
        CatalogConnection connection(m_catalogPath);
        m_pendingError = connection.open();
        if (!m_pendingError.isEmpty())
            return;
        SearchService search(connection);
        if (!search.updateIndex())
            m_pendingError = search.lastError();
    }));
    m_thread->setObjectName(QStringLiteral("corkboard-search-index"));
    connect(
        m_thread.get(), &QThread::finished, this,
        [this]() {
            const QString error = m_pendingError;
            if (m_requestedAgain)
                start();
            emit updated(error);
        },
        Qt::QueuedConnection);
    m_thread->start();
}
