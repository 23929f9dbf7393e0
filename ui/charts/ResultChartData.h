// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"
#include "core/model/AssessmentInput.h"
#include "core/model/AssessmentResult.h"

#include <QCoreApplication>

#include <optional>

namespace pf::ui::charts {

/** Turns scoring inputs and results into chart data, so pages and reports draw the same charts. */
class ResultChartData
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::ResultChartData)

public:
    /// Ours vs theirs on the framework's culture axes (1–7).
    static RadarData culture(const core::AssessmentInput &input, const core::AssessmentResult &result);
    /// Each dimension's score (0–100).
    static RadarData dimensions(const core::AssessmentInput &input, const core::AssessmentResult &result);
    /// This partner placed by value to us and to the partner.
    static QuadrantData mutualGain(const QString &partner, const core::AssessmentResult &result);
    /// Both roadmaps as lanes per theme over the planning window, coloured by how the theme relates.
    static RoadmapData roadmap(const core::AssessmentInput &input, const core::AssessmentResult &result);
    /// Every criterion's contribution to the overall and what it would add at 100.
    static ContributionData contributions(const core::AssessmentInput &input, const core::AssessmentResult &result);
    /// The verdict band of @p result, by its label's place among the framework's bands; nullopt when not assessed.
    static std::optional<Band> band(const core::AssessmentResult &result, const core::Framework &framework);
};

} // namespace pf::ui::charts
