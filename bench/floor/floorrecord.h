#pragma once

#include <QString>

#include <optional>

// The dozen fields the floor reads from each photo: about what a catalog row needs.
struct FloorRecord
{
    QString path;
    qint64 size = 0;
    qint64 modifiedMs = 0;
    QString takenAt;   // DateTimeOriginal as written, "YYYY:MM:DD HH:MM:SS"
    QString subSecond; // SubSecTimeOriginal
    QString utcOffset; // OffsetTimeOriginal
    QString make;
    QString model;
    QString lens;
    QString serialNumber;
    std::optional<int> orientation;
    std::optional<int> width;
    std::optional<int> height;
    std::optional<int> iso;
    std::optional<double> fNumber;
    std::optional<double> exposureTime;
    std::optional<double> focalLength;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<double> altitude;
    quint64 hash = 0; // set only when the floor is asked to hash
    QString error;
};
