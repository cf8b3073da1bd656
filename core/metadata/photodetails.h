#pragma once

#include "core/catalog/photorecord.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QUrl>

#include <optional>

class QDateTime;

// How a photo's facts read to a person: "1/250 s", "f/2.8", "UTC+02:00", "41.3874° N, 2.1686° E".
// Shared by the info panel, the viewer's overlay and the EXIF line of published photos, so all
// say the same thing the same way.
// Numbers and dates follow the default QLocale (the language the user chose).
class PhotoDetails
{
    Q_DECLARE_TR_FUNCTIONS(PhotoDetails)

public:
    // "1/250 s" for fast shutter speeds, "0.8 s" and "30 s" for slow ones.
    static QString exposureTime(double seconds);
    // "f/2.8", "f/8".
    static QString aperture(double fNumber);
    // "ISO 200".
    static QString iso(int speed);
    // "35 mm", "4.25 mm".
    static QString focalLength(double millimetres);
    // "1/250 s · f/2.8 · ISO 200 · 35 mm"; what the photo does not say is left out. Empty when it
    // says nothing.
    static QString exposure(const PhotoMetadata &metadata);
    // "Canon EOS R5" rather than "Canon Canon EOS R5": the make once, unless the model has it.
    static QString camera(const QString &make, const QString &model);

    // "UTC+02:00", "UTC-05:30", "UTC+00:00".
    static QString utcOffset(int seconds);
    // The camera's wall time in the user's long date format, with its offset when known:
    // "Tuesday, May 21, 2019 at 6:30:01 PM (UTC+02:00)".
    static QString takenTime(const TakenTime &taken);
    // The same from a wall time (as the grid model's TakenAtRole holds it) and an optional offset.
    static QString takenTime(const QDateTime &wallTime, std::optional<int> utcOffsetSeconds);

    // A wall time in the user's short date format with the seconds: "21/05/2019, 18:30:01".
    static QString shortDateTime(const QDateTime &wallTime);
    // A camera clock correction: "+1 h 03 min", "−45 min", "+1 h 00 min 05 s", "−30 s".
    static QString clockShift(qint64 seconds);

    // "41.3874° N, 2.1686° E".
    static QString coordinates(double latitude, double longitude);
    // "12 m above sea level", "3 m below sea level".
    static QString altitude(double metres);
    // The place on OpenStreetMap, with a marker, at street level.
    static QUrl openStreetMapUrl(double latitude, double longitude);

    // "4.2 MB" (1024-based, as desktop file managers count).
    static QString fileSize(qint64 bytes);
    // "4032 × 3024 pixels (12.2 MP)".
    static QString dimensions(QSize pixels);
    // "OK", "Missing", "Unreadable".
    static QString stateName(PhotoState state);
};
