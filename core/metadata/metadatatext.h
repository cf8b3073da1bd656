#pragma once

#include <QString>

#include <optional>
#include <string_view>

// How the text fields of EXIF, IPTC and XMP become QStrings. The standards promise ASCII (EXIF),
// a declared character set (IPTC) or UTF-8 (XMP); real files carry UTF-8 in EXIF, Latin-1 in
// IPTC without a declaration, padding NULs and runs of spaces. Every decoder here strips that
// padding, so a blank result means "the file does not say".
namespace MetadataText {

bool isValidUtf8(std::string_view bytes);

// EXIF ASCII and IPTC strings without a declared character set: UTF-8 when the bytes are valid
// UTF-8, else Latin-1 (which every byte sequence is). Stops at the first NUL like exiftool does.
// Text with control characters is binary junk and comes back empty.
QString decodeLegacy(std::string_view bytes);
// Text known to be UTF-8: XMP, and IPTC whose CodedCharacterSet is ESC % G.
QString decodeUtf8(std::string_view bytes);
// The Windows Explorer tags (Exif.Image.XPTitle, XPKeywords...): UCS-2 little-endian, NUL-ended.
// Junk comes back empty, as with decodeLegacy().
QString decodeUcs2Le(std::string_view bytes);
// Trims whitespace and NULs at both ends.
QString cleaned(QString text);
// True when text has something to say: not blank, and no control characters other than line
// breaks and tabs (binary junk that some cameras leave in UserComment).
bool isReadableText(const QString &text);
// A number as EXIF and XMP spell them in text: "28/10", "2.8", " 400 ". nullopt for anything else,
// a zero denominator included.
std::optional<double> parseNumber(std::string_view text);
std::optional<double> parseNumber(const QString &text);

} // namespace MetadataText
