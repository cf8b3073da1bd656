#include "core/journal/journalautosaver.h"

#include "core/journal/journalservice.h"

JournalAutosaver::JournalAutosaver(JournalService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(kMaxDelayMs);
    // Precise timers: a coarse one may fire up to 5% late, and the deadline is a promise.
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_pause, &QTimer::timeout, this, &JournalAutosaver::flush);
    connect(&m_deadline, &QTimer::timeout, this, &JournalAutosaver::flush);
}

JournalAutosaver::~JournalAutosaver()
{
    // Whoever listened may be gone already: write, but tell no one.
    blockSignals(true);
    flush();
}

void JournalAutosaver::setEntry(qint64 entryId)
{
    if (entryId == m_entryId)
        return;
    if (m_entryId != 0)
        close();
    m_entryId = entryId;
    m_pending = false;
    m_body.clear();
    m_sinceVersion.start();
}

void JournalAutosaver::bodyChanged(const QString &body)
{
    if (m_entryId == 0)
        return;
    m_body = body;
    m_pending = true;
    m_pause.start();
    if (!m_deadline.isActive())
        m_deadline.start();
}

bool JournalAutosaver::flush()
{
    m_pause.stop();
    m_deadline.stop();
    if (!m_pending || m_entryId == 0)
        return true;
    if (!m_service.saveDraft(m_entryId, m_body)) {
        // Still pending: the next change or flush tries again.
        emit saveFailed(m_entryId, m_service.lastError());
        return false;
    }
    m_pending = false;
    if (m_sinceVersion.isValid() && m_sinceVersion.elapsed() >= m_versionEveryMs) {
        m_service.keepVersion(m_entryId, JournalVersionReason::Typing);
        m_sinceVersion.start();
    }
    emit saved(m_entryId);
    return true;
}

bool JournalAutosaver::save()
{
    if (m_entryId == 0 || !flush())
        return false;
    m_sinceVersion.start();
    return m_service.keepVersion(m_entryId, JournalVersionReason::Saved) != 0;
}

bool JournalAutosaver::close()
{
    if (m_entryId == 0)
        return true;
    const bool written = flush();
    const bool kept = m_service.keepVersion(m_entryId, JournalVersionReason::Closed) != 0;
    m_entryId = 0;
    m_body.clear();
    return written && kept;
}
