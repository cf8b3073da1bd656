#include "bench/floor/floorreader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <cmath>
#include <exiv2/exiv2.hpp>
#include <utility>
#include <xxhash.h>

namespace {

constexpr qint64 kHashEdge = qint64(64) * 1024;

// The tags the floor reads. Looking each up by key would cost a string-built key per datum per
// lookup (ExifData is a list); one pass that compares tag numbers keeps the floor a floor.
enum Field
{
    DateTimeOriginal,
    SubSecTimeOriginal,
    OffsetTimeOriginal,
    Make,
    Model,
    LensModel,
    BodySerialNumber,
    Orientation,
    PixelXDimension,
    PixelYDimension,
    Iso,
    FNumber,
    ExposureTime,
    FocalLength,
    GpsLatitudeRef,
    GpsLatitude,
    GpsLongitudeRef,
    GpsLongitude,
    GpsAltitude,
    FieldCount,
};

struct FieldTag
{
    Field field;
    uint16_t tag;
    int ifdId;
};

const std::array<FieldTag, FieldCount> &fieldTags()
{
    static const std::array<FieldTag, FieldCount> tags = [] {
        const std::array<std::pair<Field, const char *>, FieldCount> keys{{
            {DateTimeOriginal, "Exif.Photo.DateTimeOriginal"},
            {SubSecTimeOriginal, "Exif.Photo.SubSecTimeOriginal"},
            {OffsetTimeOriginal, "Exif.Photo.OffsetTimeOriginal"},
            {Make, "Exif.Image.Make"},
            {Model, "Exif.Image.Model"},
            {LensModel, "Exif.Photo.LensModel"},
            {BodySerialNumber, "Exif.Photo.BodySerialNumber"},
            {Orientation, "Exif.Image.Orientation"},
            {PixelXDimension, "Exif.Photo.PixelXDimension"},
            {PixelYDimension, "Exif.Photo.PixelYDimension"},
            {Iso, "Exif.Photo.ISOSpeedRatings"},
            {FNumber, "Exif.Photo.FNumber"},
            {ExposureTime, "Exif.Photo.ExposureTime"},
            {FocalLength, "Exif.Photo.FocalLength"},
            {GpsLatitudeRef, "Exif.GPSInfo.GPSLatitudeRef"},
            {GpsLatitude, "Exif.GPSInfo.GPSLatitude"},
            {GpsLongitudeRef, "Exif.GPSInfo.GPSLongitudeRef"},
            {GpsLongitude, "Exif.GPSInfo.GPSLongitude"},
            {GpsAltitude, "Exif.GPSInfo.GPSAltitude"},
        }};
        std::array<FieldTag, FieldCount> result{};
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const Exiv2::ExifKey key(keys[i].second);
            result[i] = {keys[i].first, key.tag(), key.ifdId()};
        }
        return result;
    }();
    return tags;
}

using Found = std::array<const Exiv2::Exifdatum *, FieldCount>;

Found findFields(const Exiv2::ExifData &exif)
{
    Found found{};
    const auto &tags = fieldTags();
    for (const Exiv2::Exifdatum &datum : exif) {
        const uint16_t tag = datum.tag();
        for (const FieldTag &wanted : tags) {
            if (wanted.tag == tag && wanted.ifdId == datum.ifdId() && datum.count() > 0) {
                found[wanted.field] = &datum;
                break;
            }
        }
    }
    return found;
}

QString string(const Found &found, Field field)
{
    return found[field] ? QString::fromStdString(found[field]->toString()).trimmed() : QString();
}

std::optional<int> integer(const Found &found, Field field)
{
    if (!found[field])
        return std::nullopt;
    return static_cast<int>(found[field]->toLong());
}

std::optional<double> real(const Found &found, Field field)
{
    const Exiv2::Exifdatum *datum = found[field];
    if (!datum)
        return std::nullopt;
    // Rationals divided in double: toFloat() would turn 1/160 s into 0.00625000009.
    if (datum->typeId() == Exiv2::unsignedRational || datum->typeId() == Exiv2::signedRational) {
        const Exiv2::Rational value = datum->toRational();
        if (value.second == 0)
            return std::nullopt;
        return static_cast<double>(value.first) / value.second;
    }
    return static_cast<double>(datum->toFloat());
}

std::optional<double> coordinate(const Found &found, Field field, Field refField, char negative)
{
    const Exiv2::Exifdatum *datum = found[field];
    if (!datum || datum->count() != 3)
        return std::nullopt;
    double degrees = 0;
    for (long i = 0; i < 3; ++i) {
        const Exiv2::Rational part = datum->toRational(i);
        if (part.second == 0)
            return std::nullopt;
        degrees += static_cast<double>(part.first) / part.second / std::pow(60.0, i);
    }
    return string(found, refField).startsWith(QLatin1Char(negative)) ? -degrees : degrees;
}

quint64 hashOf(const uchar *bytes, qint64 size, FloorHash mode)
{
    if (mode == FloorHash::Whole || size <= 2 * kHashEdge)
        return XXH3_64bits(bytes, static_cast<size_t>(size));
    // Chained through the seed: the size seeds the head's hash, which seeds the tail's.
    const quint64 head = XXH3_64bits_withSeed(bytes, kHashEdge, static_cast<quint64>(size));
    return XXH3_64bits_withSeed(bytes + size - kHashEdge, kHashEdge, head);
}

} // namespace

namespace FloorReader {

FloorRecord read(const QString &path, FloorHash hash)
{
    FloorRecord record;
    record.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        record.error = file.errorString();
        return record;
    }
    record.size = file.size();
    record.modifiedMs = QFileInfo(file).lastModified().toMSecsSinceEpoch();
    const uchar *bytes = file.map(0, record.size);
    if (!bytes) {
        record.error = file.errorString();
        return record;
    }
    try {
        auto image = Exiv2::ImageFactory::open(bytes, static_cast<long>(record.size));
        image->readMetadata();
        const Found found = findFields(image->exifData());
        record.takenAt = string(found, DateTimeOriginal);
        record.subSecond = string(found, SubSecTimeOriginal);
        record.utcOffset = string(found, OffsetTimeOriginal);
        record.make = string(found, Make);
        record.model = string(found, Model);
        record.lens = string(found, LensModel);
        record.serialNumber = string(found, BodySerialNumber);
        record.orientation = integer(found, Orientation);
        record.width = integer(found, PixelXDimension);
        record.height = integer(found, PixelYDimension);
        record.iso = integer(found, Iso);
        record.fNumber = real(found, FNumber);
        record.exposureTime = real(found, ExposureTime);
        record.focalLength = real(found, FocalLength);
        record.latitude = coordinate(found, GpsLatitude, GpsLatitudeRef, 'S');
        record.longitude = coordinate(found, GpsLongitude, GpsLongitudeRef, 'W');
        record.altitude = real(found, GpsAltitude);
    } catch (const Exiv2::AnyError &error) {
        record.error = QString::fromStdString(error.what());
    }
    if (hash != FloorHash::None)
        record.hash = hashOf(bytes, record.size, hash);
    return record;
}

} // namespace FloorReader
