// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/RoadmapModel.h"

#include "support/CatchCompat.h"

#include <cmath>

using namespace pf::core;
using pf::core::scoring::RoadmapModel;

namespace {

RoadmapItem item(const char *theme, int from, int to, Commitment c, Stance s)
{
    return {QString::fromLatin1(theme), from, to, c, s};
}

} // namespace

TEST_CASE("Roadmap alignment of DESIGN.md's example", "[roadmap]")
{
    // Y = 2026, window 2026..2031. h: cloud 2027-29 committed invest = 1 -> [0,1,1,1,0,0];
    // p: cloud 2026-31 planned invest = 2/3 -> 2/3 * [1,1,1,1,1,1].
    const auto r = RoadmapModel::evaluate({item("Cloud", 2027, 2029, Commitment::Committed, Stance::Invest)},
                                          {item("cloud ", 2026, 2031, Commitment::Planned, Stance::Invest)}, 2026);
    // whole: cos = 3*(2/3) / (sqrt(3) * 2/3*sqrt(6)) = 1/sqrt(2); |p|/|h| = 2/3*sqrt(2) -> D = 100 * 2/3
    CHECK(*r.direction == Approx(200.0 / 3.0));
    // near 2026-28: h = [0,1,1], p = 2/3[1,1,1]: cos = 2/sqrt(6), ratio = 2/3*sqrt(3)/sqrt(2) -> 100 * 2/3
    CHECK(*r.near == Approx(200.0 / 3.0));
    // far 2029-31: h = [1,0,0], p = 2/3[1,1,1]: cos = 1/sqrt(3), ratio capped at 1 -> 57.735
    CHECK(*r.far == Approx(100.0 / std::sqrt(3.0)));
    CHECK(r.horizon == ExpectedHorizon::LongTerm);
    CHECK(r.shared == QStringList{QStringLiteral("cloud")}); // case-insensitive after trimming
    CHECK(r.gaps.isEmpty());
    CHECK(r.conflicts.isEmpty());
}

TEST_CASE("Roadmap items are clipped to the window, items wholly outside count for nothing", "[roadmap]")
{
    // h: cloud 2020-2040 -> ones over 2026..2031; p: cloud 2030-2035 -> [0,0,0,0,1,1]; legacy 2010-15 ignored.
    const auto r = RoadmapModel::evaluate({item("cloud", 2020, 2040, Commitment::Committed, Stance::Invest)},
                                          {item("cloud", 2030, 2035, Commitment::Committed, Stance::Invest),
                                           item("legacy", 2010, 2015, Commitment::Committed, Stance::Divest)},
                                          2026);
    // whole: cos = 2 / (sqrt(6) sqrt(2)), ratio = sqrt(2)/sqrt(6) -> 100 * 2/6 = 33.333
    CHECK(*r.direction == Approx(100.0 / 3.0));
    // near: the partner has nothing there -> 0, not "not assessed"
    CHECK(*r.near == Approx(0.0));
    // far: h = [1,1,1], p = [0,1,1]: cos = 2/(sqrt(3) sqrt(2)), ratio sqrt(2)/sqrt(3) -> 100 * 2/3
    CHECK(*r.far == Approx(200.0 / 3.0));
    CHECK(r.gaps.isEmpty()); // "legacy" is outside the window: not even a gap
}

TEST_CASE("A theme can be shared and a conflict in different years", "[roadmap]")
{
    // h: ai committed invest 2026-31 = [1]*6; p: invest 2026-27, divest 2028-31 -> [1,1,-1,-1,-1,-1]
    const auto r = RoadmapModel::evaluate({item("AI", 2026, 2031, Commitment::Committed, Stance::Invest)},
                                          {item("ai", 2026, 2027, Commitment::Committed, Stance::Invest),
                                           item("ai", 2028, 2031, Commitment::Committed, Stance::Divest)},
                                          2026);
    CHECK(r.shared == QStringList{QStringLiteral("ai")});
    CHECK(r.conflicts == QStringList{QStringLiteral("ai")});
    CHECK(*r.direction == Approx(0.0));    // dot = 2 - 4 < 0 -> cos clipped at 0
    CHECK(*r.near == Approx(100.0 / 3.0)); // [1,1,1].[1,1,-1] = 1, cos 1/3, ratio 1
    CHECK(*r.far == Approx(0.0));
    CHECK(r.horizon == ExpectedHorizon::ShortTerm);
}

TEST_CASE("On one side several items on a theme and year: the largest |commitment x stance| counts, ties first",
          "[roadmap]")
{
    const QList<RoadmapItem> home = {item("edge", 2026, 2031, Commitment::Committed, Stance::Invest)};
    // Tie |2/3| = |-2/3|: the first listed (invest) counts -> shared, no conflict.
    const auto tie = RoadmapModel::evaluate(home,
                                            {item("edge", 2026, 2031, Commitment::Planned, Stance::Invest),
                                             item("edge", 2026, 2031, Commitment::Planned, Stance::Divest)},
                                            2026);
    CHECK(tie.shared == QStringList{QStringLiteral("edge")});
    CHECK(tie.conflicts.isEmpty());
    // h = [1]*6, p = 2/3 [1]*6: cos 1, ratio 2/3 -> 66.667
    CHECK(*tie.direction == Approx(200.0 / 3.0));
    // committed divest (1) beats planned invest (2/3) -> conflict, no share.
    const auto larger = RoadmapModel::evaluate(home,
                                               {item("edge", 2026, 2031, Commitment::Planned, Stance::Invest),
                                                item("edge", 2026, 2031, Commitment::Committed, Stance::Divest)},
                                               2026);
    CHECK(larger.shared.isEmpty());
    CHECK(larger.conflicts == QStringList{QStringLiteral("edge")});
}

TEST_CASE("Roadmap not assessed: an empty side, or nothing of ours in the years", "[roadmap]")
{
    const QList<RoadmapItem> ours = {item("cloud", 2026, 2027, Commitment::Committed, Stance::Invest)};
    const auto empty = RoadmapModel::evaluate(ours, {}, 2026);
    CHECK_FALSE(empty.direction.has_value());
    CHECK_FALSE(empty.far.has_value());
    CHECK(empty.horizon == ExpectedHorizon::Unknown);
    CHECK(empty.gaps == QStringList{QStringLiteral("cloud")});

    // We have nothing in 2029-31: far is not assessed, the whole window is.
    const auto r =
        RoadmapModel::evaluate(ours, {item("crm", 2026, 2031, Commitment::Exploring, Stance::Maintain)}, 2026);
    CHECK(*r.direction == Approx(0.0)); // orthogonal themes
    CHECK_FALSE(r.far.has_value());
    CHECK(r.horizon == ExpectedHorizon::Unknown);
    CHECK(r.gaps == (QStringList{QStringLiteral("cloud"), QStringLiteral("crm")}));
}
