#include "core/metadata/metadataresolver.h"

#include "core/metadata/exiv2values.h"
#include "core/metadata/gpsresolver.h"
#include "core/metadata/makernotevalues.h"
#include "core/metadata/metadatatext.h"
#include "core/metadata/takentimeresolver.h"

#include <cmath>
#include <functional>
#include <initializer_list>

namespace {

using Exiv2Values::integerAt;
using Exiv2Values::numberAt;

// A field's sources in order of precedence, evaluated lazily: the first non-empty one wins.
QString firstText(std::initializer_list<std::function<QString()>> sources)
{
    for (const auto &source : sources) {
        if (QString text = source(); !text.isEmpty())
            return text;
    }
    return {};
}

// EXIF ASCII (and maker-note strings): UTF-8 when valid, else Latin-1.
QString exifText(const Exiv2::Value *value)
{
    if (!value)
        return {};
    std::string storage;
    return MetadataText::decodeLegacy(Exiv2Values::textOf(*value, storage));
}

// IPTC: ESC % G in CodedCharacterSet declares UTF-8; without it (or with another set) UTF-8 is
// still the best guess for bytes that are valid UTF-8, and Latin-1 for the rest.
QString iptcText(const MetadataSources &sources, const Exiv2::Value *value)
{
    if (!value)
        return {};
    std::string storage;
    const std::string_view bytes = Exiv2Values::textOf(*value, storage);
    if (const Exiv2::Value *charset = sources.iptc(IptcTag::CodedCharacterSet)) {
        std::string charsetStorage;
        if (Exiv2Values::textOf(*charset, charsetStorage) == "\x1b%G")
            return MetadataText::decodeUtf8(bytes);
    }
    return MetadataText::decodeLegacy(bytes);
}

QString xpText(const Exiv2::Value *value)
{
    return value ? MetadataText::decodeUcs2Le(Exiv2Values::rawBytes(*value)) : QString();
}

QString xmpText(const XmpProperty *property)
{
    return property ? property->text : QString();
}

std::optional<double> xmpNumber(const XmpProperty *property)
{
    return property ? MetadataText::parseNumber(property->text) : std::nullopt;
}

std::optional<double> exifNumber(const Exiv2::Value *value)
{
    return value ? numberAt(*value) : std::nullopt;
}

std::optional<double> positive(std::optional<double> number)
{
    if (number && std::isfinite(*number) && *number > 0.0)
        return number;
    return std::nullopt;
}

std::optional<int> inRange(std::optional<double> number, int lowest, int highest)
{
    if (!number || !std::isfinite(*number))
        return std::nullopt;
    const double rounded = std::round(*number);
    if (rounded < lowest || rounded > highest)
        return std::nullopt;
    return int(rounded);
}

std::optional<int> resolveIso(const MetadataSources &sources)
{
    // ISOSpeedRatings may hold several values ({0, 200} on some Nikons): the first non-zero one
    // is the sensitivity; a lone zero is kept as the camera wrote it.
    for (const Exiv2::Value *value :
         {sources.exif(ExifTag::IsoSpeedRatings), sources.exif(ExifTag::IsoSpeed)}) {
        if (!value)
            continue;
        std::optional<int> first;
        for (std::size_t i = 0; i < Exiv2Compat::count(*value); ++i) {
            const auto iso = inRange(numberAt(*value, i), 0, 10'000'000);
            if (!iso)
                break;
            if (!first)
                first = iso;
            if (*iso > 0)
                return iso;
        }
        if (first)
            return first;
    }
    for (const XmpProperty *property : {sources.xmp(XmpTag::ExifIsoSpeedRatings),
                                        sources.xmp(XmpTag::ExifExPhotographicSensitivity)}) {
        if (property && !property->items.isEmpty()) {
            if (const auto iso =
                    inRange(MetadataText::parseNumber(property->items.first()), 0, 10'000'000))
                return iso;
        }
    }
    if (const auto iso = MakerNoteValues::canonIso(sources))
        return iso;
    if (const Exiv2::Value *nikon = sources.exif(ExifTag::NikonIsoSpeed)) {
        for (std::size_t i = 0; i < Exiv2Compat::count(*nikon); ++i) { // {0, iso}
            if (const auto iso = inRange(numberAt(*nikon, i), 1, 10'000'000))
                return iso;
        }
    }
    return std::nullopt;
}

std::optional<double> resolveFNumber(const MetadataSources &sources)
{
    if (auto f = positive(exifNumber(sources.exif(ExifTag::FNumber))))
        return f;
    if (auto f = positive(xmpNumber(sources.xmp(XmpTag::ExifFNumber))))
        return f;
    // APEX aperture value: N = 2^(Av / 2).
    if (const auto av = exifNumber(sources.exif(ExifTag::ApertureValue));
        av && *av > -2.0 && *av < 40.0)
        return std::exp2(*av / 2.0);
    return std::nullopt;
}

std::optional<double> resolveExposureTime(const MetadataSources &sources)
{
    if (auto t = positive(exifNumber(sources.exif(ExifTag::ExposureTime))))
        return t;
    if (auto t = positive(xmpNumber(sources.xmp(XmpTag::ExifExposureTime))))
        return t;
    // APEX shutter speed value: t = 2^-Tv.
    if (const auto tv = exifNumber(sources.exif(ExifTag::ShutterSpeedValue));
        tv && *tv > -20.0 && *tv < 30.0)
        return std::exp2(-*tv);
    return std::nullopt;
}

std::optional<double> resolveFocalLength(const MetadataSources &sources)
{
    if (auto f = positive(exifNumber(sources.exif(ExifTag::FocalLength))))
        return f;
    if (auto f = positive(xmpNumber(sources.xmp(XmpTag::ExifFocalLength))))
        return f;
    return MakerNoteValues::canonFocalLength(sources);
}

std::optional<int> resolveOrientation(const MetadataSources &sources)
{
    if (auto o = inRange(exifNumber(sources.exif(ExifTag::Orientation)), 1, 8))
        return o;
    if (auto o = inRange(xmpNumber(sources.xmp(XmpTag::TiffOrientation)), 1, 8))
        return o;
    // The thumbnail's (IFD1) orientation comes last: cameras write the same value in both, and
    // some editors drop only the one in IFD0.
    return inRange(exifNumber(sources.exif(ExifTag::ThumbnailOrientation)), 1, 8);
}

std::optional<int> resolveRating(const MetadataSources &sources)
{
    if (auto r = inRange(xmpNumber(sources.xmp(XmpTag::XmpRating)), -1, 5))
        return r;
    if (auto r = inRange(exifNumber(sources.exif(ExifTag::Rating)), -1, 5))
        return r;
    return inRange(exifNumber(sources.exif(ExifTag::FujifilmRating)), -1, 5);
}

QString userComment(const Exiv2::Value *value)
{
    const auto *comment = dynamic_cast<const Exiv2::CommentValue *>(value);
    if (!comment)
        return {};
    // Only text in a character set we can read; JIS and binary junk stay out.
    const auto charset = comment->charsetId();
    if (charset != Exiv2::CommentValue::ascii && charset != Exiv2::CommentValue::unicode &&
        charset != Exiv2::CommentValue::undefined)
        return {};
    const std::string text = comment->comment();
    QString decoded = charset == Exiv2::CommentValue::unicode ? MetadataText::decodeUtf8(text)
                                                              : MetadataText::decodeLegacy(text);
    return MetadataText::isReadableText(decoded) ? decoded : QString();
}

QStringList resolveKeywords(const MetadataSources &sources)
{
    if (const XmpProperty *subject = sources.xmp(XmpTag::DcSubject);
        subject && !subject->items.isEmpty())
        return subject->items;
    QStringList keywords;
    for (const Exiv2::Iptcdatum *datum : sources.iptcKeywords) {
        if (QString keyword = iptcText(sources, &datum->value()); !keyword.isEmpty())
            keywords.append(std::move(keyword));
    }
    if (!keywords.isEmpty())
        return keywords;
    const QString xpKeywords = xpText(sources.exif(ExifTag::XPKeywords));
    for (const QString &keyword : xpKeywords.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (const QString trimmed = keyword.trimmed(); !trimmed.isEmpty())
            keywords.append(trimmed);
    }
    return keywords;
}

QString canonSerialNumber(const Exiv2::Value *value)
{
    // A number in Canon's maker note; exiftool prints it zero-padded to ten digits.
    if (!value)
        return {};
    if (value->typeId() == Exiv2::asciiString)
        return exifText(value);
    const auto number = integerAt(*value);
    return number && *number > 0 ? QStringLiteral("%1").arg(*number, 10, 10, QLatin1Char('0'))
                                 : QString();
}

} // namespace

PhotoMetadata resolveMetadata(const MetadataSources &s)
{
    PhotoMetadata m;
    m.orientation = resolveOrientation(s);
    m.takenAt = resolveTakenTime(s);

    m.make = firstText({[&] { return exifText(s.exif(ExifTag::Make)); },
                        [&] { return xmpText(s.xmp(XmpTag::TiffMake)); }});
    m.model = firstText({[&] { return exifText(s.exif(ExifTag::Model)); },
                         [&] { return xmpText(s.xmp(XmpTag::TiffModel)); }});
    m.lens = firstText({[&] { return exifText(s.exif(ExifTag::LensModel)); },
                        [&] { return xmpText(s.xmp(XmpTag::ExifExLensModel)); },
                        [&] { return xmpText(s.xmp(XmpTag::AuxLens)); },
                        [&] { return exifText(s.exif(ExifTag::CanonLensModel)); },
                        [&] { return exifText(s.exif(ExifTag::OlympusLensModel)); },
                        [&] { return exifText(s.exif(ExifTag::PanasonicLensType)); }});
    m.serialNumber =
        firstText({[&] { return exifText(s.exif(ExifTag::BodySerialNumber)); },
                   [&] { return exifText(s.exif(ExifTag::CameraSerialNumber)); },
                   [&] { return xmpText(s.xmp(XmpTag::ExifExBodySerialNumber)); },
                   [&] { return xmpText(s.xmp(XmpTag::AuxSerialNumber)); },
                   [&] { return canonSerialNumber(s.exif(ExifTag::CanonSerialNumber)); },
                   [&] { return exifText(s.exif(ExifTag::NikonSerialNumber)); },
                   [&] { return exifText(s.exif(ExifTag::OlympusSerialNumber)); },
                   [&] { return exifText(s.exif(ExifTag::FujifilmSerialNumber)); },
                   [&] { return exifText(s.exif(ExifTag::PanasonicSerialNumber)); },
                   [&] { return exifText(s.exif(ExifTag::PentaxSerialNumber)); }});

    m.iso = resolveIso(s);
    m.fNumber = resolveFNumber(s);
    m.exposureTime = resolveExposureTime(s);
    m.focalLength = resolveFocalLength(s);
    resolveGps(s, m);
    m.rating = resolveRating(s);

    m.title = firstText({[&] { return xmpText(s.xmp(XmpTag::DcTitle)); },
                         [&] { return iptcText(s, s.iptc(IptcTag::ObjectName)); },
                         [&] { return xpText(s.exif(ExifTag::XPTitle)); }});
    m.description = firstText({[&] { return xmpText(s.xmp(XmpTag::DcDescription)); },
                               [&] { return exifText(s.exif(ExifTag::ImageDescription)); },
                               [&] { return iptcText(s, s.iptc(IptcTag::Caption)); },
                               [&] { return userComment(s.exif(ExifTag::UserComment)); }});
    m.keywords = resolveKeywords(s);
    return m;
}

void applySidecarValues(PhotoMetadata &m, const PhotoMetadata &sidecar)
{
    const auto take = [](auto &field, const auto &value) {
        if (value)
            field = value;
    };
    const auto takeText = [](QString &field, const QString &value) {
        if (!value.isEmpty())
            field = value;
    };
    take(m.orientation, sidecar.orientation);
    take(m.takenAt, sidecar.takenAt);
    takeText(m.make, sidecar.make);
    takeText(m.model, sidecar.model);
    takeText(m.lens, sidecar.lens);
    takeText(m.serialNumber, sidecar.serialNumber);
    take(m.iso, sidecar.iso);
    take(m.fNumber, sidecar.fNumber);
    take(m.exposureTime, sidecar.exposureTime);
    take(m.focalLength, sidecar.focalLength);
    take(m.gpsLatitude, sidecar.gpsLatitude);
    take(m.gpsLongitude, sidecar.gpsLongitude);
    take(m.gpsAltitude, sidecar.gpsAltitude);
    take(m.gpsTimeUtc, sidecar.gpsTimeUtc);
    take(m.rating, sidecar.rating);
    takeText(m.title, sidecar.title);
    takeText(m.description, sidecar.description);
    if (!sidecar.keywords.isEmpty())
        m.keywords = sidecar.keywords;
}
