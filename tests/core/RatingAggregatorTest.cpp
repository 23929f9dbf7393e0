// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/RatingAggregator.h"

#include "support/CatchCompat.h"

using namespace pf::core;
using pf::core::scoring::RatingAggregator;

namespace {

Rating rated(const QString &assessor, int value)
{
    return {QStringLiteral("trust_openness"), assessor, RatingState::Rated, value, {}};
}

Rating state(const QString &assessor, RatingState s)
{
    return {QStringLiteral("trust_openness"), assessor, s, 0, {}};
}

const QString Key = QStringLiteral("trust_openness");

} // namespace

TEST_CASE("Ratings normalise from 1–5 to 0–100", "[aggregation]")
{
    CHECK(RatingAggregator::normalise(1) == Approx(0.0));
    CHECK(RatingAggregator::normalise(3) == Approx(50.0));
    CHECK(RatingAggregator::normalise(4.5) == Approx(87.5)); // (4.5 - 1) / 4 * 100
    CHECK(RatingAggregator::normalise(5) == Approx(100.0));
}

TEST_CASE("Median and mean of several assessors", "[aggregation]")
{
    // Odd count: sorted 2, 4, 5 -> 4. Even count: 2, 3, 4, 5 -> (3 + 4) / 2 = 3.5.
    CHECK(*RatingAggregator::aggregate({5, 2, 4}, Aggregation::Median) == Approx(4.0));
    CHECK(*RatingAggregator::aggregate({5, 2, 4, 3}, Aggregation::Median) == Approx(3.5));
    // Mean: (5 + 2 + 4) / 3 = 3.6667.
    CHECK(*RatingAggregator::aggregate({5, 2, 4}, Aggregation::Mean) == Approx(11.0 / 3.0));
    CHECK_FALSE(RatingAggregator::aggregate({}, Aggregation::Median).has_value());
    // A single assessor is the aggregate.
    CHECK(*RatingAggregator::aggregate({2}, Aggregation::Mean) == Approx(2.0));
}

TEST_CASE("A spread of 2 points or more flags the criterion for discussion", "[aggregation]")
{
    const auto narrow = RatingAggregator::evaluate(
        Key, {rated(QStringLiteral("ana"), 3), rated(QStringLiteral("ben"), 4)}, Aggregation::Median, nullptr);
    CHECK_FALSE(narrow.discuss);
    const auto wide = RatingAggregator::evaluate(
        Key, {rated(QStringLiteral("ana"), 2), rated(QStringLiteral("ben"), 4)}, Aggregation::Median, nullptr);
    CHECK(wide.discuss);
    // median of 2 and 4 is 3 -> (3 - 1) / 4 * 100 = 50
    REQUIRE(wide.score.has_value());
    CHECK(*wide.score == Approx(50.0));
    CHECK(wide.assessors.size() == 2);
}

TEST_CASE("A consensus replaces the aggregate and resolves the discuss flag", "[aggregation]")
{
    const Consensus agreed{Key, 4.0, QStringLiteral("agreed in review")};
    const auto result = RatingAggregator::evaluate(
        Key, {rated(QStringLiteral("ana"), 1), rated(QStringLiteral("ben"), 4)}, Aggregation::Median, &agreed);
    CHECK_FALSE(result.discuss);
    CHECK(*result.rating == Approx(4.0));
    CHECK(*result.score == Approx(75.0)); // (4 - 1) / 4 * 100
    CHECK(result.rationale == QStringLiteral("agreed in review"));
    // The individual values stay visible.
    REQUIRE(result.assessors.size() == 2);
    CHECK(result.assessors.at(0).value == 1);
}

TEST_CASE("Not applicable only when assessors said n/a and nobody gave a number", "[aggregation]")
{
    const auto allNa = RatingAggregator::evaluate(Key,
                                                  {state(QStringLiteral("ana"), RatingState::NotApplicable),
                                                   state(QStringLiteral("ben"), RatingState::NotApplicable)},
                                                  Aggregation::Median, nullptr);
    CHECK(allNa.notApplicable);
    CHECK_FALSE(allNa.score.has_value());

    const auto mixed = RatingAggregator::evaluate(
        Key, {state(QStringLiteral("ana"), RatingState::NotApplicable), rated(QStringLiteral("ben"), 2)},
        Aggregation::Median, nullptr);
    CHECK_FALSE(mixed.notApplicable);
    CHECK(*mixed.score == Approx(25.0));

    const auto nothing = RatingAggregator::evaluate(Key, {state(QStringLiteral("ana"), RatingState::NotAssessed)},
                                                    Aggregation::Median, nullptr);
    CHECK_FALSE(nothing.notApplicable);
    CHECK_FALSE(nothing.score.has_value());
}
