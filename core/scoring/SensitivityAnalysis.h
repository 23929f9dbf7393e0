// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"
#include "core/model/Framework.h"
#include "core/scoring/BandFlip.h"
#include "core/scoring/BandProbability.h"
#include "core/scoring/MonteCarloOptions.h"
#include "core/scoring/RankSpread.h"
#include "core/scoring/WeightSwing.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace pf::core::scoring {

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
    /// All results must come from the same framework (the first one's dimension weights are used). With
    /// @p framework, also the probability that each result keeps its band under the same draws.
    static QList<RankSpread> portfolio(const QList<AssessmentResult> &results, int topK,
                                       const MonteCarloOptions &options, const Framework *framework = nullptr);
    /// The smallest relative change of one dimension weight that changes the band; nullopt when none can.
    static std::optional<BandFlip> smallestBandFlip(const AssessmentResult &result, const Framework &framework);
};

} // namespace pf::core::scoring
