#pragma once

// Turns the gathered tags into PhotoMetadata: which tag wins when several say the same thing,
// and how each one's spelling becomes a value. Private to core/metadata.

#include "core/metadata/metadatasources.h"
#include "core/metadata/photometadata.h"

// Every field except format, width, height and sidecarPath, which come from the file itself.
PhotoMetadata resolveMetadata(const MetadataSources &sources);

// Lets an XMP sidecar's values replace the embedded ones: every field the sidecar sets wins.
void applySidecarValues(PhotoMetadata &metadata, const PhotoMetadata &sidecar);
