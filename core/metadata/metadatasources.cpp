#include "core/metadata/metadatasources.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace {

struct ExifTagName
{
    const char *group;
    std::uint16_t tag;
    ExifTag id;
};

// By group and number rather than by name: exiv2 0.28 renamed some tags (ISOSpeedRatings is
// PhotographicSensitivity there), the numbers are the standard's.
constexpr auto exifTagNames = std::to_array<ExifTagName>({
    {"Image", 0x0112, ExifTag::Orientation},
    {"Thumbnail", 0x0112, ExifTag::ThumbnailOrientation},
    {"Image", 0x010f, ExifTag::Make},
    {"Image", 0x0110, ExifTag::Model},
    {"Image", 0x0132, ExifTag::DateTime},
    {"Image", 0x010e, ExifTag::ImageDescription},
    {"Image", 0x9c9b, ExifTag::XPTitle},
    {"Image", 0x9c9e, ExifTag::XPKeywords},
    {"Image", 0x4746, ExifTag::Rating},
    {"Image", 0xc612, ExifTag::DngVersion},
    {"Image", 0xc62f, ExifTag::CameraSerialNumber},
    {"Photo", 0x9003, ExifTag::DateTimeOriginal},
    {"Photo", 0x9004, ExifTag::DateTimeDigitized},
    {"Photo", 0x9290, ExifTag::SubSecTime},
    {"Photo", 0x9291, ExifTag::SubSecTimeOriginal},
    {"Photo", 0x9292, ExifTag::SubSecTimeDigitized},
    {"Photo", 0x9010, ExifTag::OffsetTime},
    {"Photo", 0x9011, ExifTag::OffsetTimeOriginal},
    {"Photo", 0x9012, ExifTag::OffsetTimeDigitized},
    {"Photo", 0x829a, ExifTag::ExposureTime},
    {"Photo", 0x829d, ExifTag::FNumber},
    {"Photo", 0x8827, ExifTag::IsoSpeedRatings},
    {"Photo", 0x8833, ExifTag::IsoSpeed},
    {"Photo", 0x9201, ExifTag::ShutterSpeedValue},
    {"Photo", 0x9202, ExifTag::ApertureValue},
    {"Photo", 0x920a, ExifTag::FocalLength},
    {"Photo", 0x9286, ExifTag::UserComment},
    {"Photo", 0xa002, ExifTag::PixelXDimension},
    {"Photo", 0xa003, ExifTag::PixelYDimension},
    {"Photo", 0xa431, ExifTag::BodySerialNumber},
    {"Photo", 0xa434, ExifTag::LensModel},
    {"GPSInfo", 0x0001, ExifTag::GpsLatitudeRef},
    {"GPSInfo", 0x0002, ExifTag::GpsLatitude},
    {"GPSInfo", 0x0003, ExifTag::GpsLongitudeRef},
    {"GPSInfo", 0x0004, ExifTag::GpsLongitude},
    {"GPSInfo", 0x0005, ExifTag::GpsAltitudeRef},
    {"GPSInfo", 0x0006, ExifTag::GpsAltitude},
    {"GPSInfo", 0x0007, ExifTag::GpsTimeStamp},
    {"GPSInfo", 0x001d, ExifTag::GpsDateStamp},
    {"Canon", 0x000c, ExifTag::CanonSerialNumber},
    {"Canon", 0x0095, ExifTag::CanonLensModel},
    {"Canon", 0x0002, ExifTag::CanonFocalLength},
    {"CanonCs", 0x0017, ExifTag::CanonCsLens},
    {"CanonCs", 0x0010, ExifTag::CanonCsIsoSpeed},
    {"CanonSi", 0x0001, ExifTag::CanonSiAutoIso},
    {"CanonSi", 0x0002, ExifTag::CanonSiIsoSpeed},
    {"Nikon3", 0x001d, ExifTag::NikonSerialNumber},
    {"Nikon3", 0x0002, ExifTag::NikonIsoSpeed},
    {"OlympusEq", 0x0101, ExifTag::OlympusSerialNumber},
    {"OlympusEq", 0x0203, ExifTag::OlympusLensModel},
    {"Fujifilm", 0x0010, ExifTag::FujifilmSerialNumber},
    {"Fujifilm", 0x1431, ExifTag::FujifilmRating},
    {"Panasonic", 0x0025, ExifTag::PanasonicSerialNumber},
    {"Panasonic", 0x0051, ExifTag::PanasonicLensType},
    {"Pentax", 0x0229, ExifTag::PentaxSerialNumber},
});

struct ExifSlot
{
    int ifd;
    std::uint16_t tag;
    ExifTag id;

    friend bool operator<(const ExifSlot &a, const ExifSlot &b)
    {
        return a.ifd != b.ifd ? a.ifd < b.ifd : a.tag < b.tag;
    }
};

// exiv2's IFD numbers are only known at run time (and differ between releases): resolve them
// once, sorted for binary search.
const std::vector<ExifSlot> &exifSlots()
{
    static const std::vector<ExifSlot> table = [] {
        std::vector<ExifSlot> resolved;
        for (const ExifTagName &name : exifTagNames) {
            try {
                const Exiv2::ExifKey key(name.tag, name.group);
                resolved.push_back({Exiv2Compat::ifdId(key), name.tag, name.id});
            } catch (...) {
                // A maker-note group this exiv2 does not know: nothing of it can be found anyway.
            }
        }
        std::sort(resolved.begin(), resolved.end());
        return resolved;
    }();
    return table;
}

// IPTC datasets, by record and number.
constexpr std::uint16_t envelopeRecord = 1;
constexpr std::uint16_t applicationRecord = 2;
constexpr std::uint16_t codedCharacterSet = 90;
constexpr std::uint16_t objectName = 5;
constexpr std::uint16_t keywords = 25;
constexpr std::uint16_t dateCreated = 55;
constexpr std::uint16_t timeCreated = 60;
constexpr std::uint16_t caption = 120;

template <typename Datum, std::size_t N, typename Id>
void fill(std::array<const Datum *, N> &table, Id id, const Datum &datum)
{
    auto &entry = table[std::size_t(id)];
    if (!entry)
        entry = &datum;
}

} // namespace

void MetadataSources::collectExif(const Exiv2::ExifData &exif)
{
    const std::vector<ExifSlot> &table = exifSlots();
    for (const Exiv2::Exifdatum &datum : exif) {
        const ExifSlot probe{Exiv2Compat::ifdId(datum), datum.tag(), ExifTag::Count};
        const auto found = std::lower_bound(table.begin(), table.end(), probe);
        if (found != table.end() && found->ifd == probe.ifd && found->tag == probe.tag)
            fill(exifTags, found->id, datum);
    }
}

void MetadataSources::collectIptc(const Exiv2::IptcData &iptc)
{
    for (const Exiv2::Iptcdatum &datum : iptc) {
        const std::uint16_t record = datum.record();
        const std::uint16_t tag = datum.tag();
        if (record == envelopeRecord && tag == codedCharacterSet) {
            fill(iptcTags, IptcTag::CodedCharacterSet, datum);
        } else if (record == applicationRecord) {
            switch (tag) {
            case objectName:
                fill(iptcTags, IptcTag::ObjectName, datum);
                break;
            case keywords:
                iptcKeywords.push_back(&datum);
                break;
            case dateCreated:
                fill(iptcTags, IptcTag::DateCreated, datum);
                break;
            case timeCreated:
                fill(iptcTags, IptcTag::TimeCreated, datum);
                break;
            case caption:
                fill(iptcTags, IptcTag::Caption, datum);
                break;
            default:
                break;
            }
        }
    }
}
