#pragma once

#include <QString>

// A camera, as far as clock corrections go: make and model, and the body serial number when the
// files carry one (two bodies of one model can be off by different amounts).
struct CameraClock
{
    QString make;
    QString model;
    QString serialNumber;
    int photoCount = 0;           // photos of this camera in the event
    qint64 clockShiftSeconds = 0; // the correction its photos carry now (the first photo's)

    bool sameCamera(const CameraClock &other) const
    {
        return make == other.make && model == other.model && serialNumber == other.serialNumber;
    }
};
