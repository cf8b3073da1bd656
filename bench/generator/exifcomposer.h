#pragma once

#include "bench/generator/cameraprofile.h"
#include "bench/generator/shotplanner.h"

#include <QByteArray>
#include <QString>

// The outcome of tagging one photo: its bytes, or why exiv2 refused.
struct TaggedPhoto
{
    QByteArray bytes;
    QString error;
};

namespace ExifComposer {

// Writes the shot's camera EXIF (IFD0, Exif IFD, GPS for bodies that have it, maker note,
// interoperability IFD and the IFD1 thumbnail) into a copy of `baseJpeg`, in memory, with exiv2.
// Thread-safe once Exiv2::XmpParser::initialize has been called.
TaggedPhoto tag(const QByteArray &baseJpeg, const QByteArray &thumbnail, const ShotSpec &shot,
                const CameraProfile &camera);

} // namespace ExifComposer
