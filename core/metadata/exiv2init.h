#pragma once

// Sets exiv2 up once per process, from whichever thread gets there first: the XMP toolkit with a
// lock (its namespace registry is shared by every thread), BMFF (HEIF, AVIF, CR3) support, and
// exiv2's own logging silenced (we report errors as values; exiv2 would print to stderr).
// Private to core/metadata; MetadataReader's constructor calls it.
void ensureExiv2Initialized();
