#pragma once

// Conversions from exiv2 values to plain numbers and text, without the string round trips that
// Value::toString() and friends cost. Private to core/metadata.

#include "core/metadata/exiv2compat.h"

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>

namespace Exiv2Values {

// The bytes of a text value: a view of the value's own string where exiv2 keeps one (EXIF ASCII,
// IPTC strings, comments), else a copy made into `storage`.
std::string_view textOf(const Exiv2::Value &value, std::string &storage);
// The raw bytes of any value (used for the UCS-2 XP* tags, stored as BYTE arrays).
std::string rawBytes(const Exiv2::Value &value);

// Component n as a number: rationals divided out (a zero denominator is no number), integers as
// they are, text parsed ("28/10", "2.8", "400").
std::optional<double> numberAt(const Exiv2::Value &value, std::size_t n = 0);
std::optional<qint64> integerAt(const Exiv2::Value &value, std::size_t n = 0);

} // namespace Exiv2Values
