#include "core/events/eventattachments.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/sqlidlist.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace {

// The tables whose rows an event owns, with the event_id column each has (migrations 4 and 5).
constexpr std::array<const char *, 2> kTables = {"galleries", "journal_entries"};

QVariant eventValue(qint64 eventId)
{
    return eventId == 0 ? QVariant() : QVariant(eventId);
}

} // namespace

EventAttachments::EventAttachments(const CatalogConnection &connection)
    : m_connection(connection)
{}

EventAttachments::Ids EventAttachments::of(qint64 eventId) const
{
    m_lastError.clear();
    Ids ids;
    for (const char *table : kTables) {
        QSqlQuery query(m_connection.database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE event_id = ? ORDER BY id")
                          .arg(QLatin1String(table)));
        query.addBindValue(eventId);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return {};
        }
        QList<qint64> &list = table == kTables[0] ? ids.galleryIds : ids.entryIds;
        while (query.next())
            list.append(query.value(0).toLongLong());
    }
    return ids;
}

bool EventAttachments::move(const Ids &ids, qint64 toEventId)
{
    m_lastError.clear();
    for (const char *table : kTables) {
        const QList<qint64> &list = table == kTables[0] ? ids.galleryIds : ids.entryIds;
        if (list.isEmpty())
            continue;
        QSqlQuery query(m_connection.database());
        query.prepare(QStringLiteral("UPDATE %1 SET event_id = ? WHERE id IN (%2)")
                          .arg(QLatin1String(table), sqlIdList(list)));
        query.addBindValue(eventValue(toEventId));
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool EventAttachments::moveAll(qint64 fromEventId, qint64 toEventId)
{
    m_lastError.clear();
    for (const char *table : kTables) {
        QSqlQuery query(m_connection.database());
        query.prepare(QStringLiteral("UPDATE %1 SET event_id = ? WHERE event_id = ?")
                          .arg(QLatin1String(table)));
        query.addBindValue(eventValue(toEventId));
        query.addBindValue(fromEventId);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    return true;
}

qint64 EventAttachments::successorOf(qint64 eventId,
                                     const QMap<qint64, PhotoEventAssignment> &photosWere,
                                     const QMap<qint64, PhotoEventAssignment> &photos)
{
    QMap<qint64, int> taken;
    for (auto it = photosWere.cbegin(); it != photosWere.cend(); ++it) {
        const qint64 now = photos.value(it.key()).eventId;
        if (it->eventId == eventId && now != 0 && now != eventId)
            ++taken[now];
    }
    return successor(taken);
}

qint64 EventAttachments::successor(const QMap<qint64, int> &photosTaken)
{
    qint64 successor = 0;
    int most = 0;
    for (auto it = photosTaken.cbegin(); it != photosTaken.cend(); ++it) {
        if (it.value() > most) { // the lowest id of equals: the map is in id order
            successor = it.key();
            most = it.value();
        }
    }
    return successor;
}
