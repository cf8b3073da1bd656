#pragma once

// The one place that knows which exiv2 release we build against. exiv2 0.28 renamed its
// exception type, made sizes size_t and 64-bit, replaced std::auto_ptr with std::unique_ptr and
// turned IfdId/ErrorCode into scoped enums; everything else in core/metadata goes through these
// helpers so that both 0.27.x (Debian 12) and 0.28.x build unchanged. Private to core/metadata.

#include <cstddef>
#include <cstdint>
#include <utility>
#include <exiv2/exiv2.hpp>

namespace Exiv2Compat {

#if EXIV2_TEST_VERSION(0, 28, 0)
using Error = Exiv2::Error;
#else
using Error = Exiv2::AnyError;
#endif

// Opens an image held in memory. exiv2 wraps the bytes in a MemIo without copying them; the
// bytes must outlive the returned image.
inline auto openImage(const std::byte *data, std::size_t size)
{
    const auto *bytes = reinterpret_cast<const Exiv2::byte *>(data);
#if EXIV2_TEST_VERSION(0, 28, 0)
    return Exiv2::ImageFactory::open(bytes, size);
#else
    return Exiv2::ImageFactory::open(bytes, static_cast<long>(size));
#endif
}

// Decodes a TIFF-structured Exif block (from "II*\0"/"MM\0*" on), maker notes included.
inline void decodeExif(Exiv2::ExifData &exif, const std::byte *data, std::size_t size)
{
    const auto *bytes = reinterpret_cast<const Exiv2::byte *>(data);
#if EXIV2_TEST_VERSION(0, 28, 0)
    Exiv2::ExifParser::decode(exif, bytes, size);
#else
    Exiv2::ExifParser::decode(exif, bytes, static_cast<std::uint32_t>(size));
#endif
}

inline void decodeIptc(Exiv2::IptcData &iptc, const std::byte *data, std::size_t size)
{
    const auto *bytes = reinterpret_cast<const Exiv2::byte *>(data);
#if EXIV2_TEST_VERSION(0, 28, 0)
    Exiv2::IptcParser::decode(iptc, bytes, size);
#else
    Exiv2::IptcParser::decode(iptc, bytes, static_cast<std::uint32_t>(size));
#endif
}

inline std::int64_t toInt64(const Exiv2::Value &value, std::size_t n = 0)
{
#if EXIV2_TEST_VERSION(0, 28, 0)
    return value.toInt64(n);
#else
    return value.toLong(static_cast<long>(n));
#endif
}

inline Exiv2::Rational toRational(const Exiv2::Value &value, std::size_t n = 0)
{
#if EXIV2_TEST_VERSION(0, 28, 0)
    return value.toRational(n);
#else
    return value.toRational(static_cast<long>(n));
#endif
}

inline std::string toString(const Exiv2::Value &value, std::size_t n)
{
#if EXIV2_TEST_VERSION(0, 28, 0)
    return value.toString(n);
#else
    return value.toString(static_cast<long>(n));
#endif
}

inline std::size_t count(const Exiv2::Value &value)
{
    return static_cast<std::size_t>(value.count());
}

inline std::size_t size(const Exiv2::Value &value)
{
    return static_cast<std::size_t>(value.size());
}

// Exiv2's IFD ids as plain ints (0.28 made IfdId a scoped enum), for table look-ups.
inline int ifdId(const Exiv2::ExifKey &key)
{
    return static_cast<int>(key.ifdId());
}

inline int ifdId(const Exiv2::Exifdatum &datum)
{
    return static_cast<int>(datum.ifdId());
}

inline bool isUnknownImageType(const Error &error)
{
#if EXIV2_TEST_VERSION(0, 28, 0)
    return error.code() == Exiv2::ErrorCode::kerFileContainsUnknownImageType ||
           error.code() == Exiv2::ErrorCode::kerMemoryContainsUnknownImageType ||
           error.code() == Exiv2::ErrorCode::kerNotAnImage;
#else
    return error.code() == Exiv2::kerFileContainsUnknownImageType ||
           error.code() == Exiv2::kerMemoryContainsUnknownImageType ||
           error.code() == Exiv2::kerNotAnImage;
#endif
}

// The bytes a DataBuf holds, as a view (0.28 made its members private).
inline std::pair<const char *, std::size_t> bytesOf(const Exiv2::DataBuf &buffer)
{
#if EXIV2_TEST_VERSION(0, 28, 0)
    return {reinterpret_cast<const char *>(buffer.c_data()), buffer.size()};
#else
    return {reinterpret_cast<const char *>(buffer.pData_), static_cast<std::size_t>(buffer.size_)};
#endif
}

// Writes the bytes of an image exiv2 edited in memory (MemIo) into `out`.
template <typename Out> void copyIo(Exiv2::BasicIo &io, Out &out)
{
    io.seek(0, Exiv2::BasicIo::beg);
#if EXIV2_TEST_VERSION(0, 28, 0)
    const Exiv2::DataBuf data = io.read(io.size());
    out.write(reinterpret_cast<const char *>(data.c_data()), static_cast<long long>(data.size()));
#else
    const Exiv2::DataBuf data = io.read(static_cast<long>(io.size()));
    out.write(reinterpret_cast<const char *>(data.pData_), static_cast<long long>(data.size_));
#endif
}

} // namespace Exiv2Compat
