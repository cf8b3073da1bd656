#include "core/metadata/gpsresolver.h"

#include "core/metadata/exiv2values.h"
#include "core/metadata/metadatadatetime.h"
#include "core/metadata/metadatatext.h"

#include <array>
#include <cmath>

namespace {

// EXIF: three rationals (degrees, minutes, seconds; some cameras leave out the last ones) and a
// reference letter.
std::optional<double> exifCoordinate(const Exiv2::Value *value, const Exiv2::Value *ref,
                                     char negativeRef, double limit)
{
    if (!value)
        return std::nullopt;
    double degrees = 0;
    constexpr std::array<double, 3> scale{1.0, 60.0, 3600.0};
    const std::size_t parts = qMin<std::size_t>(Exiv2Compat::count(*value), 3);
    for (std::size_t i = 0; i < parts; ++i) {
        const auto part = Exiv2Values::numberAt(*value, i);
        if (!part || *part < 0.0)
            return std::nullopt;
        degrees += *part / scale[i];
    }
    if (!std::isfinite(degrees) || degrees > limit)
        return std::nullopt;
    if (ref) {
        std::string storage;
        const std::string_view letter = Exiv2Values::textOf(*ref, storage);
        if (!letter.empty() &&
            (letter.front() == negativeRef || letter.front() == negativeRef + 32))
            degrees = -degrees;
    }
    return degrees;
}

// XMP: "DDD,MM,SSk" or "DDD,MM.mmk" with k one of N, S, E, W.
std::optional<double> xmpCoordinate(const XmpProperty *property, double limit)
{
    if (!property || property->text.size() < 2)
        return std::nullopt;
    const QString &text = property->text;
    const QChar ref = text.back().toUpper();
    const bool negative = ref == u'S' || ref == u'W';
    if (!negative && ref != u'N' && ref != u'E')
        return std::nullopt;
    const QStringList parts = text.chopped(1).split(QLatin1Char(','));
    if (parts.size() > 3)
        return std::nullopt;
    double degrees = 0;
    double scale = 1.0;
    for (const QString &part : parts) {
        const auto number = MetadataText::parseNumber(part);
        if (!number || *number < 0.0)
            return std::nullopt;
        degrees += *number / scale;
        scale *= 60.0;
    }
    if (!std::isfinite(degrees) || degrees > limit)
        return std::nullopt;
    return negative ? -degrees : degrees;
}

std::optional<double> finite(std::optional<double> number)
{
    return number && std::isfinite(*number) ? number : std::nullopt;
}

} // namespace

void resolveGps(const MetadataSources &sources, PhotoMetadata &m)
{
    m.gpsLatitude = exifCoordinate(sources.exif(ExifTag::GpsLatitude),
                                   sources.exif(ExifTag::GpsLatitudeRef), 'S', 90.0);
    if (!m.gpsLatitude)
        m.gpsLatitude = xmpCoordinate(sources.xmp(XmpTag::ExifGpsLatitude), 90.0);
    m.gpsLongitude = exifCoordinate(sources.exif(ExifTag::GpsLongitude),
                                    sources.exif(ExifTag::GpsLongitudeRef), 'W', 180.0);
    if (!m.gpsLongitude)
        m.gpsLongitude = xmpCoordinate(sources.xmp(XmpTag::ExifGpsLongitude), 180.0);

    // Altitude: metres, with reference 1 meaning below sea level.
    if (const Exiv2::Value *altitude = sources.exif(ExifTag::GpsAltitude)) {
        m.gpsAltitude = finite(Exiv2Values::numberAt(*altitude));
        const Exiv2::Value *ref = sources.exif(ExifTag::GpsAltitudeRef);
        if (m.gpsAltitude && ref && Exiv2Values::integerAt(*ref) == 1)
            m.gpsAltitude = -std::fabs(*m.gpsAltitude);
    } else if (const XmpProperty *xmpAltitude = sources.xmp(XmpTag::ExifGpsAltitude)) {
        m.gpsAltitude = finite(MetadataText::parseNumber(xmpAltitude->text));
        const XmpProperty *ref = sources.xmp(XmpTag::ExifGpsAltitudeRef);
        if (m.gpsAltitude && ref && MetadataText::parseNumber(ref->text) == 1.0)
            m.gpsAltitude = -std::fabs(*m.gpsAltitude);
    }

    const Exiv2::Value *stamp = sources.exif(ExifTag::GpsTimeStamp);
    const Exiv2::Value *date = sources.exif(ExifTag::GpsDateStamp);
    if (stamp && date && Exiv2Compat::count(*stamp) >= 3) {
        const auto h = Exiv2Values::numberAt(*stamp, 0);
        const auto mi = Exiv2Values::numberAt(*stamp, 1);
        const auto s = Exiv2Values::numberAt(*stamp, 2);
        std::string storage;
        if (h && mi && s)
            m.gpsTimeUtc =
                MetadataDateTime::gpsUtc(Exiv2Values::textOf(*date, storage), *h, *mi, *s);
    }
    if (const XmpProperty *xmpStamp = sources.xmp(XmpTag::ExifGpsTimeStamp);
        !m.gpsTimeUtc && xmpStamp) {
        const QByteArray text = xmpStamp->text.toLatin1();
        if (const auto taken = MetadataDateTime::parseXmp(
                std::string_view(text.constData(), std::size_t(text.size())))) {
            const QDateTime wall(taken->date, taken->time, Qt::UTC);
            m.gpsTimeUtc = wall.addSecs(-taken->utcOffsetSeconds.value_or(0));
        }
    }
}
