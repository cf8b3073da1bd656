#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class JournalService;

// Keeps what the user types in an entry's body, for the editor: bodyChanged() on every change,
// and the text is written (JournalService::saveDraft) once typing pauses for a moment, and in any
// case within a second of the first change not yet written, however fast the user types. So a
// crash loses at most the last second of typing. While typing goes on, a version is kept every
// few minutes; saving (Ctrl+S) and closing keep one too.
class JournalAutosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPauseMs = 400;    // writes once typing pauses this long
    static constexpr int kMaxDelayMs = 800; // and never later than this after a change,
                                            // leaving room for the write within the second
    static constexpr int kVersionEveryMs = 5 * 60 * 1000; // while typing goes on

    explicit JournalAutosaver(JournalService &service, QObject *parent = nullptr);
    ~JournalAutosaver() override; // writes what is pending

    // The entry being edited; what was pending for the previous one is written and a version of
    // it kept (as close()). 0: none.
    void setEntry(qint64 entryId);
    qint64 entryId() const { return m_entryId; }
    bool hasPendingChanges() const { return m_pending; }
    // How often a version is kept while typing goes on (kVersionEveryMs unless set).
    void setVersionInterval(int milliseconds) { m_versionEveryMs = milliseconds; }

public slots:
    // The body as it is now, after a change the user made.
    void bodyChanged(const QString &body);
    // Writes what is pending now. False when the write failed (saveFailed says why).
    bool flush();
    // Flush, then keep a version: the user saved.
    bool save();
    // Flush, then keep a version: the editor is done with the entry.
    bool close();

signals:
    void saved(qint64 entryId);
    void saveFailed(qint64 entryId, const QString &error);

private:
    JournalService &m_service;
    qint64 m_entryId = 0;
    QString m_body;
    bool m_pending = false;
    QTimer m_pause;    // restarted by every change
    QTimer m_deadline; // started by the first change not yet written
    QElapsedTimer m_sinceVersion;
    int m_versionEveryMs = kVersionEveryMs;
};
