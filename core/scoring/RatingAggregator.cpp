// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/RatingAggregator.h"

#include <algorithm>
#include <numeric>

namespace pf::core::scoring {

double RatingAggregator::normalise(double rating)
{
    return (rating - 1.0) / 4.0 * 100.0;
}

std::optional<double> RatingAggregator::aggregate(QList<int> values, Aggregation mode)
{
    if (values.isEmpty()) {
        return std::nullopt;
    }
    if (mode == Aggregation::Mean) {
        return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1) {
        return double(values.at(n / 2));
    }
    return (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

CriterionResult RatingAggregator::evaluate(const QString &key, const QList<Rating> &ratings, Aggregation mode,
                                           const Consensus *consensus)
{
    CriterionResult result;
    result.key = key;
    QList<int> numbers;
    bool anyNotApplicable = false;
    for (const Rating &rating : ratings) {
        if (rating.criterion != key) {
            continue;
        }
        result.assessors.append({rating.assessor, rating.state, rating.isRated() ? rating.value : 0});
        if (rating.isRated()) {
            numbers.append(rating.value);
        } else if (rating.state == RatingState::NotApplicable) {
            anyNotApplicable = true;
        }
    }
    const std::optional<double> aggregate = RatingAggregator::aggregate(numbers, mode);
    if (!numbers.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(numbers.cbegin(), numbers.cend());
        result.discuss = *hi - *lo >= 2;
    }
    if (consensus) {
        // An agreed value replaces the aggregate and resolves the discuss flag.
        result.consensus = consensus->value;
        result.rationale = consensus->rationale;
        result.rating = consensus->value;
        result.discuss = false;
    } else {
        result.rating = aggregate;
        result.notApplicable = !aggregate && anyNotApplicable;
    }
    if (result.rating) {
        result.score = normalise(*result.rating);
    }
    return result;
}

} // namespace pf::core::scoring
