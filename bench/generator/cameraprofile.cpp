#include "bench/generator/cameraprofile.h"

namespace CameraProfiles {

const QList<CameraProfile> &all()
{
    static const QList<CameraProfile> profiles = [] {
        CameraProfile canon;
        canon.make = QStringLiteral("Canon");
        canon.model = QStringLiteral("Canon EOS R6");
        canon.serialNumber = QStringLiteral("083021004517");
        canon.lensModel = QStringLiteral("RF24-105mm F4 L IS USM");
        canon.software = QStringLiteral("Firmware Version 1.8.1");
        canon.minFocalLength = 24;
        canon.maxFocalLength = 105;
        canon.minFNumber = 4;
        canon.minIso = 100;
        canon.maxIso = 12800;
        canon.subSecDigits = 2;
        canon.writesOffsetTime = true;
        canon.uprightShare = 0.12;
        canon.makerNote = MakerNoteStyle::Canon;
        canon.weight = 50;

        // The camera "whose clock was an hour off": still on home time, and too old to say so.
        CameraProfile nikon;
        nikon.make = QStringLiteral("NIKON CORPORATION");
        nikon.model = QStringLiteral("NIKON D750");
        nikon.serialNumber = QStringLiteral("6041388");
        nikon.lensModel = QStringLiteral("AF-S Nikkor 50mm f/1.8G");
        nikon.software = QStringLiteral("Ver.1.15");
        nikon.minFocalLength = 50;
        nikon.maxFocalLength = 50;
        nikon.minFNumber = 1.8;
        nikon.minIso = 100;
        nikon.maxIso = 12800;
        nikon.clockShiftMinutes = -60;
        nikon.uprightShare = 0.15;
        nikon.makerNote = MakerNoteStyle::Nikon;
        nikon.weight = 22;

        CameraProfile phone;
        phone.make = QStringLiteral("Apple");
        phone.model = QStringLiteral("iPhone 13 Pro");
        phone.lensMake = QStringLiteral("Apple");
        phone.lensModel = QStringLiteral("iPhone 13 Pro back triple camera 5.7mm f/1.5");
        phone.software = QStringLiteral("16.1.1");
        phone.minFocalLength = 5.7;
        phone.maxFocalLength = 5.7;
        phone.minFNumber = 1.5;
        phone.fixedFNumber = 1.5;
        phone.cropFactor = 26.0 / 5.7;
        phone.minIso = 32;
        phone.maxIso = 2500;
        phone.subSecDigits = 3;
        phone.writesOffsetTime = true;
        phone.hasGps = true;
        phone.uprightShare = 0.3;
        phone.weight = 28;

        return QList<CameraProfile>{canon, nikon, phone};
    }();
    return profiles;
}

} // namespace CameraProfiles
