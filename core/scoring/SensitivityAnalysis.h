// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"
#include "core/model/Framework.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace pf::core::scoring {

/** One dimension of the tornado chart: the overall with that dimension's weight ×0.8 and ×1.2. */
struct WeightSwing
{
    QString dimension;
    double lower = 0.0;
    double upper = 0.0;
};

/** The smallest change of one dimension weight that moves the overall across a band threshold. */
struct BandFlip
{
    QString dimension;
    double weight = 0.0;
    double newWeight = 0.0;
    /// (newWeight - weight) / weight.
    double relativeChange = 0.0;
    QString newBand;
};

/** Monte Carlo settings: draws of Dirichlet weights with mean = the framework's weights. */
struct MonteCarloOptions
{
    int draws = 10000;
    double concentration = 100.0;
    std::uint64_t seed = 20261126;
    /// 0: one per hardware thread. Results do not depend on it.
    int threads = 0;
};

/** One band and how often the drawn weights put the overall in it. */
struct BandProbability
{
    QString band;
    double probability = 0.0;
};

/** One assessment's place in a portfolio under uncertain weights (rank 1 = highest overall). */
struct RankSpread
{
    /// 5th and 95th percentile of the rank; 0 when the assessment has no overall.
    int p5 = 0;
    int p95 = 0;
    double topKProbability = 0.0;
};

/** How robust a verdict is to the dimension weights: one-at-a-time swings, Monte Carlo, band flips. Pure. */
class SensitivityAnalysis
{
public:
    /// The framework's dimension weights in result.dimensions order.
    static QList<double> weights(const AssessmentResult &result);
    /// For each assessed dimension: overall with its weight ×0.8 and ×1.2 (others unchanged, renormalised).
    static QList<WeightSwing> oneAtATime(const AssessmentResult &result);
    /// Band probabilities over Dirichlet weight draws, in the framework's band order (plus "Not recommended").
    static QList<BandProbability> bandProbabilities(const AssessmentResult &result, const Framework &framework,
                                                    const MonteCarloOptions &options);
    /// Rank spread and the probability of staying in the top @p topK for each of @p results under common draws.
    static QList<RankSpread> portfolio(const QList<AssessmentResult> &results, int topK,
                                       const MonteCarloOptions &options);
    /// The smallest relative change of one dimension weight that changes the band; nullopt when none can.
    static std::optional<BandFlip> smallestBandFlip(const AssessmentResult &result, const Framework &framework);
};

} // namespace pf::core::scoring
