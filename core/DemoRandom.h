#pragma once

#include <QList>
#include <QUuid>

#include <cstdint>

namespace tyndau {

// A small deterministic random source (splitmix64): the same seed gives the same demo city
// on every machine and every Qt version, which std:: distributions do not promise.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform in [0, n).
    int below(int n) { return n <= 0 ? 0 : int(uniform() * n); }
    bool chance(double p) { return uniform() < p; }

    // An index drawn with the given weights (not necessarily normalised).
    int weighted(const QList<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (int i = 0; i < weights.size(); ++i) {
            x -= weights[i];
            if (x < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

    template <typename T>
    const T& pick(const QList<T>& items)
    {
        return items.at(below(int(items.size())));
    }

    QUuid uuid()
    {
        const std::uint64_t a = next();
        const std::uint64_t b = next();
        // Version 4, variant 1, as a random UUID would be.
        return QUuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0FFF) | 0x4000),
                     uchar(((b >> 56) & 0x3F) | 0x80), uchar(b >> 48), uchar(b >> 40), uchar(b >> 32),
                     uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
    }

private:
    std::uint64_t m_state;
};

} // namespace tyndau
