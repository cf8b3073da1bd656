#include "core/events/timelineupdater.h"

#include "core/catalog/catalogconnection.h"
#include "core/metadata/takentime.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace {

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

} // namespace

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
        "SELECT p.id, p.taken_local, p.taken_offset_s, p.gps_time_utc, p.clock_shift_s, "
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
                QStringLiteral(" WHERE p.id IN (%1)").arg(idList(photoIds.mid(start, batch))));
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
            const std::optional<TakenTime> taken = TakenTime::fromSortableString(
                read.value(1).toString(),
                read.value(2).isNull() ? std::nullopt : std::optional<int>(read.value(2).toInt()),
                {});
            if (taken) {
                row.facts.wallTime = QDateTime(taken->date, taken->time, Qt::UTC);
                row.facts.fileOffsetSeconds = taken->utcOffsetSeconds;
            }
            if (!read.value(3).isNull()) {
                const QDateTime gps =
                    QDateTime::fromString(read.value(3).toString(), Qt::ISODateWithMs);
                if (gps.isValid())
                    row.facts.gpsTimeUtc = gps.toUTC();
            }
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
