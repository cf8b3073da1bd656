#pragma once

#include <QString>

// Finds the XMP sidecar of a photo: "photo.jpg.xmp" (darktable, digiKam, RawTherapee) first, else
// "photo.xmp" (Lightroom, Capture One). The ".xmp" may be in either case. Returns an empty string
// when there is none. Private to core/metadata.
QString findXmpSidecar(const QString &photoPath);
