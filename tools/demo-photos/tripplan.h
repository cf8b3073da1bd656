#pragma once

#include "tools/demo-photos/daylight.h"
#include "tools/demo-photos/scenepainter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One photo of the demo trip and everything its EXIF and XMP say.
struct DemoShot
{
    QString relativePath; // "phone/IMG_4101.JPG"
    Scene scene = Scene::Seafront;
    TimeOfDay light = TimeOfDay::Midday;
    QDateTime taken; // wall time in Barcelona (Qt::UTC, so that nothing converts it)
    int utcOffsetSeconds = 2 * 3600;
    bool phone = true; // the phone or the camera
    double latitude = 0;
    double longitude = 0;
    double altitude = 0;
    QString exposureTime; // "1/125"
    double fNumber = 0;
    int iso = 0;
    double focalLength = 0;
    int focalLength35 = 0;
    QStringList keywords;
    int rating = 0; // 0: none written
    quint32 seed = 0;
};

namespace TripPlan {

// Three days in Barcelona in May, from a phone (phone/IMG_*.JPG) and a camera
// (camera/DSCF*.JPG), in the order they were taken. `seed` varies the pictures, not the plan.
QList<DemoShot> barcelona(quint32 seed);

} // namespace TripPlan
