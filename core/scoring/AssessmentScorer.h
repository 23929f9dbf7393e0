// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentInput.h"
#include "core/model/AssessmentResult.h"

#include <QLocale>

namespace pf::core::scoring {

/** Scores one assessment: criteria, pillar models, dimensions, overall, coverage, knock-outs, verdict. */
class AssessmentScorer
{
public:
    /// The input should have passed AssessmentValidator; ratings it would reject are ignored here.
    /// @p locale formats the numbers quoted in knock-out reasons and recommendations.
    static AssessmentResult score(const AssessmentInput &input, const QLocale &locale = QLocale::c());

    /// Overall and band from dimension scores under other dimension weights (same order as result.dimensions).
    /// Knock-outs still force "Not recommended". Used by the sensitivity analysis.
    static std::optional<double> overallWithWeights(const AssessmentResult &result, const QList<double> &weights);
};

} // namespace pf::core::scoring
