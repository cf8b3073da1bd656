#pragma once

#include "bench/floor/floorrecord.h"

#include <QString>

// How much of each file the floor hashes, to price an identity hash beside the metadata read.
enum class FloorHash
{
    None,
    HeadAndTail, // size + first and last 64 KiB
    Whole,       // every byte
};

namespace FloorReader {

// Maps the file and reads its metadata with exiv2 straight from the mapped bytes: no copy, no
// second open. Thread-safe once Exiv2::XmpParser::initialize has been called.
FloorRecord read(const QString &path, FloorHash hash);

} // namespace FloorReader
