// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/MutualGainModel.h"

#include "support/CatchCompat.h"

#include <cmath>

using namespace pf::core;
using pf::core::scoring::MutualGainModel;

namespace {

QList<GainInput> sixInputs()
{
    QList<GainInput> inputs;
    for (int i = 0; i < 6; ++i) {
        GainInput input;
        input.key = QString::number(i);
        input.side = i < 3 ? GainSide::Us : GainSide::Partner;
        inputs.append(input);
    }
    return inputs;
}

} // namespace

TEST_CASE("Mutual gain: U and P are means of the inputs with a value", "[mutualgain]")
{
    // us: 75, 100, 50 -> U = 75; partner: 50, 75, n/a -> P = 62.5
    const auto result = MutualGainModel::evaluate(sixInputs(), {75.0, 100.0, 50.0, 50.0, 75.0, std::nullopt});
    CHECK(*result.us == Approx(75.0));
    CHECK(*result.partner == Approx(62.5));
    CHECK(*result.index == Approx(std::sqrt(75.0 * 62.5))); // 68.465
    CHECK(*result.balance == Approx(62.5 / 75.0));          // 0.8333
    CHECK(result.quadrant == GainQuadrant::WinWin);
}

TEST_CASE("Mutual gain weights inputs inside a side", "[mutualgain]")
{
    auto inputs = sixInputs();
    inputs[0].weight = 3.0;
    // U = (3 * 100 + 0 + 0) / 5 = 60; P = 50
    const auto result = MutualGainModel::evaluate(inputs, {100.0, 0.0, 0.0, 50.0, 50.0, 50.0});
    CHECK(*result.us == Approx(60.0));
    CHECK(*result.partner == Approx(50.0));
}

TEST_CASE("Mutual gain needs a value on each side", "[mutualgain]")
{
    const auto result = MutualGainModel::evaluate(
        sixInputs(), {75.0, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    CHECK(*result.us == Approx(75.0));
    CHECK_FALSE(result.partner.has_value());
    CHECK_FALSE(result.index.has_value());
    CHECK(result.quadrant == GainQuadrant::NotAssessed);
}

TEST_CASE("Quadrants, zero gain and balance edge cases", "[mutualgain]")
{
    CHECK(MutualGainModel::fromSides(50.0, 50.0).quadrant == GainQuadrant::WinWin); // 50 counts as high
    CHECK(MutualGainModel::fromSides(80.0, 20.0).quadrant == GainQuadrant::WeWin);
    CHECK(MutualGainModel::fromSides(20.0, 80.0).quadrant == GainQuadrant::TheyWin);
    CHECK(MutualGainModel::fromSides(49.9, 10.0).quadrant == GainQuadrant::LoseLose);
    const auto nothing = MutualGainModel::fromSides(0.0, 0.0);
    CHECK(*nothing.index == Approx(0.0));
    CHECK(*nothing.balance == Approx(1.0)); // both 0: balanced
    const auto oneSided = MutualGainModel::fromSides(100.0, 0.0);
    CHECK(*oneSided.index == Approx(0.0)); // sqrt(100 * 0): a win-win needs both
    CHECK(*oneSided.balance == Approx(0.0));
}
