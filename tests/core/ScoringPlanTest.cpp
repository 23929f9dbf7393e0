// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/ScoringPlan.h"

#include "ScoringFixtures.h"
#include "core/scoring/AssessmentScorer.h"
#include "support/CatchCompat.h"
#include "support/SyntheticAssessment.h"

#include <cmath>

using namespace pf::core;
using namespace pf::core::scoring;

namespace {

void checkSame(double bulk, const std::optional<double> &reference)
{
    CHECK(std::isnan(bulk) == !reference.has_value());
    if (reference) {
        CHECK(bulk == Approx(*reference).epsilon(1e-12).margin(1e-9));
    }
}

} // namespace

TEST_CASE("The bulk scoring plan computes the same numbers as the reference scorer", "[bulk][property]")
{
    const Framework framework = pf::test::fiveLessons();
    REQUIRE_FALSE(framework.criteria.isEmpty());
    const ScoringPlan plan(framework);
    RandomGenerator random(2026);
    BulkScore bulk;
    int knockedOut = 0;
    int notAssessedRoadmaps = 0;
    for (int i = 0; i < 2000; ++i) {
        const AssessmentInput input = pf::test::syntheticAssessment(framework, random);
        const AssessmentResult reference = AssessmentScorer::score(input);
        plan.evaluate(plan.compile(input), bulk);
        INFO("assessment " << i);
        checkSame(bulk.overall, reference.overall);
        CHECK(bulk.coverage == Approx(reference.coverage).margin(1e-12));
        CHECK(bulk.confidence == reference.confidence);
        CHECK(bulk.knockedOut == reference.isKnockedOut());
        CHECK(bulk.discussCount == reference.discuss.size());
        if (!reference.isKnockedOut() && reference.overall) {
            CHECK(framework.bands.at(bulk.band).label == reference.band);
        }
        REQUIRE(bulk.dimensions.size() == std::size_t(reference.dimensions.size()));
        for (qsizetype d = 0; d < reference.dimensions.size(); ++d) {
            checkSame(bulk.dimensions[std::size_t(d)], reference.dimensions.at(d).score);
        }
        checkSame(bulk.culture, reference.culture.similarity);
        checkSame(bulk.gainIndex, reference.mutualGain.index);
        checkSame(bulk.direction, reference.roadmap.direction);
        checkSame(bulk.near, reference.roadmap.near);
        checkSame(bulk.far, reference.roadmap.far);
        knockedOut += reference.isKnockedOut();
        notAssessedRoadmaps += !reference.roadmap.direction.has_value();
    }
    // The random inputs reach the interesting branches.
    CHECK(knockedOut > 20);
    CHECK(notAssessedRoadmaps > 20);
}

TEST_CASE("The bulk plan scores the worked example like the reference", "[bulk]")
{
    const AssessmentInput input = pf::test::loadAssessment(QStringLiteral("acme-full.json"));
    REQUIRE_FALSE(input.ratings.isEmpty());
    const ScoringPlan plan(input.framework);
    BulkScore bulk;
    plan.evaluate(plan.compile(input), bulk);
    // 72.322 as computed by hand in AssessmentScorerTest.cpp; band 1 = Promising.
    CHECK(bulk.overall == Approx(72.32201385730622));
    CHECK(bulk.band == 1);
    CHECK(bulk.discussCount == 1);
    CHECK(bulk.confidence == Confidence::Medium);
}
