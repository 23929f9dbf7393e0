// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Framework.h"
#include "core/scoring/BulkScore.h"
#include "core/scoring/CompiledAssessment.h"

#include <QHash>

#include <vector>

namespace pf::core::scoring {

/** A framework compiled to arrays for scoring many assessments fast, without allocating per assessment.
 *
 * It computes the same numbers as AssessmentScorer (aggregation, discuss, consensus, the three pillar models,
 * dimensions, overall, coverage, knock-outs, band, confidence) but no texts and no per-criterion details;
 * tests check that both agree. Use AssessmentScorer for one assessment shown to a user.
 */
class ScoringPlan
{
public:
    explicit ScoringPlan(const Framework &framework);

    /// Reduces a validated input (AssessmentValidator) to numbers; ratings the validator would reject are ignored.
    CompiledAssessment compile(const AssessmentInput &input) const;
    /// Scores @p assessment into @p out, reusing out's storage.
    void evaluate(const CompiledAssessment &assessment, BulkScore &out) const;

private:
    /** A knock-out rule with its criterion resolved to indices. */
    struct Knockout
    {
        int criterion = -1; // index into criteria, or -1 for a gain input
        int slot = -1;      // rating slot, or -1 for a computed criterion
        KnockoutRule rule;
    };

    int m_slots = 0;
    QHash<QString, int> m_slotOfKey;
    std::vector<double> m_dimensionWeight;
    std::vector<int> m_criterionDimension;
    std::vector<double> m_criterionWeight;
    std::vector<ComputedModel> m_criterionModel;
    std::vector<int> m_criterionSlot;
    std::vector<int> m_gainSlot;
    std::vector<GainSide> m_gainSide;
    std::vector<double> m_gainWeight;
    std::vector<QString> m_axisKey;
    std::vector<double> m_axisWeight;
    std::vector<double> m_axisTolerance;
    std::vector<Knockout> m_knockouts;
    std::vector<double> m_bandMinimum;
};

} // namespace pf::core::scoring
