#pragma once

#include <mutex>

// Sets exiv2 up once per process, from whichever thread gets there first: the XMP toolkit with a
// lock (its namespace registry is shared by every thread), BMFF (HEIF, AVIF, CR3) support, and
// exiv2's own logging silenced (we report errors as values; exiv2 would print to stderr).
// Private to core/metadata; MetadataReader's constructor calls it.
void ensureExiv2Initialized();

// The lock exiv2 takes around the XMP toolkit's registry. exiv2 0.27 also decodes and re-encodes
// a TIFF's or a raw file's XMP packet with the toolkit inside readMetadata() and xmpPacket(),
// outside that lock, and two threads doing so at once sometimes lose the packet (the import
// then missed an orientation only the XMP held, about one run in five). Hold it around those
// calls; JPEGs do not go through exiv2's XMP and never wait for it.
std::recursive_mutex &xmpToolkitMutex();
