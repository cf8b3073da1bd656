#include "core/metadata/takentimeresolver.h"

#include "core/metadata/exiv2values.h"
#include "core/metadata/metadatadatetime.h"

namespace {

std::optional<TakenTime> exifTaken(const MetadataSources &sources, ExifTag dateTag,
                                   ExifTag subSecTag, ExifTag offsetTag, const char *sourceTag)
{
    const Exiv2::Value *date = sources.exif(dateTag);
    if (!date)
        return std::nullopt;
    std::string storage;
    auto taken = MetadataDateTime::parseExif(Exiv2Values::textOf(*date, storage));
    if (!taken)
        return std::nullopt;
    if (const Exiv2::Value *subSec = sources.exif(subSecTag); subSec && taken->time.msec() == 0) {
        std::string subSecStorage;
        if (const auto ms =
                MetadataDateTime::parseSubSeconds(Exiv2Values::textOf(*subSec, subSecStorage)))
            taken->time = taken->time.addMSecs(*ms);
    }
    if (const Exiv2::Value *offset = sources.exif(offsetTag)) {
        std::string offsetStorage;
        const std::string_view text = Exiv2Values::textOf(*offset, offsetStorage);
        taken->utcOffsetSeconds = TakenTime::parseOffset(
            QString::fromLatin1(text.data(), qsizetype(text.size())).remove(QChar(0)));
    }
    taken->sourceTag = QString::fromLatin1(sourceTag);
    return taken;
}

std::optional<TakenTime> xmpTaken(const MetadataSources &sources, XmpTag tag, const char *sourceTag)
{
    const XmpProperty *property = sources.xmp(tag);
    if (!property)
        return std::nullopt;
    const QByteArray text = property->text.toLatin1();
    auto taken =
        MetadataDateTime::parseXmp(std::string_view(text.constData(), std::size_t(text.size())));
    if (taken)
        taken->sourceTag = QString::fromLatin1(sourceTag);
    return taken;
}

std::optional<TakenTime> iptcTaken(const MetadataSources &sources)
{
    const Exiv2::Value *date = sources.iptc(IptcTag::DateCreated);
    if (!date)
        return std::nullopt;
    const Exiv2::Value *time = sources.iptc(IptcTag::TimeCreated);
    auto taken =
        MetadataDateTime::parseIptc(date->toString(), time ? time->toString() : std::string());
    if (taken)
        taken->sourceTag = QStringLiteral("Iptc.Application2.DateCreated");
    return taken;
}

} // namespace

std::optional<TakenTime> resolveTakenTime(const MetadataSources &sources)
{
    if (auto t = exifTaken(sources, ExifTag::DateTimeOriginal, ExifTag::SubSecTimeOriginal,
                           ExifTag::OffsetTimeOriginal, "Exif.Photo.DateTimeOriginal"))
        return t;
    if (auto t = xmpTaken(sources, XmpTag::ExifDateTimeOriginal, "Xmp.exif.DateTimeOriginal"))
        return t;
    if (auto t = xmpTaken(sources, XmpTag::PhotoshopDateCreated, "Xmp.photoshop.DateCreated"))
        return t;
    if (auto t = exifTaken(sources, ExifTag::DateTimeDigitized, ExifTag::SubSecTimeDigitized,
                           ExifTag::OffsetTimeDigitized, "Exif.Photo.DateTimeDigitized"))
        return t;
    if (auto t = xmpTaken(sources, XmpTag::XmpCreateDate, "Xmp.xmp.CreateDate"))
        return t;
    if (auto t = exifTaken(sources, ExifTag::DateTime, ExifTag::SubSecTime, ExifTag::OffsetTime,
                           "Exif.Image.DateTime"))
        return t;
    return iptcTaken(sources);
}
