// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/HealthTrend.h"

#include "support/CatchCompat.h"

using namespace pf::core;
using namespace pf::core::scoring;

namespace {

HealthTrend::Check check(int month, std::optional<double> overall, std::optional<double> culture)
{
    AssessmentResult r;
    r.overall = overall;
    r.dimensions = {{QStringLiteral("culture"), 25, culture}};
    return {QDate(2026, month, 1), r};
}

} // namespace

TEST_CASE("Health checks flag drops of 10 points or more between consecutive checks", "[health]")
{
    // Given out of order: sorted by date -> Jan 80/70, Apr 70/55, Jul 69/null, Oct 58/60.
    const auto drops = HealthTrend::drops(
        {check(10, 58.0, 60.0), check(1, 80.0, 70.0), check(7, 69.0, std::nullopt), check(4, 70.0, 55.0)});
    // overall: 80 -> 70 is exactly 10 (flagged), 70 -> 69 no, 69 -> 58 = 11 (flagged)
    // culture: 70 -> 55 = 15 (flagged), 55 -> null and null -> 60 are skipped
    REQUIRE(drops.size() == 3);
    CHECK(drops.at(0).dimension.isEmpty());
    CHECK(drops.at(0).from == QDate(2026, 1, 1));
    CHECK(drops.at(0).after == 70.0);
    CHECK(drops.at(1).dimension == QStringLiteral("culture"));
    CHECK(drops.at(1).before == 70.0);
    CHECK(drops.at(1).after == 55.0);
    CHECK(drops.at(2).dimension.isEmpty());
    CHECK(drops.at(2).to == QDate(2026, 10, 1));
    CHECK(HealthTrend::drops({check(1, 80.0, 70.0)}).isEmpty());
    CHECK(HealthTrend::drops({check(1, 80.0, 70.0), check(2, 70.01, 61.0)}).isEmpty()); // 9.99 and 9
}
