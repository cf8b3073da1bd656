#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

// Brings the search index up to date on a worker thread with its own catalog connection, so that
// indexing a large import (about 2 s for 100,000 photos) does not freeze the window. Without it
// the first search after an import would catch up on the GUI thread. Asked again while it runs,
// it runs once more afterwards: what the second import added is indexed too.
class SearchIndexUpdater : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndexUpdater(QString catalogPath, QObject *parent = nullptr);
    ~SearchIndexUpdater() override; // waits for a running update

    bool isRunning() const;

public slots:
    void requestUpdate();

signals:
    // An update ended; `error` is empty when the index is up to date.
    void updated(const QString &error);

private:
    void start();

    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };

    QString m_catalogPath;
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    QString m_pendingError; // written by the worker, read after its thread finished
    bool m_requestedAgain = false;
};
