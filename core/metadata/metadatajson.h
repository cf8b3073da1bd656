#pragma once

#include "core/metadata/metadatareader.h"

#include <QJsonObject>
#include <QString>

// The object `corkboard-cli inspect --json` prints for one file: path, ok, error (when not ok),
// then every field the file carries (format, width, height, orientation, takenAt, takenOffset,
// takenSource, make, model, lens, iso, fNumber, exposureTime, focalLength, gpsLatitude,
// gpsLongitude, gpsAltitude, rating, title, description, keywords, sidecar). Fields the file
// does not carry are left out, not null.
QJsonObject metadataToJson(const QString &path, const MetadataReadResult &result);
