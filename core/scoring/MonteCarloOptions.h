// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace pf::core::scoring {

/** Monte Carlo settings: draws of Dirichlet weights with mean = the framework's weights. */
struct MonteCarloOptions
{
    int draws = 10000;
    double concentration = 100.0;
    std::uint64_t seed = 20261126;
    /// 0: one per hardware thread. Results do not depend on it.
    int threads = 0;
};

} // namespace pf::core::scoring
