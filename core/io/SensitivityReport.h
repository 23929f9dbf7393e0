// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"
#include "core/model/Framework.h"
#include "core/scoring/SensitivityAnalysis.h"

#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace pf::core::io {

/** The sensitivity of one scored assessment (tornado, Monte Carlo bands, smallest band flip) as JSON or text. */
class SensitivityReport
{
public:
    /// Runs the three analyses.
    static SensitivityReport compute(const AssessmentResult &result, const Framework &framework,
                                     const scoring::MonteCarloOptions &options);

    QJsonObject toJson() const;
    QString toText(const Framework &framework, const QLocale &locale = QLocale::c()) const;

    QList<scoring::WeightSwing> swings;
    QList<scoring::BandProbability> bands;
    std::optional<scoring::BandFlip> flip;
    scoring::MonteCarloOptions options;
};

} // namespace pf::core::io
