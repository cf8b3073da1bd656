#include "core/events/eventgrouper.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

GroupingSettings GroupingSettings::defaults()
{
    GroupingSettings settings;
    // Long enough for a conference's overnight at one venue (last photo 17:30, first 09:00: 15.5 h,
    // and a late start still fits), short enough that photos at home on the evenings of two days
    // (22 h apart) are two events.
    settings.alwaysSplitSeconds = 20 * 3600;
    // Under an hour is a coffee break, a talk without photos, the drive from church to reception:
    // never a new event, wherever the photos are.
    settings.neverSplitSeconds = 3600;
    // A conference day shot every 5-40 min has a rhythm (the median pause) of about 14 min, short
    // pauses being the commonest: without GPS a pause splits it from about 85 min. The 75-min lunch
    // does not (5 would split it), the two hours before the evening meetup do (up to 8 would).
    settings.rhythmFactor = 6.0;
    // Across town: the bar of the evening meetup (3 km), the party (4 km).
    settings.movedMetres = 2000.0;
    // One venue, the length of Fira Gran Via's halls plus indoor GPS error.
    settings.samePlaceMetres = 1000.0;
    return settings;
}

namespace {

// Pauses shorter than this are a burst (one moment shot many times), not the rhythm of an event:
// fifty photos in ten seconds must not make the rhythm a fifth of a second.
constexpr qint64 kBurstPauseMs = 60 * 1000;
// The rhythm is the median of up to this many pauses on each side of the one being decided...
constexpr int kRhythmPausesPerSide = 8;
// ...looking at no more than this many on each side, so that long bursts keep it linear.
constexpr int kRhythmScanPerSide = 64;
// The place after a pause is the first photo with GPS among this many after it.
constexpr int kPlaceScanAfter = 8;

struct Place
{
    double latitude = 0.0;
    double longitude = 0.0;
};

std::optional<Place> placeOf(const GroupingPhoto &photo)
{
    if (!photo.latitude || !photo.longitude)
        return std::nullopt;
    if (!std::isfinite(*photo.latitude) || !std::isfinite(*photo.longitude))
        return std::nullopt;
    return Place{*photo.latitude, *photo.longitude};
}

class Grouping
{
public:
    Grouping(QList<GroupingPhoto> photos, const GroupingSettings &settings)
        : m_photos(std::move(photos))
        , m_settings(settings)
    {
        std::sort(m_photos.begin(), m_photos.end(),
                  [](const GroupingPhoto &a, const GroupingPhoto &b) {
                      return a.instantMs != b.instantMs ? a.instantMs < b.instantMs
                                                        : a.photoId < b.photoId;
                  });
        m_pausesMs.reserve(m_photos.size());
        for (qsizetype i = 1; i < m_photos.size(); ++i)
            m_pausesMs.push_back(m_photos[i].instantMs - m_photos[i - 1].instantMs);
    }

    QList<PhotoGroup> run()
    {
        QList<PhotoGroup> groups;
        if (m_photos.isEmpty())
            return groups;

        PhotoGroup current;
        std::optional<Place> lastPlaceInGroup;
        auto addPhoto = [&](const GroupingPhoto &photo) {
            if (current.photoIds.isEmpty())
                current.firstInstantMs = photo.instantMs;
            current.photoIds.append(photo.photoId);
            current.lastInstantMs = photo.instantMs;
            if (const std::optional<Place> place = placeOf(photo))
                lastPlaceInGroup = place;
        };

        addPhoto(m_photos.first());
        for (qsizetype i = 1; i < m_photos.size(); ++i) {
            if (const std::optional<EventSplitReason> reason = splitBefore(i, lastPlaceInGroup)) {
                groups.append(std::move(current));
                current = PhotoGroup();
                current.reason = *reason;
                lastPlaceInGroup.reset();
            }
            addPhoto(m_photos[i]);
        }
        groups.append(std::move(current));
        return groups;
    }

private:
    // Whether photo `index` begins a new event, and why. `placeBefore` is that of the nearest
    // photo with GPS in the event so far.
    std::optional<EventSplitReason> splitBefore(qsizetype index,
                                                const std::optional<Place> &placeBefore) const
    {
        const qint64 pauseMs = m_pausesMs[index - 1];
        if (pauseMs < m_settings.neverSplitSeconds * 1000)
            return std::nullopt;

        std::optional<double> distance;
        if (placeBefore) {
            if (const std::optional<Place> after = placeAfter(index))
                distance =
                    EventGrouper::distanceMetres(placeBefore->latitude, placeBefore->longitude,
                                                 after->latitude, after->longitude);
        }
        const bool moved = distance && *distance >= m_settings.movedMetres;

        EventSplitReason reason;
        reason.gapSeconds = pauseMs / 1000;
        if (moved) {
            reason.kind = EventSplitReason::Kind::Moved;
            reason.distanceMetres = *distance;
        } else {
            reason.kind = EventSplitReason::Kind::TimeGap;
        }

        if (pauseMs >= m_settings.alwaysSplitSeconds * 1000)
            return reason;
        if (distance && *distance <= m_settings.samePlaceMetres)
            return std::nullopt;
        if (moved)
            return reason;
        if (double(pauseMs) >= m_settings.rhythmFactor * rhythmMs(index - 1))
            return reason;
        return std::nullopt;
    }

    // The place just after the pause before photo `index`: the first photo with GPS among the
    // next few, not looking past a pause long enough to begin yet another event.
    std::optional<Place> placeAfter(qsizetype index) const
    {
        const qsizetype end = std::min(m_photos.size(), index + kPlaceScanAfter);
        for (qsizetype i = index; i < end; ++i) {
            if (i > index && m_pausesMs[i - 1] >= m_settings.neverSplitSeconds * 1000)
                break;
            if (const std::optional<Place> place = placeOf(m_photos[i]))
                return place;
        }
        return std::nullopt;
    }

    // The rhythm around pause `pause`: the median of the pauses near it, leaving out the pause
    // itself, bursts, and pauses long enough to split anyway. 0 when there are none, so that
    // neverSplitSeconds is the only threshold.
    double rhythmMs(qsizetype pause) const
    {
        std::vector<qint64> nearby;
        nearby.reserve(2 * kRhythmPausesPerSide);
        const qint64 hugeMs = m_settings.alwaysSplitSeconds * 1000;
        auto consider = [&](qsizetype i) {
            const qint64 p = m_pausesMs[i];
            if (p >= kBurstPauseMs && p < hugeMs) {
                nearby.push_back(p);
                return true;
            }
            return false;
        };
        int found = 0;
        for (qsizetype i = pause - 1, seen = 0;
             i >= 0 && seen < kRhythmScanPerSide && found < kRhythmPausesPerSide; --i, ++seen)
            found += consider(i) ? 1 : 0;
        found = 0;
        const qsizetype count = qsizetype(m_pausesMs.size());
        for (qsizetype i = pause + 1, seen = 0;
             i < count && seen < kRhythmScanPerSide && found < kRhythmPausesPerSide; ++i, ++seen)
            found += consider(i) ? 1 : 0;

        if (nearby.empty())
            return 0.0;
        const auto middle = nearby.begin() + nearby.size() / 2;
        std::nth_element(nearby.begin(), middle, nearby.end());
        if (nearby.size() % 2 == 1)
            return double(*middle);
        const qint64 below = *std::max_element(nearby.begin(), middle);
        return (double(below) + double(*middle)) / 2.0;
    }

    QList<GroupingPhoto> m_photos;
    std::vector<qint64> m_pausesMs;
    GroupingSettings m_settings;
};

} // namespace

namespace EventGrouper {

QList<PhotoGroup> group(const QList<GroupingPhoto> &photos, const GroupingSettings &settings)
{
    return Grouping(photos, settings).run();
}

double distanceMetres(double latitude1, double longitude1, double latitude2, double longitude2)
{
    // Haversine on the mean Earth radius: within 0.5 % of the ellipsoid, plenty to tell a venue
    // from the bar across town.
    constexpr double earthRadiusMetres = 6371008.8;
    constexpr double toRadians = std::numbers::pi / 180.0;
    const double phi1 = latitude1 * toRadians;
    const double phi2 = latitude2 * toRadians;
    const double sinHalfPhi = std::sin((phi2 - phi1) / 2.0);
    const double sinHalfLambda = std::sin((longitude2 - longitude1) * toRadians / 2.0);
    const double h =
        sinHalfPhi * sinHalfPhi + std::cos(phi1) * std::cos(phi2) * sinHalfLambda * sinHalfLambda;
    return 2.0 * earthRadiusMetres * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace EventGrouper
