#include "core/metadata/makernotevalues.h"

#include "core/metadata/exiv2values.h"

#include <cmath>

namespace MakerNoteValues {

std::optional<int> canonIso(const MetadataSources &sources)
{
    if (const Exiv2::Value *camera = sources.exif(ExifTag::CanonCsIsoSpeed)) {
        if (const auto code = Exiv2Values::integerAt(*camera)) {
            // Newer bodies store the ISO itself with bit 14 set; older ones a code.
            if ((*code & 0xc000) == 0x4000 && (*code & 0x3fff) > 0)
                return int(*code & 0x3fff);
            switch (*code) {
            case 16:
                return 50;
            case 17:
                return 100;
            case 18:
                return 200;
            case 19:
                return 400;
            default:
                break; // 0 (n/a), 15 (auto) and the rest: fall back to the shot info
            }
        }
    }
    const Exiv2::Value *base = sources.exif(ExifTag::CanonSiIsoSpeed);
    const auto baseCode = base ? Exiv2Values::integerAt(*base) : std::nullopt;
    if (!baseCode || *baseCode <= 0 || *baseCode > 32LL * 20)
        return std::nullopt;
    const double baseIso = std::exp2(double(*baseCode) / 32.0) * 100.0 / 32.0;
    double autoFactor = 1.0;
    if (const Exiv2::Value *autoIso = sources.exif(ExifTag::CanonSiAutoIso)) {
        if (const auto autoCode = Exiv2Values::integerAt(*autoIso);
            autoCode && std::abs(*autoCode) < 32LL * 10)
            autoFactor = std::exp2(double(*autoCode) / 32.0);
    }
    const double iso = baseIso * autoFactor;
    if (!std::isfinite(iso) || iso < 1.0 || iso > 10'000'000.0)
        return std::nullopt;
    return int(std::lround(iso));
}

std::optional<double> canonFocalLength(const MetadataSources &sources)
{
    const Exiv2::Value *focal = sources.exif(ExifTag::CanonFocalLength);
    const Exiv2::Value *lens = sources.exif(ExifTag::CanonCsLens);
    if (!focal || !lens)
        return std::nullopt;
    const auto length = Exiv2Values::numberAt(*focal, 1);
    const auto units = Exiv2Values::numberAt(*lens, 2);
    if (!length || !units || *length <= 0.0 || *units <= 0.0)
        return std::nullopt;
    return *length / *units;
}

} // namespace MakerNoteValues
