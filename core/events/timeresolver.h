#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <optional>

// Where a photo's UTC offset came from, in the order they are tried. The info panel says which.
enum class OffsetSource
{
    File,       // the file carries it (OffsetTimeOriginal, XMP date with a zone)
    GpsTime,    // the camera clock's wall time against the GPS time stamp (true UTC)
    EventZone,  // the time zone the user set on the photo's event
    SystemZone, // nothing better: this computer's time zone
};

// What the timeline knows of one photo's time.
struct PhotoTimeFacts
{
    // The camera clock's wall time, held as Qt::UTC so that nothing converts it: only its date
    // and time fields mean anything. Invalid when the photo has no time at all.
    QDateTime wallTime;
    std::optional<int> fileOffsetSeconds;
    std::optional<QDateTime> gpsTimeUtc;
    // The user's correction of this camera's clock, added to the wall time before anything else
    // (a clock an hour slow: +3600). Stored in the catalog, never written to the file.
    qint64 clockShiftSeconds = 0;
};

// A photo placed on the one timeline.
struct ResolvedTime
{
    qint64 instantMs = 0; // UTC, milliseconds since the epoch
    int offsetSeconds = 0;
    OffsetSource source = OffsetSource::SystemZone;
    // The corrected wall time (wall time + clock shift), Qt::UTC-held like
    // PhotoTimeFacts::wallTime.
    QDateTime correctedWallTime;

    friend bool operator==(const ResolvedTime &, const ResolvedTime &) = default;
};

namespace TimeResolver {

// Places a photo on the timeline: the corrected wall time minus the first offset known of the
// file's own (when within -12:00..+14:00; beyond is a writer's bug), the one the GPS time stamp
// implies, the event's zone (when valid) and the system zone (UTC when that is invalid too). The
// zones are read at the corrected wall time. nullopt when the photo has no time (no wall time,
// whatever else it has).
std::optional<ResolvedTime> resolve(const PhotoTimeFacts &facts, const QTimeZone &eventZone,
                                    const QTimeZone &systemZone);

// The UTC offset a corrected wall time implies against a GPS time stamp, rounded to the nearest
// quarter hour (zones are whole quarters; the GPS fix may be a little older than the shot).
// nullopt when the difference is no real zone's (beyond -12:00..+14:00).
std::optional<int> offsetFromGps(const QDateTime &correctedWallTime, const QDateTime &gpsTimeUtc);

// The offset a zone has at a wall time in it (only the wall time's date and time fields count).
// In a DST gap (a wall time that never existed) the offset before the change; in a fold (a wall
// time that happened twice) the first of the two. 0 for an invalid zone or wall time.
int offsetInZone(const QDateTime &wallTime, const QTimeZone &zone);

} // namespace TimeResolver
