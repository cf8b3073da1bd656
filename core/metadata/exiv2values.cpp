#include "core/metadata/exiv2values.h"

#include "core/metadata/metadatatext.h"

#include <cmath>

namespace Exiv2Values {

namespace {

bool isRationalType(Exiv2::TypeId type)
{
    return type == Exiv2::unsignedRational || type == Exiv2::signedRational;
}

bool isIntegerType(Exiv2::TypeId type)
{
    switch (type) {
    case Exiv2::unsignedByte:
    case Exiv2::unsignedShort:
    case Exiv2::unsignedLong:
    case Exiv2::signedByte:
    case Exiv2::signedShort:
    case Exiv2::signedLong:
    case Exiv2::tiffIfd:
        return true;
    default:
        return false;
    }
}

} // namespace

std::string_view textOf(const Exiv2::Value &value, std::string &storage)
{
    if (const auto *text = dynamic_cast<const Exiv2::StringValueBase *>(&value))
        return text->value_;
    storage = value.toString();
    return storage;
}

std::string rawBytes(const Exiv2::Value &value)
{
    std::string bytes(Exiv2Compat::size(value), '\0');
    if (!bytes.empty())
        value.copy(reinterpret_cast<Exiv2::byte *>(bytes.data()), Exiv2::littleEndian);
    return bytes;
}

std::optional<double> numberAt(const Exiv2::Value &value, std::size_t n)
{
    if (n >= Exiv2Compat::count(value))
        return std::nullopt;
    const Exiv2::TypeId type = value.typeId();
    if (isRationalType(type)) {
        const Exiv2::Rational r = Exiv2Compat::toRational(value, n);
        if (r.second == 0)
            return std::nullopt;
        return double(r.first) / double(r.second);
    }
    if (isIntegerType(type))
        return double(Exiv2Compat::toInt64(value, n));
    if (type == Exiv2::asciiString || type == Exiv2::string) {
        std::string storage;
        return MetadataText::parseNumber(textOf(value, storage));
    }
    return std::nullopt;
}

std::optional<qint64> integerAt(const Exiv2::Value &value, std::size_t n)
{
    if (n < Exiv2Compat::count(value) && isIntegerType(value.typeId()))
        return Exiv2Compat::toInt64(value, n);
    const auto number = numberAt(value, n);
    if (!number || std::fabs(*number) > 1e15)
        return std::nullopt;
    return qint64(std::llround(*number));
}

} // namespace Exiv2Values
