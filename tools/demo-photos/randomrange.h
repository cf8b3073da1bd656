#pragma once

#include <QRandomGenerator>

// Seeded draws for the painters: the same seed paints the same photo on every machine.
inline double randomRange(QRandomGenerator &random, double low, double high)
{
    return low + random.generateDouble() * (high - low);
}

inline int randomInt(QRandomGenerator &random, int low, int high) // both inclusive
{
    return low + static_cast<int>(random.bounded(static_cast<quint32>(high - low + 1)));
}

inline bool randomChance(QRandomGenerator &random, double probability)
{
    return random.generateDouble() < probability;
}
