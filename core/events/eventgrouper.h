#pragma once

#include <QList>

#include <optional>

// Why an automatic event begins where it does: what separated it from the photos before it.
struct EventSplitReason
{
    enum class Kind
    {
        First,   // the first photos on the timeline (or the first of a run grouped on its own)
        TimeGap, // a pause much longer than the rhythm around it
        Moved,   // the place changed: the photos on either side are far apart
        ByHand,  // the user made it from a selection (never produced by the grouping)
    };
    // Moved whenever the place moved at least GroupingSettings::movedMetres across the pause, even
    // when the pause alone would have split (the move says more); TimeGap otherwise.
    Kind kind = Kind::First;
    qint64 gapSeconds = 0;       // the pause before the first photo, whole seconds (0 for First)
    double distanceMetres = 0.0; // how far the place moved (0 when unknown or not the reason)

    friend bool operator==(const EventSplitReason &, const EventSplitReason &) = default;
};

// One photo as the grouping sees it.
struct GroupingPhoto
{
    qint64 photoId = 0;
    qint64 instantMs = 0; // ResolvedTime::instantMs
    std::optional<double> latitude;
    std::optional<double> longitude;
};

// One automatic event: a run of photos, consecutive on the timeline.
struct PhotoGroup
{
    QList<qint64> photoIds; // in timeline order
    EventSplitReason reason;
    qint64 firstInstantMs = 0;
    qint64 lastInstantMs = 0;
};

// The defaults are tuned on the timelines in tests/core/events/tst_eventgrouper.cpp: a multi-day
// conference with evening meetups, a road trip across time zones, a party across midnight.
struct GroupingSettings
{
    // A pause at least this long always starts a new event, wherever the photos are.
    qint64 alwaysSplitSeconds = 0;
    // A pause shorter than this never does.
    qint64 neverSplitSeconds = 0;
    // Between the two: a pause splits when it is this many times the rhythm around it (the median
    // of up to 8 pauses on each side, leaving out bursts under a minute and pauses of
    // alwaysSplitSeconds or more; with none, any pause from neverSplitSeconds splits)...
    double rhythmFactor = 0.0;
    // ...or when the place moved at least this far across it. The place before a pause is the
    // nearest photo with GPS in the event so far, the place after it the first with GPS among the
    // next 8 photos (not looking past another pause of neverSplitSeconds). Unknown when there is
    // none: photos without GPS never keep photos together or apart, the rhythm decides.
    double movedMetres = 0.0;
    // Photos on both sides within this distance are the same place: only alwaysSplitSeconds
    // separates them (a conference's second day continues its first).
    double samePlaceMetres = 0.0;

    // 20 h, 1 h, 6 times the rhythm, 2 km, 1 km: the reasons are in eventgrouper.cpp.
    static GroupingSettings defaults();
};

namespace EventGrouper {

// Groups photos, in any order, into events: sorted by instantMs (ties by photoId), then split at
// the pauses the settings say. Pure and deterministic: the same photos and settings give the same
// groups. O(n log n): 100,000 photos take a few tens of milliseconds.
QList<PhotoGroup> group(const QList<GroupingPhoto> &photos,
                        const GroupingSettings &settings = GroupingSettings::defaults());

// Great-circle distance in metres.
double distanceMetres(double latitude1, double longitude1, double latitude2, double longitude2);

} // namespace EventGrouper
