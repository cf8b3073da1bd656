#pragma once

#include "core/metadata/metadatasources.h"
#include "core/metadata/takentime.h"

#include <optional>

// When the photo was taken, from the first of these that holds a real date: EXIF
// DateTimeOriginal (+SubSecTimeOriginal, +OffsetTimeOriginal), XMP exif:DateTimeOriginal,
// photoshop:DateCreated, EXIF DateTimeDigitized (+sub-seconds, +offset), xmp:CreateDate, EXIF
// DateTime (+sub-seconds, +offset), IPTC DateCreated + TimeCreated. The offset comes only from the
// tag itself (or its EXIF companion), never from another tag. Private to core/metadata.
std::optional<TakenTime> resolveTakenTime(const MetadataSources &sources);
