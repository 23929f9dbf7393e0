// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace pf::core {

/// Where U and P fall, with 50 or more counting as high.
enum class GainQuadrant { NotAssessed, WinWin, WeWin, TheyWin, LoseLose };

/** Output of the mutual-gain model: value to us U, to the partner P, index sqrt(U·P), balance and quadrant. */
struct MutualGainResult
{
    std::optional<double> us;
    std::optional<double> partner;
    std::optional<double> index;
    std::optional<double> balance;
    GainQuadrant quadrant = GainQuadrant::NotAssessed;

    friend bool operator==(const MutualGainResult &, const MutualGainResult &) = default;
};

} // namespace pf::core
