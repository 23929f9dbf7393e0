// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/AhpCalculator.h"

#include "support/CatchCompat.h"

#include <cmath>

using namespace pf::core::scoring;

namespace {

const QStringList abc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};

} // namespace

TEST_CASE("AHP: the textbook 3x3 example (1, 3, 5 / 1/3, 1, 3 / 1/5, 1/3, 1)", "[ahp]")
{
    // Published result (e.g. Saaty's method as tabulated in most OR textbooks):
    // w = (0.637, 0.258, 0.105), lambda max = 3.039, CI = 0.019, CR = 0.033 (RI 0.58).
    const AhpCalculator::Matrix m = {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}};
    REQUIRE_FALSE(AhpCalculator::validate(m).has_value());
    const AhpResult r = AhpCalculator::compute(abc, m);
    CHECK(r.weights.at(0) == Approx(0.637).margin(0.0005));
    CHECK(r.weights.at(1) == Approx(0.258).margin(0.0005));
    CHECK(r.weights.at(2) == Approx(0.105).margin(0.0005));
    CHECK(r.lambdaMax == Approx(3.039).margin(0.0005));
    CHECK(r.ci == Approx(0.019).margin(0.0005));
    CHECK(r.cr == Approx(0.033).margin(0.0005));
    CHECK_FALSE(r.isInconsistent());
}

TEST_CASE("AHP: Saaty's drink-consumption example (7 items, judgments) is reproduced", "[ahp]")
{
    // Saaty's relative consumption of drinks in the US, as reproduced in the AHPy documentation:
    // water 0.327, soda 0.190, coffee 0.177, milk 0.129, beer 0.116, tea 0.042, wine 0.019; CR 0.022.
    const QStringList drinks = {QStringLiteral("coffee"), QStringLiteral("wine"), QStringLiteral("tea"),
                                QStringLiteral("beer"),   QStringLiteral("soda"), QStringLiteral("milk"),
                                QStringLiteral("water")};
    auto j = [](const char *a, const char *b, double value) {
        return PairJudgment{QString::fromLatin1(a), QString::fromLatin1(b), value, {}};
    };
    const QList<PairJudgment> judgments = {
        j("coffee", "wine", 9),     j("coffee", "tea", 5),       j("coffee", "beer", 2),
        j("coffee", "soda", 1),     j("coffee", "milk", 1),      j("coffee", "water", 0.5),
        j("wine", "tea", 1.0 / 3),  j("wine", "beer", 1.0 / 9),  j("wine", "soda", 1.0 / 9),
        j("wine", "milk", 1.0 / 9), j("wine", "water", 1.0 / 9), j("tea", "beer", 1.0 / 3),
        j("tea", "soda", 0.25),     j("tea", "milk", 1.0 / 3),   j("tea", "water", 1.0 / 9),
        j("beer", "soda", 0.5),     j("beer", "milk", 1),        j("beer", "water", 1.0 / 3),
        j("soda", "milk", 2),       j("soda", "water", 0.5),     j("milk", "water", 1.0 / 3)};
    AhpCalculator::Error error;
    const auto matrix = AhpCalculator::fromJudgments(drinks, judgments, &error);
    REQUIRE(matrix.has_value());
    const AhpResult r = AhpCalculator::compute(drinks, *matrix);
    const double expected[] = {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327};
    for (int i = 0; i < 7; ++i) {
        INFO(drinks.at(i).toStdString());
        CHECK(r.weights.at(i) == Approx(expected[i]).margin(0.0005));
    }
    CHECK(r.cr == Approx(0.022).margin(0.0005));
}

TEST_CASE("AHP: the weights are the principal eigenvector of a 4x4 matrix", "[ahp]")
{
    // A w = lambda_max w row by row, the weights sum to 1, and this near-consistent matrix has CR < 0.1.
    const AhpCalculator::Matrix m = {
        {1, 9, 5, 3}, {1.0 / 9, 1, 1.0 / 3, 1.0 / 5}, {1.0 / 5, 3, 1, 1.0 / 3}, {1.0 / 3, 5, 3, 1}};
    REQUIRE_FALSE(AhpCalculator::validate(m).has_value());
    const AhpResult r = AhpCalculator::compute(
        QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, m);
    double sum = 0;
    for (double w : r.weights) {
        sum += w;
    }
    CHECK(sum == Approx(1.0));
    // Power iteration and lambda max are consistent with each other: A w = lambda w per row.
    for (int i = 0; i < 4; ++i) {
        double row = 0;
        for (int j = 0; j < 4; ++j) {
            row += m[i][j] * r.weights.at(j);
        }
        CHECK(row == Approx(r.lambdaMax * r.weights.at(i)).epsilon(1e-9));
    }
    CHECK(r.cr < 0.1);
}

TEST_CASE("AHP: a consistent matrix gives exact weights and CR 0", "[ahp]")
{
    // w = 4:2:1 -> a_ij = w_i / w_j
    const AhpCalculator::Matrix m = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};
    const AhpResult r = AhpCalculator::compute(abc, m);
    CHECK(r.weights.at(0) == Approx(4.0 / 7.0));
    CHECK(r.weights.at(1) == Approx(2.0 / 7.0));
    CHECK(r.weights.at(2) == Approx(1.0 / 7.0));
    CHECK(r.lambdaMax == Approx(3.0));
    CHECK(r.cr == Approx(0.0).margin(1e-9));
}

TEST_CASE("AHP: an inconsistent matrix is flagged and its worst judgment named", "[ahp]")
{
    // a > b (9), b > c (9), but c > a (9): a cycle.
    const AhpCalculator::Matrix m = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
    const AhpResult r = AhpCalculator::compute(abc, m);
    CHECK(r.isInconsistent());
    CHECK(r.cr > 1.0);
    CHECK(r.inconsistentRow >= 0);
    CHECK(std::abs(std::log(r.judged / r.implied)) > 1.0);
}

TEST_CASE("AHP: validation of reciprocity, positivity and shape", "[ahp]")
{
    auto error = AhpCalculator::validate({{1, 3}, {0.5, 1}});
    REQUIRE(error.has_value());
    CHECK(error->row == 1);
    CHECK(error->column == 0);
    CHECK(error->message.contains(QStringLiteral("reciprocal")));
    CHECK_FALSE(AhpCalculator::validate({{1, 3}, {0.333, 1}}).has_value()); // within 1%
    error = AhpCalculator::validate({{1, -3}, {-1.0 / 3, 1}});
    REQUIRE(error.has_value());
    CHECK(error->message.contains(QStringLiteral("positive")));
    error = AhpCalculator::validate({{2, 3}, {1.0 / 3, 1}});
    REQUIRE(error.has_value());
    CHECK(error->message.contains(QStringLiteral("diagonal")));
    CHECK(AhpCalculator::validate({{1, 3}, {1.0 / 3}}).has_value());
}

TEST_CASE("AHP: several assessors' judgments combine by geometric mean, in either order", "[ahp]")
{
    const QStringList ab = {QStringLiteral("a"), QStringLiteral("b")};
    // ana: a is 4 x b; ben says b is 1/9 of... i.e. (b, a) = 1/9 -> a is 9 x b. Geometric mean sqrt(4 * 9) = 6.
    AhpCalculator::Error error;
    const auto m =
        AhpCalculator::fromJudgments(ab,
                                     {{QStringLiteral("a"), QStringLiteral("b"), 4, QStringLiteral("ana")},
                                      {QStringLiteral("b"), QStringLiteral("a"), 1.0 / 9, QStringLiteral("ben")}},
                                     &error);
    REQUIRE(m.has_value());
    CHECK((*m)[0][1] == Approx(6.0));
    CHECK((*m)[1][0] == Approx(1.0 / 6.0));
    const AhpResult r = AhpCalculator::compute(ab, *m);
    CHECK(r.weights.at(0) == Approx(6.0 / 7.0));

    CHECK_FALSE(AhpCalculator::fromJudgments(abc, {{QStringLiteral("a"), QStringLiteral("b"), 2, {}}}, &error));
    CHECK(error.message == QStringLiteral("no judgment compares 'a' with 'c'"));
    CHECK_FALSE(AhpCalculator::fromJudgments(ab, {{QStringLiteral("a"), QStringLiteral("b"), 12, {}}}, &error));
    CHECK(error.row == 0);
    CHECK(error.message.contains(QStringLiteral("outside")));
}

TEST_CASE("Saaty's random index", "[ahp]")
{
    CHECK(AhpCalculator::randomIndex(2) == 0.0);
    CHECK(AhpCalculator::randomIndex(3) == 0.58);
    CHECK(AhpCalculator::randomIndex(6) == 1.24);
    CHECK(AhpCalculator::randomIndex(10) == 1.49);
}
