// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/SensitivityAnalysis.h"

#include "ScoringFixtures.h"
#include "core/scoring/AssessmentScorer.h"
#include "core/scoring/RandomGenerator.h"
#include "support/CatchCompat.h"

using namespace pf::core;
using namespace pf::core::scoring;

namespace {

/// A result with dimensions "d0", "d1", ... of the given weights and scores (nullopt: not assessed).
AssessmentResult resultWith(const QList<double> &weights, const QList<std::optional<double>> &scores)
{
    AssessmentResult r;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        r.dimensions.append({QStringLiteral("d%1").arg(i), weights.at(i), scores.at(i)});
    }
    r.overall = AssessmentScorer::overallWithWeights(r, weights);
    return r;
}

Framework bands()
{
    Framework f;
    f.bands = {{QStringLiteral("Strong fit"), 75},
               {QStringLiteral("Promising"), 60},
               {QStringLiteral("Conditional"), 45},
               {QStringLiteral("Weak fit"), 0}};
    return f;
}

} // namespace

TEST_CASE("SplitMix64 and xoshiro256** are the published generators", "[random]")
{
    std::uint64_t state = 0;
    // SplitMix64 from state 0: first output 0xe220a8397b1dcdaf (Vigna's reference implementation).
    CHECK(RandomGenerator::splitMix64(state) == 0xe220a8397b1dcdafULL);
    RandomGenerator a(42);
    RandomGenerator b(42);
    RandomGenerator c(43);
    bool allEqual = true;
    bool anyDifferent = false;
    for (int i = 0; i < 1000; ++i) {
        const std::uint64_t x = a.next();
        allEqual = allEqual && x == b.next();
        anyDifferent = anyDifferent || x != c.next();
    }
    CHECK(allEqual);
    CHECK(anyDifferent);
}

TEST_CASE("Gamma and Dirichlet sampling have the right means", "[random]")
{
    RandomGenerator generator(7);
    for (const double shape : {0.5, 1.0, 2.5, 25.0}) {
        double sum = 0.0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) {
            sum += generator.gamma(shape);
        }
        // E[Gamma(k, 1)] = k; standard error sqrt(k / n) <= 0.011
        CHECK(sum / n == Approx(shape).margin(0.05));
    }
    // Dirichlet(100 * (0.5, 0.3, 0.2)) has mean (0.5, 0.3, 0.2).
    QList<double> mean(3, 0.0);
    QList<double> w;
    for (int i = 0; i < 20000; ++i) {
        generator.dirichlet({50.0, 30.0, 20.0}, w);
        CHECK(w.at(0) + w.at(1) + w.at(2) == Approx(1.0));
        for (int k = 0; k < 3; ++k) {
            mean[k] += w.at(k) / 20000;
        }
    }
    CHECK(mean.at(0) == Approx(0.5).margin(0.005));
    CHECK(mean.at(1) == Approx(0.3).margin(0.005));
    CHECK(mean.at(2) == Approx(0.2).margin(0.005));
}

TEST_CASE("One-at-a-time: each dimension weight x0.8 and x1.2", "[sensitivity]")
{
    // d0: weight 1, score 100; d1: weight 1, score 0 -> overall 50.
    const auto r = resultWith({1, 1, 1}, {100.0, 0.0, std::nullopt});
    const auto swings = SensitivityAnalysis::oneAtATime(r);
    REQUIRE(swings.size() == 2);                      // d2 is not assessed
    CHECK(swings.at(0).lower == Approx(80.0 / 1.8));  // 44.444
    CHECK(swings.at(0).upper == Approx(120.0 / 2.2)); // 54.545
    CHECK(swings.at(1).lower == Approx(100.0 / 1.8)); // 55.556
    CHECK(swings.at(1).upper == Approx(100.0 / 2.2)); // 45.455
}

TEST_CASE("The smallest weight change that flips the band", "[sensitivity]")
{
    // d0 (w 1, 100), d1 (w 1, 40): overall 70, Promising.
    // d0 -> 75: x = (75 - 40) / (100 - 75) = 1.4 (+40%); d1 -> 75: x = (75 - 100) / (40 - 75) = 5/7 (-28.6%)
    // d0 -> 60: x = 0.5 (-50%); d1 -> 60: x = 2 (+100%); the 45 threshold needs even more.
    const auto r = resultWith({1, 1}, {100.0, 40.0});
    const auto flip = SensitivityAnalysis::smallestBandFlip(r, bands());
    REQUIRE(flip.has_value());
    CHECK(flip->dimension == QStringLiteral("d1"));
    CHECK(flip->newWeight == Approx(5.0 / 7.0));
    CHECK(flip->relativeChange == Approx(5.0 / 7.0 - 1.0));
    CHECK(flip->newBand == QStringLiteral("Strong fit"));
    // Check by recomputing: with d1 at 5/7 the overall is (100 + 40 * 5/7) / (12/7) = 75.
    CHECK(*AssessmentScorer::overallWithWeights(r, {1.0, 5.0 / 7.0}) == Approx(75.0));

    // All dimensions equal: no weight can move the overall.
    CHECK_FALSE(SensitivityAnalysis::smallestBandFlip(resultWith({1, 2}, {50.0, 50.0}), bands()).has_value());
}

TEST_CASE("Monte Carlo band probabilities repeat for the same seed, whatever the threads", "[sensitivity][property]")
{
    // d0 80, d1 50 with equal weights: overall 65, near the 60 and 75 thresholds.
    const auto r = resultWith({1, 1}, {80.0, 50.0});
    MonteCarloOptions options;
    options.draws = 5000;
    options.concentration = 10;
    options.threads = 1;
    const auto one = SensitivityAnalysis::bandProbabilities(r, bands(), options);
    options.threads = 3;
    const auto three = SensitivityAnalysis::bandProbabilities(r, bands(), options);
    REQUIRE(one.size() == 4);
    double sum = 0.0;
    for (qsizetype b = 0; b < one.size(); ++b) {
        CHECK(one.at(b).probability == three.at(b).probability);
        sum += one.at(b).probability;
    }
    CHECK(sum == Approx(1.0));
    // Concentration 10 -> w0 ~ Beta(5, 5); overall = 50 + 30 w0 stays within 50..80: never Weak fit.
    // Conditional when w0 < 1/3: P = P(Binomial(9, 1/3) >= 5) = 0.1448;
    // Strong fit when w0 >= 5/6: P = 1 - P(Binomial(9, 5/6) >= 5) = 0.0090.
    CHECK(one.at(3).probability == 0.0);
    CHECK(one.at(2).probability == Approx(0.1448).margin(0.015));
    CHECK(one.at(0).probability == Approx(0.0090).margin(0.004));
    CHECK(one.at(1).probability == Approx(1 - 0.1448 - 0.0090).margin(0.015));
    options.seed += 1;
    const auto other = SensitivityAnalysis::bandProbabilities(r, bands(), options);
    CHECK(other.at(1).probability != one.at(1).probability);

    // A knock-out is certain.
    AssessmentResult knocked = r;
    knocked.knockouts.append({QStringLiteral("d0"), QStringLiteral("x")});
    knocked.band = QStringLiteral("Not recommended");
    const auto k = SensitivityAnalysis::bandProbabilities(knocked, bands(), options);
    CHECK(k.constLast().band == QStringLiteral("Not recommended"));
    CHECK(k.constLast().probability == 1.0);
}

TEST_CASE("Portfolio Monte Carlo: rank spread and top-k probability", "[sensitivity]")
{
    // a and b swap places depending on the weights; c is always last, d is not assessed.
    const QList<AssessmentResult> results = {resultWith({1, 1}, {100.0, 0.0}), resultWith({1, 1}, {0.0, 100.0}),
                                             resultWith({1, 1}, {-1.0, -1.0}),
                                             resultWith({1, 1}, {std::nullopt, std::nullopt})};
    MonteCarloOptions options;
    options.draws = 4000;
    const auto spread = SensitivityAnalysis::portfolio(results, 1, options);
    REQUIRE(spread.size() == 4);
    CHECK(spread.at(0).p5 == 1);
    CHECK(spread.at(0).p95 == 2);
    // Symmetric Dirichlet(50, 50): P(w0 > w1) = 1/2
    CHECK(spread.at(0).topKProbability == Approx(0.5).margin(0.05));
    CHECK(spread.at(0).topKProbability + spread.at(1).topKProbability == Approx(1.0));
    CHECK(spread.at(2).p5 == 3);
    CHECK(spread.at(2).p95 == 3);
    CHECK(spread.at(2).topKProbability == 0.0);
    CHECK(spread.at(3).p5 == 0); // no overall, no rank
    options.threads = 1;
    const auto again = SensitivityAnalysis::portfolio(results, 1, options);
    CHECK(again.at(0).topKProbability == spread.at(0).topKProbability);
}
