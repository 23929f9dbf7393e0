// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pf::core::scoring {

/** One assessment's place in a portfolio under uncertain weights (rank 1 = highest overall). */
struct RankSpread
{
    /// 5th and 95th percentile of the rank; 0 when the assessment has no overall.
    int p5 = 0;
    int p95 = 0;
    /// Median rank; 0 when the assessment has no overall.
    int median = 0;
    double topKProbability = 0.0;
    /// Share of draws in which the overall stays in the assessment's band (1 when knocked out: weights cannot lift a
    /// knock-out); only computed when portfolio() is given the framework, else 0.
    double bandKeptProbability = 0.0;
};

} // namespace pf::core::scoring
