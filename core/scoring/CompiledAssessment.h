// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentInput.h"

#include <cstdint>
#include <vector>

namespace pf::core::scoring {

/** An assessment input reduced to numbers and indices for one ScoringPlan: no strings, ready for bulk scoring. */
struct CompiledAssessment
{
    /** A roadmap item with its theme as an index and commitment × stance precomputed. */
    struct Item
    {
        int theme = 0;
        int from = 0;
        int to = 0;
        double value = 0.0;
        Stance stance = Stance::Invest;
    };

    int year = 0;
    Aggregation aggregation = Aggregation::Median;
    /// Rated values 1..5 grouped by slot: slot s owns values[offsets[s] .. offsets[s + 1]).
    std::vector<std::int8_t> values;
    std::vector<std::uint32_t> offsets;
    /// Per slot: some assessor said n/a.
    std::vector<std::uint8_t> notApplicable;
    /// Per slot: the consensus value, NaN when there is none.
    std::vector<double> consensus;
    /// Per culture axis, NaN when not rated.
    std::vector<double> homeCulture;
    std::vector<double> partnerCulture;
    std::vector<Item> homeRoadmap;
    std::vector<Item> partnerRoadmap;
    int themes = 0;
};

} // namespace pf::core::scoring
