#pragma once

#include <QColor>

// The light of one moment of the day: every scene takes its colours from it, so that a morning
// on the beach and a morning in the park look like the same morning.
enum class TimeOfDay
{
    Dawn,
    Morning,
    Midday,
    Afternoon,
    GoldenHour,
    Sunset,
    BlueHour,
    Night
};

struct Daylight
{
    QColor skyTop;
    QColor skyMiddle;
    QColor skyHorizon;
    QColor sun;       // the disk; the moon at night
    double sunHeight; // 0 on the horizon, 1 at the top of the frame
    QColor cloud;     // clouds take the light of the sky
    QColor seaTop;    // at the horizon
    QColor seaBottom; // at the shore
    QColor farLand;   // hills and buildings in the distance, hazed by the air
    QColor nearLand;  // silhouettes close by
    QColor wallLight; // a sunlit wall is multiplied by this
    bool lightsOn;    // windows and street lamps lit
    bool stars;

    static Daylight at(TimeOfDay time);
};

// Mixes two colours: t = 0 gives a, t = 1 gives b.
QColor mixColors(const QColor &a, const QColor &b, double t);
// A surface's own colour as it looks in the given light (the two multiplied).
QColor inLight(const QColor &color, const QColor &light);
