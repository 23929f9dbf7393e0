// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/CultureModel.h"

#include "support/CatchCompat.h"

using namespace pf::core;
using pf::core::scoring::CultureModel;

TEST_CASE("Axis fit subtracts the tolerance from the distance", "[culture]")
{
    // |5 - 3| = 2, minus t = 1 -> 1 point over 6 - 1 = 5 -> f = 1 - 1/5 = 0.8
    CHECK(CultureModel::axisFit(5, 3, 1) == Approx(0.8));
    CHECK(CultureModel::axisFit(4, 5, 1) == Approx(1.0)); // within tolerance
    CHECK(CultureModel::axisFit(1, 7, 1) == Approx(0.0)); // 6 - 1 = 5 over 5
    CHECK(CultureModel::axisFit(1, 7, 0) == Approx(0.0)); // 6 / 6
    CHECK(CultureModel::axisFit(2, 5, 0) == Approx(0.5)); // 1 - 3/6
    CHECK(CultureModel::axisFit(1, 7, 6) == Approx(1.0)); // t >= 6 is always a fit
    CHECK(CultureModel::axisFit(1, 7, 9) == Approx(1.0));
}

TEST_CASE("Similarity is the weighted mean fit over axes rated on both sides", "[culture]")
{
    const QList<CultureAxis> axes = {
        {QStringLiteral("a"), {}, {}, 2.0, 1.0},
        {QStringLiteral("b"), {}, {}, 1.0, 1.0},
        {QStringLiteral("c"), {}, {}, 5.0, 1.0},
    };
    CultureProfile home;
    home.values = {{QStringLiteral("a"), 5.0}, {QStringLiteral("b"), 1.0}, {QStringLiteral("c"), 4.0}};
    CultureProfile partner;
    partner.values = {{QStringLiteral("a"), 3.0}, {QStringLiteral("b"), 7.0}, {QStringLiteral("c"), std::nullopt}};
    const CultureResult result = CultureModel::evaluate(axes, home, partner);
    // a: f = 0.8 (w 2), b: f = 0 (w 1), c: not rated by the partner -> skipped.
    // 100 * (2 * 0.8 + 1 * 0) / (2 + 1) = 53.333
    REQUIRE(result.similarity.has_value());
    CHECK(*result.similarity == Approx(160.0 / 3.0));
    REQUIRE(result.axes.size() == 3);
    CHECK_FALSE(result.axes.at(2).fit.has_value());
}

TEST_CASE("Culture is not assessed when no axis is rated on both sides", "[culture]")
{
    const QList<CultureAxis> axes = {{QStringLiteral("a"), {}, {}, 1.0, 1.0}};
    CultureProfile home;
    home.values = {{QStringLiteral("a"), 5.0}};
    CHECK_FALSE(CultureModel::evaluate(axes, home, CultureProfile{}).similarity.has_value());
    CHECK_FALSE(CultureModel::evaluate(axes, CultureProfile{}, CultureProfile{}).similarity.has_value());
    CHECK_FALSE(CultureModel::evaluate({}, home, home).similarity.has_value());
}
