#pragma once

#include "core/metadata/imageformat.h"
#include "core/metadata/takentime.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// Everything Corkboard reads from a photo's EXIF, XMP and IPTC (and its XMP sidecar).
// A value the file does not carry is left empty: std::nullopt or an empty string.
struct PhotoMetadata
{
    ImageFormat format = ImageFormat::Unknown;
    std::optional<int> width; // stored pixels, before orientation is applied
    std::optional<int> height;
    std::optional<int> orientation; // EXIF 1..8

    std::optional<TakenTime> takenAt;

    QString make;
    QString model;
    QString lens;
    QString serialNumber; // body serial: tells two cameras of one model apart

    std::optional<int> iso;
    std::optional<double> fNumber;
    std::optional<double> exposureTime; // seconds
    std::optional<double> focalLength;  // millimetres

    std::optional<double> gpsLatitude; // signed decimal degrees, north positive
    std::optional<double> gpsLongitude; // signed decimal degrees, east positive
    std::optional<double> gpsAltitude;  // metres, below sea level negative
    std::optional<QDateTime> gpsTimeUtc; // GPSDateStamp + GPSTimeStamp, in UTC

    std::optional<int> rating; // 0..5 (-1 = rejected)
    QString title;
    QString description;
    QStringList keywords;

    QString sidecarPath; // the XMP sidecar whose values were applied, if any

    friend bool operator==(const PhotoMetadata &, const PhotoMetadata &) = default;
};
