#include "core/galleries/seededrandom.h"

namespace {

// The SplitMix64 finaliser: a bijection that spreads every input bit over the output.
quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr quint64 kGoldenGamma = 0x9e3779b97f4a7c15ULL;

} // namespace

SeededRandom SeededRandom::forKey(quint64 seed, qint64 key, quint64 salt)
{
    // Each part mixed on its own, so that (seed, key) and (key, seed) do not collide.
    return SeededRandom(mix(seed + kGoldenGamma) ^ mix(quint64(key) * kGoldenGamma + 1) ^
                        mix(salt + 2 * kGoldenGamma));
}

quint64 SeededRandom::next()
{
    m_state += kGoldenGamma;
    return mix(m_state);
}

double SeededRandom::unit()
{
    // The top 53 bits fill a double's mantissa exactly: every value is a multiple of 2^-53.
    return double(next() >> 11) * 0x1.0p-53;
}

double SeededRandom::between(double low, double high)
{
    return low + (high - low) * unit();
}

int SeededRandom::below(int count)
{
    if (count <= 0)
        return 0;
    // Multiply-shift instead of modulo: no bias worth the name for the small counts used here.
    return int((next() >> 32) * quint64(count) >> 32);
}
