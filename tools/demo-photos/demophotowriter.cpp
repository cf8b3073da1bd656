#include "tools/demo-photos/demophotowriter.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QTransform>

#include <cmath>
#include <exiv2/exiv2.hpp>
#include <string>

namespace {

std::string text(const QString &value)
{
    return value.toStdString();
}

// "41/1 22/1 4512/100": degrees, minutes and hundredths of seconds, as GPS receivers write them.
std::string degreesMinutesSeconds(double degrees)
{
    degrees = std::abs(degrees);
    const int whole = static_cast<int>(degrees);
    const double minutes = (degrees - whole) * 60;
    const int wholeMinutes = static_cast<int>(minutes);
    const int hundredths = static_cast<int>(std::lround((minutes - wholeMinutes) * 6000));
    return std::to_string(whole) + "/1 " + std::to_string(wholeMinutes) + "/1 " +
           std::to_string(hundredths) + "/100";
}

std::string rational(double value, int denominator)
{
    return std::to_string(std::lround(value * denominator)) + '/' + std::to_string(denominator);
}

void addExif(Exiv2::ExifData &exif, const DemoShot &shot)
{
    const bool portrait = isPortrait(shot.scene);
    const QString dateTime = shot.taken.toString(QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    const int offsetMinutes = shot.utcOffsetSeconds / 60;
    const QString offset = QStringLiteral("%1%2:%3")
                               .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                               .arg(std::abs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                               .arg(std::abs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
    if (shot.phone) {
        exif["Exif.Image.Make"] = "Apple";
        exif["Exif.Image.Model"] = "iPhone 13";
        exif["Exif.Image.Software"] = "17.4.1";
        exif["Exif.Photo.LensMake"] = "Apple";
        exif["Exif.Photo.LensModel"] = "iPhone 13 back dual wide camera 5.1mm f/1.6";
        exif["Exif.Photo.SubSecTimeOriginal"] = std::to_string(shot.seed % 1000);
    } else {
        exif["Exif.Image.Make"] = "FUJIFILM";
        exif["Exif.Image.Model"] = "X-T30";
        exif["Exif.Image.Software"] = "Digital Camera X-T30 Ver2.00";
        exif["Exif.Photo.LensMake"] = "FUJIFILM";
        exif["Exif.Photo.LensModel"] = "XF18-55mmF2.8-4 R LM OIS";
        exif["Exif.Photo.BodySerialNumber"] = "0A2B3C4D5E";
    }
    exif["Exif.Image.Orientation"] = uint16_t(portrait ? 6 : 1);
    exif["Exif.Image.DateTime"] = text(dateTime);
    exif["Exif.Photo.DateTimeOriginal"] = text(dateTime);
    exif["Exif.Photo.DateTimeDigitized"] = text(dateTime);
    exif["Exif.Photo.OffsetTime"] = text(offset);
    exif["Exif.Photo.OffsetTimeOriginal"] = text(offset);
    exif["Exif.Photo.OffsetTimeDigitized"] = text(offset);
    exif["Exif.Photo.ExposureTime"] = text(shot.exposureTime);
    exif["Exif.Photo.FNumber"] = rational(shot.fNumber, 10);
    exif["Exif.Photo.ISOSpeedRatings"] = uint16_t(shot.iso);
    exif["Exif.Photo.FocalLength"] = rational(shot.focalLength, 10);
    exif["Exif.Photo.FocalLengthIn35mmFilm"] = uint16_t(shot.focalLength35);
    exif["Exif.Photo.ExposureProgram"] = uint16_t(2); // program AE
    exif["Exif.Photo.Flash"] = uint16_t(16);          // off, did not fire
    exif["Exif.Photo.ColorSpace"] = uint16_t(1);      // sRGB

    exif["Exif.GPSInfo.GPSVersionID"] = "2 2 0 0";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = shot.latitude < 0 ? "S" : "N";
    exif["Exif.GPSInfo.GPSLatitude"] = degreesMinutesSeconds(shot.latitude);
    exif["Exif.GPSInfo.GPSLongitudeRef"] = shot.longitude < 0 ? "W" : "E";
    exif["Exif.GPSInfo.GPSLongitude"] = degreesMinutesSeconds(shot.longitude);
    exif["Exif.GPSInfo.GPSAltitudeRef"] = "0";
    exif["Exif.GPSInfo.GPSAltitude"] = rational(shot.altitude, 10);
}

void addXmp(Exiv2::XmpData &xmp, const DemoShot &shot)
{
    if (!shot.keywords.isEmpty()) {
        Exiv2::XmpArrayValue subjects(Exiv2::xmpBag);
        for (const QString &keyword : shot.keywords)
            subjects.read(text(keyword));
        xmp.add(Exiv2::XmpKey("Xmp.dc.subject"), &subjects);
    }
    if (shot.rating > 0)
        xmp["Xmp.xmp.Rating"] = std::to_string(shot.rating);
}

} // namespace

namespace DemoPhotoWriter {

QByteArray encode(const QImage &picture, bool portrait)
{
    // Stored a quarter turn anticlockwise, so that Orientation 6 turns it upright.
    const QImage stored = portrait ? picture.transformed(QTransform().rotate(-90)) : picture;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(86);
    writer.setOptimizedWrite(true);
    writer.write(stored);
    return bytes;
}

QString write(const QString &path, const QByteArray &jpeg, const DemoShot &shot)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(jpeg) != jpeg.size())
        return file.errorString();
    file.close();
    try {
        // Reopened from the file: the same call in exiv2 0.27 and 0.28.
        auto image = Exiv2::ImageFactory::open(path.toStdString());
        image->readMetadata();
        addExif(image->exifData(), shot);
        addXmp(image->xmpData(), shot);
        image->writeMetadata();
        return {};
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what());
    }
}

} // namespace DemoPhotoWriter
