// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentInput.h"
#include "core/model/Consensus.h"
#include "core/model/CriterionResult.h"
#include "core/model/Rating.h"

#include <QList>

#include <optional>

namespace pf::core::scoring {

/** Combines several assessors' ratings of one criterion: median or mean, discuss flag, consensus override. */
class RatingAggregator
{
public:
    /// (v - 1) / 4 * 100.
    static double normalise(double rating);
    /// Median (mean of the two middle values for an even count) or mean; nullopt for no values.
    static std::optional<double> aggregate(QList<int> values, Aggregation mode);
    /// The result for @p key from the ratings that name it (others are ignored) and an optional consensus.
    static CriterionResult evaluate(const QString &key, const QList<Rating> &ratings, Aggregation mode,
                                    const Consensus *consensus);
};

} // namespace pf::core::scoring
