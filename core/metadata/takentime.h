#pragma once

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

// When a photo was taken, as the camera's clock showed it (wall time), with the UTC offset when
// the file says it, and the tag it came from so the UI can explain where a time came from.
struct TakenTime
{
    QDate date;
    QTime time; // milliseconds from SubSecTime* where present
    std::optional<int> utcOffsetSeconds;
    QString sourceTag; // e.g. "Exif.Photo.DateTimeOriginal", "Xmp.photoshop.DateCreated"

    bool isValid() const { return date.isValid() && time.isValid(); }
    // "YYYY-MM-DDTHH:MM:SS": the wall time without milliseconds or offset.
    QString wallTimeString() const;
    // "YYYY-MM-DDTHH:MM:SS.zzz": sortable, keeps sub-second order of bursts. Stored in the catalog.
    QString sortableWallTimeString() const;
    // "+02:00", or an empty string when the offset is unknown.
    QString offsetString() const;

    static std::optional<TakenTime> fromSortableString(const QString &wallTime,
                                                       std::optional<int> offsetSeconds,
                                                       const QString &sourceTag);
    // Parses "+02:00", "-0530", "Z"; nullopt for anything else.
    static std::optional<int> parseOffset(QStringView text);

    friend bool operator==(const TakenTime &, const TakenTime &) = default;
};
