#include "core/events/timeresolver.h"

#include <cmath>

namespace {

constexpr int kMinOffsetSeconds = -12 * 3600;
constexpr int kMaxOffsetSeconds = 14 * 3600;
constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;
// Wide enough that the UTC instant of any wall time (offsets span -12:00..+14:00) falls inside,
// with room for the period before the nearest transition.
constexpr qint64 kTransitionWindowMs = 2 * 24 * 3600 * 1000LL;

bool isRealOffset(qint64 seconds)
{
    return seconds >= kMinOffsetSeconds && seconds <= kMaxOffsetSeconds;
}

// Only the date and time fields of a wall time mean anything: read them as if they were UTC, so
// that whatever time spec a caller handed in, nothing converts them.
qint64 wallFieldsAsMs(const QDateTime &wallTime)
{
    return QDateTime(wallTime.date(), wallTime.time(), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

namespace TimeResolver {

std::optional<ResolvedTime> resolve(const PhotoTimeFacts &facts, const QTimeZone &eventZone,
                                    const QTimeZone &systemZone)
{
    if (!facts.wallTime.isValid())
        return std::nullopt;

    ResolvedTime resolved;
    resolved.correctedWallTime = QDateTime(facts.wallTime.date(), facts.wallTime.time(), Qt::UTC)
                                     .addSecs(facts.clockShiftSeconds);

    // A file offset beyond any real zone's is a writer's bug, not a fact: fall through to the GPS.
    std::optional<int> gpsOffset;
    if (facts.fileOffsetSeconds && isRealOffset(*facts.fileOffsetSeconds)) {
        resolved.offsetSeconds = *facts.fileOffsetSeconds;
        resolved.source = OffsetSource::File;
    } else if (facts.gpsTimeUtc &&
               (gpsOffset = offsetFromGps(resolved.correctedWallTime, *facts.gpsTimeUtc))) {
        resolved.offsetSeconds = *gpsOffset;
        resolved.source = OffsetSource::GpsTime;
    } else if (eventZone.isValid()) {
        resolved.offsetSeconds = offsetInZone(resolved.correctedWallTime, eventZone);
        resolved.source = OffsetSource::EventZone;
    } else {
        resolved.offsetSeconds = offsetInZone(resolved.correctedWallTime, systemZone);
        resolved.source = OffsetSource::SystemZone;
    }

    resolved.instantMs =
        wallFieldsAsMs(resolved.correctedWallTime) - qint64(resolved.offsetSeconds) * 1000;
    return resolved;
}

std::optional<int> offsetFromGps(const QDateTime &correctedWallTime, const QDateTime &gpsTimeUtc)
{
    if (!correctedWallTime.isValid() || !gpsTimeUtc.isValid())
        return std::nullopt;
    // The GPS time stamp is an instant whatever its spec; the wall time is fields only.
    const qint64 differenceMs = wallFieldsAsMs(correctedWallTime) - gpsTimeUtc.toMSecsSinceEpoch();
    const qint64 quarters = std::llround(double(differenceMs) / double(kQuarterHourMs));
    const qint64 offsetSeconds = quarters * (kQuarterHourMs / 1000);
    if (!isRealOffset(offsetSeconds))
        return std::nullopt;
    return int(offsetSeconds);
}

int offsetInZone(const QDateTime &wallTime, const QTimeZone &zone)
{
    if (!zone.isValid() || !wallTime.isValid())
        return 0;
    const qint64 wallMs = wallFieldsAsMs(wallTime);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(wallMs - kTransitionWindowMs, Qt::UTC);

    if (!zone.hasTransitions()) {
        // No transition data (a fixed offset, or a backend without it): an offset that maps the
        // wall time back onto itself, found by iterating from the one a day earlier.
        int offset = zone.offsetFromUtc(from);
        for (int i = 0; i < 3; ++i) {
            const int next = zone.offsetFromUtc(
                QDateTime::fromMSecsSinceEpoch(wallMs - offset * 1000LL, Qt::UTC));
            if (next == offset)
                break;
            offset = next;
        }
        return offset;
    }

    // The zone's history around the wall time as periods of one offset each, in order. A period
    // covers the wall times [start + offset, end + offset). The first period that covers the wall
    // time is the earlier of a fold; when none does the wall time is in a gap, and the offset is
    // that of the last period that ended before it.
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(wallMs + kTransitionWindowMs, Qt::UTC);
    int offset = zone.offsetFromUtc(from);
    qint64 periodStartMs = from.toMSecsSinceEpoch();
    std::optional<int> offsetBeforeGap;
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    for (const QTimeZone::OffsetData &transition : transitions) {
        const qint64 periodEndMs = transition.atUtc.toMSecsSinceEpoch();
        const qint64 offsetMs = offset * 1000LL;
        if (wallMs >= periodStartMs + offsetMs && wallMs < periodEndMs + offsetMs)
            return offset;
        if (periodEndMs + offsetMs <= wallMs)
            offsetBeforeGap = offset;
        periodStartMs = periodEndMs;
        offset = transition.offsetFromUtc;
    }
    if (wallMs >= periodStartMs + offset * 1000LL)
        return offset;
    return offsetBeforeGap.value_or(offset);
}

} // namespace TimeResolver
