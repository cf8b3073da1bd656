#pragma once

#include "core/metadata/takentime.h"

#include <QDateTime>

#include <optional>
#include <string_view>

// Parsers for the date and time spellings of EXIF, XMP and IPTC. All of them reject the
// placeholders cameras write when their clock was never set ("0000:00:00 00:00:00", blanks).
namespace MetadataDateTime {

// EXIF "YYYY:MM:DD HH:MM:SS" (also with '-' or '/' in the date, and 'T' between date and time).
// The result has no offset and no source tag.
std::optional<TakenTime> parseExif(std::string_view text);
// EXIF SubSecTime* digits ("06" = 60 ms, "123456" = 123 ms) as milliseconds.
std::optional<int> parseSubSeconds(std::string_view text);
// XMP (ISO 8601): "YYYY-MM-DD", "YYYY-MM-DDThh:mm", "...:ss", "...:ss.sss", each with an
// optional "Z" or "+hh:mm". A date alone is taken as midnight.
std::optional<TakenTime> parseXmp(std::string_view text);
// IPTC DateCreated "YYYYMMDD" or "YYYY-MM-DD", with TimeCreated "hhmmss+hhmm" or
// "hh:mm:ss+hh:mm" (either may be empty; the date may not).
std::optional<TakenTime> parseIptc(std::string_view date, std::string_view time);
// GPSDateStamp "YYYY:MM:DD" plus hours, minutes and seconds from GPSTimeStamp, in UTC.
std::optional<QDateTime> gpsUtc(std::string_view dateStamp, double hours, double minutes,
                                double seconds);

} // namespace MetadataDateTime
