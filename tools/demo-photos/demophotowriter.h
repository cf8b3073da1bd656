#pragma once

#include "tools/demo-photos/tripplan.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace DemoPhotoWriter {

// The JPEG as a camera stores it: a portrait picture is stored lying on its side, to be turned
// by EXIF Orientation 6 (90 degrees clockwise) when shown. Thread-safe.
QByteArray encode(const QImage &picture, bool portrait);
// Writes the JPEG to `path` and then the shot's EXIF and XMP into it with exiv2. Returns an empty
// string on success, otherwise the error. Not thread-safe (exiv2's XMP toolkit is shared).
QString write(const QString &path, const QByteArray &jpeg, const DemoShot &shot);

} // namespace DemoPhotoWriter
