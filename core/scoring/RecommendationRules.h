// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"
#include "core/model/Recommendation.h"

#include <QList>
#include <QLocale>

namespace pf::core::scoring {

/** Rules over a scored assessment that turn weak spots into advice, each tied to one of the five lessons. */
class RecommendationRules
{
public:
    static constexpr double CultureMinimum = 50.0;
    static constexpr double LowRating = 2.0;
    static constexpr double FarHorizonMinimum = 40.0;
    static constexpr double PartnerValueMinimum = 50.0;
    static constexpr double BalanceMinimum = 0.6;

    /// Recommendations in lesson order; @p locale formats the quoted numbers.
    static QList<Recommendation> evaluate(const AssessmentResult &result, const QLocale &locale = QLocale::c());
};

} // namespace pf::core::scoring
