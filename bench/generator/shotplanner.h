#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// One photo of the bench set: where it goes and everything its EXIF says.
struct ShotSpec
{
    int index = 0;            // 0-based, in the order the photos were taken
    QString relativePath;     // "day-03/IMG_0123.JPG"
    int camera = 0;           // index into CameraProfiles::all()
    int baseImage = 0;        // which encoded base image carries the pixels
    QDateTime cameraTime;     // wall-clock time as the camera's own clock had it, with milliseconds
    int utcOffsetMinutes = 0; // the true offset of the place, written by bodies that write one
    QDateTime utcTime;        // the true moment, for GPSDateStamp/GPSTimeStamp
    int orientation = 1;
    quint32 exposureDenominator = 1; // ExposureTime = 1 / denominator seconds
    double fNumber = 0;
    double focalLength = 0; // mm
    int iso = 0;
    int exposureBiasThirds = 0; // in 1/3 EV
    bool flashFired = false;
    double latitude = 0; // meaningful when the camera has GPS
    double longitude = 0;
    double altitude = 0;
    quint32 shutterCount = 0; // the body's frame counter, for the maker note
};

namespace ShotPlanner {

// The photos of a trip of several days, deterministic for (count, seed): a handful of outings a
// day separated by hours, shots within an outing tens of seconds apart, now and then a burst of
// frames a tenth of a second apart, mostly from one body at a time with the others dropping in.
QList<ShotSpec> plan(int count, quint64 seed, int baseImageCount);

} // namespace ShotPlanner
