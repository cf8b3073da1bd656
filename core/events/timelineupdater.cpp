#include "core/events/timelineupdater.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/sqlidlist.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

struct TimelineUpdater::Row
{
    qint64 photoId = 0;
    PhotoTimeFacts facts;
    QTimeZone eventZone;
    QVariant storedInstant;
    QVariant storedOffset;
    QVariant storedSource;
};

TimelineUpdater::TimelineUpdater(const CatalogConnection &connection, const QTimeZone &systemZone)
    : m_connection(connection)
    , m_systemZone(systemZone)
{}

bool TimelineUpdater::forEachPhoto(const QList<qint64> &photoIds,
                                   const std::function<bool(const Row &)> &visit)
{
    const QString select = QStringLiteral(
        // Times leave SQLite as milliseconds (julianday() parses the stored ISO text in C, far
        // cheaper than QDateTime::fromString() on 100,000 rows); 210866760000000 is the Unix
        // epoch as a Julian day in milliseconds.
        "SELECT p.id, "
        "CAST(round(julianday(p.taken_local) * 86400000.0) AS INTEGER) - 210866760000000, "
        "p.taken_offset_s, "
        "CAST(round(julianday(p.gps_time_utc) * 86400000.0) AS INTEGER) - 210866760000000, "
        "p.clock_shift_s, "
        "e.time_zone, p.taken_instant_ms, p.instant_offset_s, p.offset_source "
        "FROM photos p LEFT JOIN events e ON e.id = p.event_id");
    QStringList selects;
    if (photoIds.isEmpty()) {
        selects.append(select);
    } else {
        // Ids are the catalog's own integers: inline lists, a few hundred at a time.
        constexpr qsizetype batch = 500;
        for (qsizetype start = 0; start < photoIds.size(); start += batch)
            selects.append(
                select +
                QStringLiteral(" WHERE p.id IN (%1)").arg(sqlIdList(photoIds.mid(start, batch))));
    }
    QHash<QString, QTimeZone> zones; // a few events' zones, each looked up once
    for (const QString &sql : std::as_const(selects)) {
        QSqlQuery read(m_connection.database());
        read.setForwardOnly(true);
        if (!read.exec(sql)) {
            m_lastError = read.lastError().text();
            return false;
        }
        while (read.next()) {
            Row row;
            row.photoId = read.value(0).toLongLong();
            if (const QVariant wall = read.value(1); !wall.isNull()) {
                row.facts.wallTime = QDateTime::fromMSecsSinceEpoch(wall.toLongLong(), Qt::UTC);
                if (const QVariant offset = read.value(2); !offset.isNull())
                    row.facts.fileOffsetSeconds = offset.toInt();
            }
            if (const QVariant gps = read.value(3); !gps.isNull())
                row.facts.gpsTimeUtc = QDateTime::fromMSecsSinceEpoch(gps.toLongLong(), Qt::UTC);
            row.facts.clockShiftSeconds = read.value(4).toLongLong();
            const QString zoneId = read.value(5).toString();
            if (!zoneId.isEmpty()) {
                auto it = zones.find(zoneId);
                if (it == zones.end())
                    it = zones.insert(zoneId, QTimeZone(zoneId.toUtf8()));
                row.eventZone = *it;
            }
            row.storedInstant = read.value(6);
            row.storedOffset = read.value(7);
            row.storedSource = read.value(8);
            if (!visit(row))
                return false;
        }
    }
    return true;
}

bool TimelineUpdater::update(const QList<qint64> &photoIds)
{
    m_changed = 0;
    QSqlQuery write(m_connection.database());
    write.prepare(QStringLiteral("UPDATE photos SET taken_instant_ms = ?, instant_offset_s = ?, "
                                 "offset_source = ? WHERE id = ?"));
    const auto same = [](const QVariant &stored, const QVariant &now) {
        if (stored.isNull() || now.isNull())
            return stored.isNull() == now.isNull();
        return stored.toLongLong() == now.toLongLong();
    };
    return forEachPhoto(photoIds, [&](const Row &row) {
        const std::optional<ResolvedTime> resolved =
            TimeResolver::resolve(row.facts, row.eventZone, m_systemZone);
        const QVariant instant = resolved ? QVariant(resolved->instantMs) : QVariant();
        const QVariant offset = resolved ? QVariant(resolved->offsetSeconds) : QVariant();
        const QVariant source = resolved ? QVariant(int(resolved->source)) : QVariant();
        if (same(row.storedInstant, instant) && same(row.storedOffset, offset) &&
            same(row.storedSource, source))
            return true;
        write.addBindValue(instant);
        write.addBindValue(offset);
        write.addBindValue(source);
        write.addBindValue(row.photoId);
        if (!write.exec()) {
            m_lastError = write.lastError().text();
            return false;
        }
        ++m_changed;
        return true;
    });
}

QHash<qint64, ResolvedTime> TimelineUpdater::preview(const QList<qint64> &photoIds,
                                                     qint64 clockShiftSeconds)
{
    QHash<qint64, ResolvedTime> result;
    if (photoIds.isEmpty())
        return result;
    forEachPhoto(photoIds, [&](const Row &row) {
        PhotoTimeFacts facts = row.facts;
        facts.clockShiftSeconds = clockShiftSeconds;
        if (const auto resolved = TimeResolver::resolve(facts, row.eventZone, m_systemZone))
            result.insert(row.photoId, *resolved);
        return true;
    });
    return result;
}
