#pragma once

#include <QList>
#include <QString>

// What a body writes besides the common EXIF: its maker note, which decides how much work a
// metadata reader has (exiv2 and exiftool both decode maker notes by Make).
enum class MakerNoteStyle
{
    None,
    Canon,
    Nikon,
};

// One camera of the bench trip: who made it, which lens sits on it and which EXIF habits it has.
// The habits are the ones real bodies show: older DSLRs write neither sub-seconds nor a UTC
// offset, phones write both and GPS, and a travelling DSLR's clock is often still on home time.
struct CameraProfile
{
    QString make;
    QString model;
    QString serialNumber; // empty: the body does not write BodySerialNumber
    QString lensMake;
    QString lensModel;
    QString software;
    double minFocalLength = 0; // mm
    double maxFocalLength = 0;
    double minFNumber = 0;   // widest aperture of the lens
    double fixedFNumber = 0; // non-zero: the lens has no diaphragm (phones)
    double cropFactor = 1.0; // FocalLengthIn35mmFilm = focal length * crop factor
    int minIso = 100;
    int maxIso = 12800;
    int subSecDigits = 0; // 0: SubSecTimeOriginal is not written
    bool writesOffsetTime = false;
    bool hasGps = false;
    int clockShiftMinutes = 0; // camera clock minus true local time
    double uprightShare = 0;   // share of photos held upright (Orientation 6 or 8)
    MakerNoteStyle makerNote = MakerNoteStyle::None;
    int weight = 1; // relative share of the photos
};

namespace CameraProfiles {

// The bodies of the bench trip: a mirrorless camera, a DSLR and a phone.
const QList<CameraProfile> &all();

} // namespace CameraProfiles
