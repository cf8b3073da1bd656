#pragma once

// The tags Corkboard reads, gathered from exiv2's EXIF and IPTC containers in one pass each, and
// the XMP properties read by parseXmpPacket().
// ExifData::findKey() compares the key string of every datum, building each one anew, so forty
// look-ups on a camera file with hundreds of maker-note tags cost tens of thousands of string
// copies; one pass that matches (IFD, tag) numbers costs one integer search per datum instead.
// The pointers point into the containers, which must outlive the sources. Private to
// core/metadata.

#include "core/metadata/exiv2compat.h"
#include "core/metadata/xmppacket.h"

#include <array>
#include <cstddef>
#include <vector>

enum class ExifTag
{
    Orientation,
    ThumbnailOrientation,
    Make,
    Model,
    DateTime,
    ImageDescription,
    XPTitle,
    XPKeywords,
    Rating,
    DngVersion,
    CameraSerialNumber,
    DateTimeOriginal,
    DateTimeDigitized,
    SubSecTime,
    SubSecTimeOriginal,
    SubSecTimeDigitized,
    OffsetTime,
    OffsetTimeOriginal,
    OffsetTimeDigitized,
    ExposureTime,
    FNumber,
    IsoSpeedRatings,
    IsoSpeed,
    ShutterSpeedValue,
    ApertureValue,
    FocalLength,
    UserComment,
    PixelXDimension,
    PixelYDimension,
    BodySerialNumber,
    LensModel,
    GpsLatitudeRef,
    GpsLatitude,
    GpsLongitudeRef,
    GpsLongitude,
    GpsAltitudeRef,
    GpsAltitude,
    GpsTimeStamp,
    GpsDateStamp,
    CanonSerialNumber,
    CanonLensModel,
    CanonFocalLength,
    CanonCsLens,
    CanonCsIsoSpeed,
    CanonSiAutoIso,
    CanonSiIsoSpeed,
    NikonSerialNumber,
    NikonIsoSpeed,
    OlympusSerialNumber,
    OlympusLensModel,
    FujifilmSerialNumber,
    FujifilmRating,
    PanasonicSerialNumber,
    PanasonicLensType,
    PentaxSerialNumber,
    Count
};

enum class IptcTag
{
    ObjectName,
    Caption,
    DateCreated,
    TimeCreated,
    CodedCharacterSet,
    Count
};

struct MetadataSources
{
    std::array<const Exiv2::Exifdatum *, std::size_t(ExifTag::Count)> exifTags{};
    std::array<const Exiv2::Iptcdatum *, std::size_t(IptcTag::Count)> iptcTags{};
    std::vector<const Exiv2::Iptcdatum *> iptcKeywords; // a repeatable dataset
    XmpProperties xmpProperties;

    const Exiv2::Value *exif(ExifTag tag) const { return valueOf(exifTags[std::size_t(tag)]); }
    const XmpProperty *xmp(XmpTag tag) const { return xmpProperties.get(tag); }
    const Exiv2::Value *iptc(IptcTag tag) const { return valueOf(iptcTags[std::size_t(tag)]); }

    // Fills the slots from the containers. The first datum of a tag wins.
    void collectExif(const Exiv2::ExifData &exif);
    void collectIptc(const Exiv2::IptcData &iptc);

private:
    template <typename Datum> static const Exiv2::Value *valueOf(const Datum *datum)
    {
        if (!datum)
            return nullptr;
        const Exiv2::Value &value = datum->value();
        return Exiv2Compat::count(value) > 0 ? &value : nullptr;
    }
};
