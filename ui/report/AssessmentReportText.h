// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Names and phrases the assessment report's sections share (internal to ui/report).

#include "AssessmentReportData.h"
#include "ui/charts/ChartData.h"

#include <QCoreApplication>

#include <optional>

namespace pf::ui::report {

class AssessmentReportText
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::report::AssessmentReportText)

public:
    static QString dimensionName(const core::Framework &framework, const QString &key);
    /// A criterion's or mutual-gain input's name.
    static QString criterionName(const core::Framework &framework, const QString &key);
    /// The anchor text of level @p rating (rounded) of a rated criterion or input; empty when it has none.
    static QString anchor(const core::Framework &framework, const QString &key, std::optional<double> rating);
    /// The band a label names, by its place among the framework's bands; "Not recommended" included.
    static std::optional<charts::Band> band(const core::Framework &framework, const QString &label);
    static QString ratingText(const core::AssessorValue &value);
    static QString quadrant(core::GainQuadrant quadrant);
    static QString horizon(core::ExpectedHorizon horizon);
    /// Theme keys as the roadmaps spell them.
    static QString themes(const core::AssessmentInput &input, const QStringList &keys);
    /// The spread (max − min) of the numeric ratings; nullopt for fewer than two.
    static std::optional<int> spread(const core::CriterionResult &criterion);
    static QString status(const core::AssessmentSummary &summary);
    static QString kind(const core::AssessmentSummary &summary);
};

} // namespace pf::ui::report
