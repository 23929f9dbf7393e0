// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <cstdint>

namespace pf::core::scoring {

/** A seeded xoshiro256** generator with our own uniform, normal, gamma and Dirichlet sampling.
 *
 * Standard-library distributions differ between implementations; these do not, so the same seed gives the same
 * draws on every platform (up to the last bit of std::log, which all mainstream C libraries round correctly here).
 */
class RandomGenerator
{
public:
    explicit RandomGenerator(std::uint64_t seed);

    /// SplitMix64 step: used to seed and to derive independent per-chunk seeds.
    static std::uint64_t splitMix64(std::uint64_t &state);

    std::uint64_t next();
    /// Uniform in [0, 1) with 53 random bits.
    double uniform();
    /// Standard normal (Marsaglia's polar method).
    double normal();
    /// Gamma(shape, 1) by Marsaglia–Tsang; shape < 1 via the boost Gamma(shape + 1) · U^(1/shape).
    double gamma(double shape);
    /// A Dirichlet draw with the given concentration parameters (all > 0); sums to 1.
    void dirichlet(const QList<double> &alphas, QList<double> &out);

private:
    std::uint64_t m_state[4];
    bool m_hasSpareNormal = false;
    double m_spareNormal = 0.0;
};

} // namespace pf::core::scoring
