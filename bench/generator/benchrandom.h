#pragma once

#include <QtGlobal>

#include <cmath>

// A small seeded generator (SplitMix64) with its own range helpers. The std:: distributions differ
// between standard libraries; these do not, so one seed names one set of photos on every platform
// and a manifest's seed is enough to tell whether a folder is already the set that was asked for.
class BenchRandom
{
public:
    explicit BenchRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform in [low, high], both included. The modulo bias is far below what a bench can notice.
    int range(int low, int high)
    {
        return low + static_cast<int>(next() % static_cast<quint64>(high - low + 1));
    }
    bool chance(double probability) { return uniform() < probability; }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

private:
    quint64 m_state;
};
