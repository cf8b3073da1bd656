#pragma once

// Values that older cameras keep only in their maker notes, decoded the way exiftool does.
// Only the cheap ones: a few integers each, no lens databases. Private to core/metadata.

#include "core/metadata/metadatasources.h"

#include <optional>

namespace MakerNoteValues {

// Canon: CameraISO (CanonCs), else BaseISO x AutoISO (CanonSi, APEX-coded). PowerShots and CRW
// files often have no EXIF ISO at all.
std::optional<int> canonIso(const MetadataSources &sources);
// Canon: FocalLength[1] in the focal units of CanonCs.Lens[2] (CRW files have no EXIF focal
// length).
std::optional<double> canonFocalLength(const MetadataSources &sources);

} // namespace MakerNoteValues
