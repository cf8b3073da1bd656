#pragma once

#include <QtGlobal>

// A small seeded random source whose numbers are the same on every platform and compiler:
// SplitMix64 (Steele, Lea and Flood; the reference code by Vigna), and plain arithmetic on its
// output. The gallery layouts draw from it so that a gallery's seed gives the same picture in the
// app and in every export; std::uniform_*_distribution differs between standard libraries.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed)
        : m_state(seed)
    {}

    // A source for one note of a gallery: its own stream, so that adding, removing or reordering
    // other notes does not change what this one draws.
    static SeededRandom forKey(quint64 seed, qint64 key, quint64 salt = 0);

    quint64 next();
    double unit();                           // [0, 1), 53 bits
    double between(double low, double high); // [low, high)
    int below(int count);                    // [0, count); 0 when count <= 0

private:
    quint64 m_state;
};
