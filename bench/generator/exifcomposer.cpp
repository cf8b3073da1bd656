#include "bench/generator/exifcomposer.h"

#include "bench/generator/baseimagerenderer.h"
#include "bench/generator/benchrandom.h"

#include <cmath>
#include <exiv2/exiv2.hpp>
#include <string>

namespace {

const QString kExifDateFormat = QStringLiteral("yyyy:MM:dd HH:mm:ss");

std::string text(const QString &value)
{
    return value.toStdString();
}

void setBytes(Exiv2::ExifData &exif, const char *key, const QByteArray &bytes)
{
    Exiv2::DataValue value(Exiv2::undefined);
    value.read(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
               static_cast<long>(bytes.size()), Exiv2::invalidByteOrder);
    exif.add(Exiv2::ExifKey(key), &value);
}

// Canon's array tags start with their own size in bytes; the values after it are kept at or below
// `maxValue` (0: all zeros), small enough to decode as settings rather than as corruption.
void setShorts(Exiv2::ExifData &exif, const char *key, int count, int maxValue, BenchRandom &random)
{
    Exiv2::ValueType<uint16_t> value;
    value.value_.reserve(count);
    value.value_.push_back(static_cast<uint16_t>(count * 2));
    for (int i = 1; i < count; ++i)
        value.value_.push_back(static_cast<uint16_t>(random.range(0, maxValue)));
    exif.add(Exiv2::ExifKey(key), &value);
}

void setLongs(Exiv2::ExifData &exif, const char *key, int count, int maxValue, BenchRandom &random)
{
    Exiv2::ValueType<uint32_t> value;
    value.value_.reserve(count);
    value.value_.push_back(static_cast<uint32_t>(count * 4));
    for (int i = 1; i < count; ++i)
        value.value_.push_back(static_cast<uint32_t>(random.range(0, maxValue)));
    exif.add(Exiv2::ExifKey(key), &value);
}

Exiv2::URational rational(double value, int denominator)
{
    return {static_cast<uint32_t>(std::lround(value * denominator)),
            static_cast<uint32_t>(denominator)};
}

Exiv2::Rational signedRational(double value, int denominator)
{
    return {static_cast<int32_t>(std::lround(value * denominator)), denominator};
}

QString subSeconds(const ShotSpec &shot, int digits)
{
    const int ms = shot.cameraTime.time().msec();
    const int value = digits == 2 ? ms / 10 : digits == 1 ? ms / 100 : ms;
    return QStringLiteral("%1").arg(value, digits, 10, QLatin1Char('0'));
}

QString utcOffset(int minutes)
{
    return QStringLiteral("%1%2:%3")
        .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
        .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
}

void addImageIfd(Exiv2::ExifData &exif, const ShotSpec &shot, const CameraProfile &camera)
{
    exif["Exif.Image.Make"] = text(camera.make);
    exif["Exif.Image.Model"] = text(camera.model);
    exif["Exif.Image.Orientation"] = static_cast<uint16_t>(shot.orientation);
    exif["Exif.Image.XResolution"] = Exiv2::URational(72, 1);
    exif["Exif.Image.YResolution"] = Exiv2::URational(72, 1);
    exif["Exif.Image.ResolutionUnit"] = static_cast<uint16_t>(2);
    exif["Exif.Image.Software"] = text(camera.software);
    exif["Exif.Image.DateTime"] = text(shot.cameraTime.toString(kExifDateFormat));
    exif["Exif.Image.YCbCrPositioning"] = static_cast<uint16_t>(camera.hasGps ? 1 : 2);
    if (camera.makerNote == MakerNoteStyle::Canon) {
        exif["Exif.Image.Artist"] = "";
        exif["Exif.Image.Copyright"] = "";
    }
}

void addPhotoIfd(Exiv2::ExifData &exif, const ShotSpec &shot, const CameraProfile &camera)
{
    const QString taken = shot.cameraTime.toString(kExifDateFormat);
    exif["Exif.Photo.ExposureTime"] = Exiv2::URational(1, shot.exposureDenominator);
    exif["Exif.Photo.FNumber"] = rational(shot.fNumber, 10);
    exif["Exif.Photo.ExposureProgram"] = static_cast<uint16_t>(camera.hasGps ? 2 : 3);
    exif["Exif.Photo.ISOSpeedRatings"] = static_cast<uint16_t>(shot.iso);
    setBytes(exif, "Exif.Photo.ExifVersion", QByteArrayLiteral("0232"));
    exif["Exif.Photo.DateTimeOriginal"] = text(taken);
    exif["Exif.Photo.DateTimeDigitized"] = text(taken);
    if (camera.writesOffsetTime) {
        const std::string offset = text(utcOffset(shot.utcOffsetMinutes));
        exif["Exif.Photo.OffsetTime"] = offset;
        exif["Exif.Photo.OffsetTimeOriginal"] = offset;
        exif["Exif.Photo.OffsetTimeDigitized"] = offset;
    }
    setBytes(exif, "Exif.Photo.ComponentsConfiguration", QByteArray("\x01\x02\x03\x00", 4));
    exif["Exif.Photo.ShutterSpeedValue"] =
        signedRational(std::log2(static_cast<double>(shot.exposureDenominator)), 1000);
    exif["Exif.Photo.ApertureValue"] = rational(2 * std::log2(shot.fNumber), 1000);
    exif["Exif.Photo.ExposureBiasValue"] = Exiv2::Rational(shot.exposureBiasThirds, 3);
    exif["Exif.Photo.MeteringMode"] = static_cast<uint16_t>(5);
    exif["Exif.Photo.Flash"] = static_cast<uint16_t>(shot.flashFired ? 9 : 16);
    exif["Exif.Photo.FocalLength"] = rational(shot.focalLength, 100);
    if (camera.subSecDigits > 0) {
        const std::string subSec = text(subSeconds(shot, camera.subSecDigits));
        exif["Exif.Photo.SubSecTime"] = subSec;
        exif["Exif.Photo.SubSecTimeOriginal"] = subSec;
        exif["Exif.Photo.SubSecTimeDigitized"] = subSec;
    }
    setBytes(exif, "Exif.Photo.FlashpixVersion", QByteArrayLiteral("0100"));
    exif["Exif.Photo.ColorSpace"] = static_cast<uint16_t>(1);
    exif["Exif.Photo.PixelXDimension"] =
        static_cast<uint32_t>(BaseImageRenderer::kPhotoSize.width());
    exif["Exif.Photo.PixelYDimension"] =
        static_cast<uint32_t>(BaseImageRenderer::kPhotoSize.height());
    exif["Exif.Photo.SensingMethod"] = static_cast<uint16_t>(2);
    exif["Exif.Photo.CustomRendered"] = static_cast<uint16_t>(0);
    exif["Exif.Photo.ExposureMode"] = static_cast<uint16_t>(0);
    exif["Exif.Photo.WhiteBalance"] = static_cast<uint16_t>(0);
    exif["Exif.Photo.FocalLengthIn35mmFilm"] =
        static_cast<uint16_t>(std::lround(shot.focalLength * camera.cropFactor));
    exif["Exif.Photo.SceneCaptureType"] = static_cast<uint16_t>(0);
    if (!camera.serialNumber.isEmpty())
        exif["Exif.Photo.BodySerialNumber"] = text(camera.serialNumber);
    if (!camera.lensMake.isEmpty())
        exif["Exif.Photo.LensMake"] = text(camera.lensMake);
    Exiv2::URationalValue lensSpecification;
    lensSpecification.value_ = {rational(camera.minFocalLength, 100),
                                rational(camera.maxFocalLength, 100),
                                rational(camera.minFNumber, 10), rational(camera.minFNumber, 10)};
    exif.add(Exiv2::ExifKey("Exif.Photo.LensSpecification"), &lensSpecification);
    exif["Exif.Photo.LensModel"] = text(camera.lensModel);
    // Cameras reserve room for a user comment: a block of zero bytes after an undefined charset.
    setBytes(exif, "Exif.Photo.UserComment", QByteArray(264, '\0'));
    exif["Exif.Iop.InteroperabilityIndex"] = "R98";
    setBytes(exif, "Exif.Iop.InteroperabilityVersion", QByteArrayLiteral("0100"));
}

void addGps(Exiv2::ExifData &exif, const ShotSpec &shot)
{
    const auto degreesMinutesSeconds = [](double degrees) {
        const double absolute = std::abs(degrees);
        const double minutes = (absolute - std::floor(absolute)) * 60;
        Exiv2::URationalValue value;
        value.value_ = {Exiv2::URational(static_cast<uint32_t>(absolute), 1),
                        Exiv2::URational(static_cast<uint32_t>(minutes), 1),
                        rational((minutes - std::floor(minutes)) * 60, 100)};
        return value;
    };
    exif["Exif.GPSInfo.GPSVersionID"] = "2 3 0 0";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = shot.latitude < 0 ? "S" : "N";
    const Exiv2::URationalValue latitude = degreesMinutesSeconds(shot.latitude);
    exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLatitude"), &latitude);
    exif["Exif.GPSInfo.GPSLongitudeRef"] = shot.longitude < 0 ? "W" : "E";
    const Exiv2::URationalValue longitude = degreesMinutesSeconds(shot.longitude);
    exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSLongitude"), &longitude);
    exif["Exif.GPSInfo.GPSAltitudeRef"] = "0";
    exif["Exif.GPSInfo.GPSAltitude"] = rational(std::max(shot.altitude, 0.0), 1000);
    const QTime utc = shot.utcTime.time();
    Exiv2::URationalValue timeStamp;
    timeStamp.value_ = {Exiv2::URational(static_cast<uint32_t>(utc.hour()), 1),
                        Exiv2::URational(static_cast<uint32_t>(utc.minute()), 1),
                        Exiv2::URational(static_cast<uint32_t>(utc.second()), 1)};
    exif.add(Exiv2::ExifKey("Exif.GPSInfo.GPSTimeStamp"), &timeStamp);
    exif["Exif.GPSInfo.GPSSpeedRef"] = "K";
    exif["Exif.GPSInfo.GPSSpeed"] = Exiv2::URational(0, 1);
    exif["Exif.GPSInfo.GPSImgDirectionRef"] = "T";
    exif["Exif.GPSInfo.GPSImgDirection"] = rational(std::fmod(shot.longitude * 9973, 360), 100);
    exif["Exif.GPSInfo.GPSDateStamp"] =
        text(shot.utcTime.date().toString(QStringLiteral("yyyy:MM:dd")));
    exif["Exif.GPSInfo.GPSHPositioningError"] = Exiv2::URational(5, 1);
}

// Canon's maker note is a TIFF IFD of a few dozen tags, some of them kilobytes long (colour data,
// custom functions, AF points); real ones weigh tens of kilobytes and exiv2 decodes them all.
void addCanonMakerNote(Exiv2::ExifData &exif, const ShotSpec &shot, const CameraProfile &camera,
                       BenchRandom &random)
{
    setShorts(exif, "Exif.Canon.CameraSettings", 49, 3, random);
    Exiv2::ValueType<uint16_t> focal;
    focal.value_ = {1, static_cast<uint16_t>(std::lround(shot.focalLength)), 36, 24};
    exif.add(Exiv2::ExifKey("Exif.Canon.FocalLength"), &focal);
    setShorts(exif, "Exif.Canon.ShotInfo", 34, 3, random);
    exif["Exif.Canon.ImageType"] = text(camera.model);
    exif["Exif.Canon.FirmwareVersion"] = "Firmware Version 1.8.1";
    exif["Exif.Canon.OwnerName"] = "";
    exif["Exif.Canon.ModelID"] = static_cast<uint32_t>(0x80000453U);
    exif["Exif.Canon.FileNumber"] = static_cast<uint32_t>(1000000U + shot.shutterCount);
    setShorts(exif, "Exif.Canon.AFInfo", 48, 3, random);
    setLongs(exif, "Exif.Canon.0x0035", 4, 0, random);           // TimeInfo
    setLongs(exif, "Exif.Canon.0x0099", 2, 0, random);           // CustomFunctions2, no groups
    setBytes(exif, "Exif.Canon.0x0097", QByteArray(1024, '\0')); // DustRemovalData
    setShorts(exif, "Exif.Canon.0x00e0", 17, 6000, random);      // SensorInfo
    setShorts(exif, "Exif.Canon.0x4001", 1816, 4095, random);    // ColorData
    setLongs(exif, "Exif.Canon.0x4008", 3, 0, random);           // PictureStyleUserDef
    setLongs(exif, "Exif.Canon.0x4016", 7, 1, random);           // VignettingCorr2
    setLongs(exif, "Exif.Canon.0x4018", 10, 1, random);          // LightingOpt
    setLongs(exif, "Exif.Canon.0x4025", 1024, 0, random);        // HDRInfo
    setLongs(exif, "Exif.Canon.0x4028", 640, 3, random);         // AFConfig
    setLongs(exif, "Exif.Canon.0x403f", 1500, 255, random); // undocumented, as big as real ones
}

void addNikonMakerNote(Exiv2::ExifData &exif, const ShotSpec &shot, const CameraProfile &camera)
{
    setBytes(exif, "Exif.Nikon3.Version", QByteArrayLiteral("0211"));
    Exiv2::ValueType<uint16_t> iso;
    iso.value_ = {0, static_cast<uint16_t>(shot.iso)};
    exif.add(Exiv2::ExifKey("Exif.Nikon3.ISOSpeed"), &iso);
    exif["Exif.Nikon3.Quality"] = "FINE  ";
    exif["Exif.Nikon3.WhiteBalance"] = "AUTO1       ";
    exif["Exif.Nikon3.Focus"] = "AF-S  ";
    exif["Exif.Nikon3.FlashSetting"] = "NORMAL      ";
    exif["Exif.Nikon3.SerialNumber"] = text(camera.serialNumber);
    exif["Exif.Nikon3.ShutterCount"] = static_cast<uint32_t>(shot.shutterCount);
    exif["Exif.Nikon3.ActiveDLighting"] = static_cast<uint16_t>(65535);
    Exiv2::URationalValue lens;
    lens.value_ = {Exiv2::URational(500, 10), Exiv2::URational(500, 10), Exiv2::URational(18, 10),
                   Exiv2::URational(18, 10)};
    exif.add(Exiv2::ExifKey("Exif.Nikon3.Lens"), &lens);
    // PrintIM: the Epson print-matching block many bodies carry, here with no entries.
    QByteArray printIm("PrintIM\0"
                       "0300\0\0\0\0",
                       16);
    printIm.resize(156, '\0');
    setBytes(exif, "Exif.Nikon3.0x0e00", printIm);
}

} // namespace

namespace ExifComposer {

TaggedPhoto tag(const QByteArray &baseJpeg, const QByteArray &thumbnail, const ShotSpec &shot,
                const CameraProfile &camera)
{
    TaggedPhoto result;
    try {
        BenchRandom random(0x243f6a8885a308d3ULL ^ static_cast<quint64>(shot.index));
        Exiv2::ExifData exif;
        addImageIfd(exif, shot, camera);
        addPhotoIfd(exif, shot, camera);
        if (camera.hasGps)
            addGps(exif, shot);
        if (camera.makerNote == MakerNoteStyle::Canon)
            addCanonMakerNote(exif, shot, camera, random);
        else if (camera.makerNote == MakerNoteStyle::Nikon)
            addNikonMakerNote(exif, shot, camera);
        Exiv2::ExifThumb(exif).setJpegThumbnail(
            reinterpret_cast<const Exiv2::byte *>(thumbnail.constData()),
            static_cast<long>(thumbnail.size()), Exiv2::URational(72, 1), Exiv2::URational(72, 1),
            2);

        auto image =
            Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(baseJpeg.constData()),
                                      static_cast<long>(baseJpeg.size()));
        image->setExifData(exif);
        image->writeMetadata();
        Exiv2::BasicIo &io = image->io();
        result.bytes.resize(static_cast<qsizetype>(io.size()));
        io.seek(0, Exiv2::BasicIo::beg);
        if (io.read(reinterpret_cast<Exiv2::byte *>(result.bytes.data()),
                    static_cast<long>(result.bytes.size())) !=
            static_cast<long>(result.bytes.size()))
            result.error = QStringLiteral("short read of the tagged image");
    } catch (const Exiv2::AnyError &error) {
        result.bytes.clear();
        result.error = QString::fromStdString(error.what());
    }
    return result;
}

} // namespace ExifComposer
