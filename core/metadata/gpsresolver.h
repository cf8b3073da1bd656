#pragma once

#include "core/metadata/metadatasources.h"
#include "core/metadata/photometadata.h"

// GPS position and time from EXIF (rationals and reference letters), else from XMP
// ("DDD,MM,SSk" / "DDD,MM.mmk"). Coordinates outside the globe are dropped. Private to
// core/metadata.
void resolveGps(const MetadataSources &sources, PhotoMetadata &metadata);
