// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/AssessmentScorer.h"

#include "ScoringFixtures.h"
#include "core/scoring/RandomGenerator.h"
#include "support/CatchCompat.h"
#include "support/SyntheticAssessment.h"

#include <cmath>

using namespace pf::core;
using pf::core::scoring::AssessmentScorer;
using pf::test::loadAssessment;
using pf::test::rating;

namespace {

double contributionSum(const AssessmentResult &result)
{
    double sum = 0.0;
    for (const CriterionResult &c : result.criteria) {
        sum += c.contribution.value_or(0.0);
    }
    return sum;
}

/// One dimension "d" with rated criteria a (weight 1) and b (weight 3), bands and no models.
Framework smallFramework()
{
    Framework f;
    f.key = QStringLiteral("small");
    f.dimensions = {{QStringLiteral("d"), QStringLiteral("D"), 1.0, {}}};
    const QStringList anchors(5, QStringLiteral("x"));
    f.criteria = {
        {QStringLiteral("a"), {}, QStringLiteral("d"), 1.0, CriterionKind::Rated, ComputedModel::None, anchors, {}},
        {QStringLiteral("b"), {}, QStringLiteral("d"), 3.0, CriterionKind::Rated, ComputedModel::None, anchors, {}}};
    f.bands = {{QStringLiteral("Strong fit"), 75}, {QStringLiteral("Promising"), 60}, {QStringLiteral("Weak fit"), 0}};
    return f;
}

} // namespace

TEST_CASE("The full example scores as computed by hand", "[scorer]")
{
    QString error;
    const AssessmentInput input = loadAssessment(QStringLiteral("acme-full.json"), &error);
    INFO(error.toStdString());
    REQUIRE(input.framework.key == QStringLiteral("five-lessons"));
    const AssessmentResult r = AssessmentScorer::score(input);

    // Culture axes: fits 0.8, 1, 0.6, 1, 1, 0.6, 1 (customer_focus not rated by the partner) -> 100 * 6/7 = 85.714
    const double culture = 600.0 / 7.0;
    CHECK(*r.culture.similarity == Approx(culture));
    // U = mean(75, 100, 50) = 75; P = mean(50, 75) = 62.5 (n/a skipped); M = sqrt(75 * 62.5) = 68.465
    const double gain = std::sqrt(75.0 * 62.5);
    CHECK(*r.mutualGain.index == Approx(gain));
    // h = cloud [1]*6; p = cloud [1]*6 + ai [2/3, 2/3, 0, 0, 0, 0]: cos = 6 / sqrt(6 * (6 + 8/9)), ratio capped at 1
    const double direction = 600.0 / std::sqrt(6.0 * (6.0 + 8.0 / 9.0));
    CHECK(*r.roadmap.direction == Approx(direction)); // 93.326
    CHECK(*r.roadmap.far == Approx(100.0));
    CHECK(r.roadmap.gaps == QStringList{QStringLiteral("ai")});

    // culture: (3 * 85.714 + 2 * 87.5 [median 4.5] + 50 + 50) / 7 = 76.020
    const double cultureDim = (3 * culture + 2 * 87.5 + 50 + 50) / 7;
    // mutual_gain: (4 * 68.465 + 50) / 5 = 64.772; roadmap: (3 * 93.326 + 75) / 4 = 88.744
    const double gainDim = (4 * gain + 50) / 5;
    const double roadmapDim = (3 * direction + 75) / 4;
    // governance: (2 * 25 + 75 + 50 [consensus 3]) / 4 = 43.75; shared_risk: (50 + 75) / 2 (risk_sharing n/a)
    // partner_success: (100 + 75) / 2 (co_selling not assessed)
    CHECK(*r.dimension(QStringLiteral("culture"))->score == Approx(cultureDim));
    CHECK(*r.dimension(QStringLiteral("mutual_gain"))->score == Approx(gainDim));
    CHECK(*r.dimension(QStringLiteral("roadmap"))->score == Approx(roadmapDim));
    CHECK(*r.dimension(QStringLiteral("governance"))->score == Approx(43.75));
    CHECK(*r.dimension(QStringLiteral("shared_risk"))->score == Approx(62.5));
    CHECK(*r.dimension(QStringLiteral("partner_success"))->score == Approx(87.5));
    const double overall =
        (25 * cultureDim + 25 * gainDim + 20 * roadmapDim + 10 * 43.75 + 10 * 62.5 + 10 * 87.5) / 100;
    CHECK(*r.overall == Approx(overall)); // 72.322
    CHECK(r.band == QStringLiteral("Promising"));
    // Coverage: every dimension full except partner_success 2 of 3 live -> 0.9 + 0.1 * 2/3 = 0.9667
    CHECK(r.coverage == Approx(0.9 + 0.1 * 2.0 / 3.0));
    // trust_openness 2 vs 4 is unresolved (escalation_consensus is resolved by consensus) -> Medium, not High.
    CHECK(r.discuss == QStringList{QStringLiteral("trust_openness")});
    CHECK(r.confidence == Confidence::Medium);
    CHECK(r.knockouts.isEmpty());
    CHECK(r.criterion(QStringLiteral("risk_sharing"))->notApplicable);
    CHECK(contributionSum(r) == Approx(*r.overall));
    // leadership_commitment: 25/100 * 2/7 * 87.5 = 6.25
    CHECK(*r.criterion(QStringLiteral("leadership_commitment"))->contribution == Approx(6.25));
    // success_metrics_agreed rated 2 -> lesson 2 only.
    REQUIRE(r.recommendations.size() == 1);
    CHECK(r.recommendations.at(0).lesson == 2);
    CHECK(r.recommendations.at(0).text.contains(QStringLiteral("rated 2")));
}

TEST_CASE("Knock-outs override the band with their reason", "[scorer]")
{
    AssessmentInput input = loadAssessment(QStringLiteral("acme-full.json"));
    REQUIRE_FALSE(input.ratings.isEmpty());
    SECTION("relationship_over_contract exactly 1")
    {
        input.consensus.append({QStringLiteral("relationship_over_contract"), 1.0, QStringLiteral("clauses quoted")});
        const auto r = AssessmentScorer::score(input);
        REQUIRE(r.knockouts.size() == 1);
        CHECK(r.knockouts.at(0).criterion == QStringLiteral("relationship_over_contract"));
        CHECK(r.band == QStringLiteral("Not recommended"));
        CHECK(r.overall.has_value()); // the score is still shown
        // ...and a rating of 2 is no knock-out, only a lesson-3 recommendation.
        input.consensus.last().value = 2.0;
        const auto two = AssessmentScorer::score(input);
        CHECK(two.knockouts.isEmpty());
        CHECK(std::any_of(two.recommendations.cbegin(), two.recommendations.cend(),
                          [](const Recommendation &rec) { return rec.lesson == 3; }));
    }
    SECTION("mutual gain index below 30")
    {
        // Partner inputs 1 and 2 -> P = mean(0, 25) = 12.5; M = sqrt(75 * 12.5) = 30.6 (no knock-out)
        for (Rating &r : input.ratings) {
            if (r.criterion == QStringLiteral("partner_revenue_potential")) {
                r.value = 1;
            } else if (r.criterion == QStringLiteral("partner_market_access")) {
                r.value = 2;
            }
        }
        auto r = AssessmentScorer::score(input);
        CHECK(*r.mutualGain.index == Approx(std::sqrt(75.0 * 12.5)));
        CHECK(r.knockouts.isEmpty());
        // Both 1 -> P = 0 -> M = 0 < 30
        for (Rating &rating : input.ratings) {
            if (rating.criterion == QStringLiteral("partner_market_access")) {
                rating.value = 1;
            }
        }
        r = AssessmentScorer::score(input);
        REQUIRE(r.knockouts.size() == 1);
        CHECK(r.knockouts.at(0).criterion == QStringLiteral("mutual_gain_index"));
        CHECK(r.band == QStringLiteral("Not recommended"));
        // P = 0 < 50 -> lesson 5
        CHECK(std::any_of(r.recommendations.cbegin(), r.recommendations.cend(),
                          [](const Recommendation &rec) { return rec.lesson == 5; }));
    }
    SECTION("culture similarity below 25")
    {
        input.homeCulture.values = {{QStringLiteral("decision_speed"), 1.0}};
        input.partnerCulture.values = {{QStringLiteral("decision_speed"), 7.0}};
        const auto r = AssessmentScorer::score(input);
        CHECK(*r.culture.similarity == Approx(0.0)); // |1 - 7| - 1 = 5 over 5
        CHECK(r.knockouts.size() == 1);
        CHECK(std::any_of(r.recommendations.cbegin(), r.recommendations.cend(),
                          [](const Recommendation &rec) { return rec.lesson == 1; }));
    }
}

TEST_CASE("Band thresholds include their minimum", "[scorer]")
{
    AssessmentInput input;
    input.framework = smallFramework();
    input.asOf = QDate(2026, 1, 1);
    // a = 4, b = 4 -> 75 exactly -> Strong fit
    input.ratings = {rating("a", "ana", 4), rating("b", "ana", 4)};
    auto r = AssessmentScorer::score(input);
    CHECK(*r.overall == Approx(75.0));
    CHECK(r.band == QStringLiteral("Strong fit"));
    CHECK(r.confidence == Confidence::High);
    // a = 1, b = 4 -> (0 + 3 * 75) / 4 = 56.25 -> Weak fit
    input.ratings = {rating("a", "ana", 1), rating("b", "ana", 4)};
    r = AssessmentScorer::score(input);
    CHECK(*r.overall == Approx(56.25));
    CHECK(r.band == QStringLiteral("Weak fit"));
    // Only a rated: overall 0 from a alone, coverage = 1/4 -> Low
    input.ratings = {rating("a", "ana", 1)};
    r = AssessmentScorer::score(input);
    CHECK(*r.overall == Approx(0.0));
    CHECK(r.coverage == Approx(0.25));
    CHECK(r.confidence == Confidence::Low);
}

TEST_CASE("Nothing assessed or everything not applicable gives no overall", "[scorer]")
{
    AssessmentInput input;
    input.framework = smallFramework();
    input.asOf = QDate(2026, 1, 1);
    auto r = AssessmentScorer::score(input);
    CHECK_FALSE(r.overall.has_value());
    CHECK(r.band.isEmpty());
    CHECK(r.coverage == Approx(0.0));
    CHECK(r.confidence == Confidence::Low);

    input.ratings = {{QStringLiteral("a"), QStringLiteral("ana"), RatingState::NotApplicable, 0, {}},
                     {QStringLiteral("b"), QStringLiteral("ana"), RatingState::NotApplicable, 0, {}}};
    r = AssessmentScorer::score(input);
    CHECK_FALSE(r.overall.has_value());
    CHECK(r.criteria.at(0).notApplicable);
    CHECK(r.coverage == Approx(0.0)); // no dimension has a live criterion
}

TEST_CASE("A pillar dimension is not assessed while its model is not", "[scorer]")
{
    AssessmentInput input;
    input.framework = pf::test::fiveLessons();
    input.asOf = QDate(2026, 11, 26);
    // investment_symmetry is rated but there are no mutual-gain inputs.
    input.ratings = {rating("investment_symmetry", "ana", 5), rating("enablement_plan", "ana", 3)};
    const auto r = AssessmentScorer::score(input);
    CHECK_FALSE(r.dimension(QStringLiteral("mutual_gain"))->score.has_value());
    CHECK_FALSE(r.criterion(QStringLiteral("investment_symmetry"))->contribution.has_value());
    // Only partner_success is assessed: overall = its score = 50.
    CHECK(*r.overall == Approx(50.0));
    // coverage: live dims all six (sum 100); enablement_plan 10/100 * 1/3
    CHECK(r.coverage == Approx(0.1 / 3.0));
}

TEST_CASE("Nothing is hard-wired to five-lessons: a modified framework moves the result as the formulas say",
          "[scorer]")
{
    AssessmentInput input = loadAssessment(QStringLiteral("acme-full.json"));
    REQUIRE_FALSE(input.ratings.isEmpty());
    const auto before = AssessmentScorer::score(input);

    Framework &f = input.framework;
    // Other weights: governance 10 -> 40.
    for (Dimension &d : f.dimensions) {
        if (d.key == QStringLiteral("governance")) {
            d.weight = 40;
        }
    }
    // An extra rated criterion in partner_success, weight 2, rated 1 (score 0).
    Criterion extra = f.criteria.constLast();
    extra.key = QStringLiteral("joint_training");
    extra.weight = 2;
    f.criteria.append(extra);
    input.ratings.append(rating("joint_training", "ana", 1));
    // Remove the structure axis (fit 0.6): similarity becomes (0.8 + 1 + 1 + 1 + 0.6 + 1) / 6 = 0.9
    f.cultureAxes.removeIf([](const CultureAxis &a) { return a.key == QStringLiteral("structure"); });
    input.homeCulture.values.remove(QStringLiteral("structure"));
    input.partnerCulture.values.remove(QStringLiteral("structure"));

    const auto after = AssessmentScorer::score(input);
    CHECK(*after.culture.similarity == Approx(90.0));
    const double cultureDim = (3 * 90.0 + 2 * 87.5 + 50 + 50) / 7;
    CHECK(*after.dimension(QStringLiteral("culture"))->score == Approx(cultureDim));
    // partner_success: (100 + 75 + 2 * 0) / 4 = 43.75
    CHECK(*after.dimension(QStringLiteral("partner_success"))->score == Approx(43.75));
    const double gainDim = *before.dimension(QStringLiteral("mutual_gain"))->score;
    const double roadmapDim = *before.dimension(QStringLiteral("roadmap"))->score;
    // Dimension weights now sum to 130.
    const double overall =
        (25 * cultureDim + 25 * gainDim + 20 * roadmapDim + 40 * 43.75 + 10 * 62.5 + 10 * 43.75) / 130;
    CHECK(*after.overall == Approx(overall));
    CHECK(contributionSum(after) == Approx(overall));
    CHECK(*after.overall < *before.overall);
}

TEST_CASE("Property: scaling all weights by a constant changes nothing", "[scorer][property]")
{
    AssessmentInput input = loadAssessment(QStringLiteral("acme-full.json"));
    REQUIRE_FALSE(input.ratings.isEmpty());
    const auto before = AssessmentScorer::score(input);
    for (const double factor : {0.01, 3.0, 1000.0}) {
        AssessmentInput scaled = input;
        for (Dimension &d : scaled.framework.dimensions) {
            d.weight *= factor;
        }
        for (Criterion &c : scaled.framework.criteria) {
            c.weight *= factor;
        }
        for (CultureAxis &a : scaled.framework.cultureAxes) {
            a.weight *= factor;
        }
        for (GainInput &g : scaled.framework.gainInputs) {
            g.weight *= factor;
        }
        const auto after = AssessmentScorer::score(scaled);
        CHECK(*after.overall == Approx(*before.overall).epsilon(1e-12));
        CHECK(after.coverage == Approx(before.coverage).epsilon(1e-12));
        CHECK(after.band == before.band);
        for (qsizetype i = 0; i < after.criteria.size(); ++i) {
            CHECK(after.criteria.at(i).contribution.value_or(-1) ==
                  Approx(before.criteria.at(i).contribution.value_or(-1)).epsilon(1e-12));
        }
    }
}

TEST_CASE("Property: a better rating never lowers the overall, and contributions add up", "[scorer][property]")
{
    const AssessmentInput base = loadAssessment(QStringLiteral("acme-full.json"));
    REQUIRE_FALSE(base.ratings.isEmpty());
    const double before = *AssessmentScorer::score(base).overall;
    int raised = 0;
    for (qsizetype i = 0; i < base.ratings.size(); ++i) {
        if (!base.ratings.at(i).isRated() || base.ratings.at(i).value == 5) {
            continue;
        }
        AssessmentInput better = base;
        better.ratings[i].value += 1;
        const auto result = AssessmentScorer::score(better);
        INFO(base.ratings.at(i).criterion.toStdString());
        CHECK(*result.overall >= before - 1e-9);
        CHECK(contributionSum(result) == Approx(*result.overall));
        ++raised;
    }
    CHECK(raised > 15);
}

TEST_CASE("Properties over random assessments: contributions add up, scaling weights and better ratings",
          "[scorer][property]")
{
    const Framework framework = pf::test::fiveLessons();
    REQUIRE_FALSE(framework.criteria.isEmpty());
    pf::core::scoring::RandomGenerator random(99);
    int bumped = 0;
    for (int i = 0; i < 300; ++i) {
        const AssessmentInput input = pf::test::syntheticAssessment(framework, random);
        const AssessmentResult base = AssessmentScorer::score(input);
        INFO("assessment " << i);
        if (base.overall) {
            CHECK(contributionSum(base) == Approx(*base.overall).margin(1e-9));
        }
        CHECK(base.coverage >= 0.0);
        CHECK(base.coverage <= 1.0 + 1e-12);

        // Every weight times 7: nothing changes.
        AssessmentInput scaled = input;
        for (Dimension &d : scaled.framework.dimensions) {
            d.weight *= 7;
        }
        for (Criterion &c : scaled.framework.criteria) {
            c.weight *= 7;
        }
        const AssessmentResult same = AssessmentScorer::score(scaled);
        CHECK(same.overall.has_value() == base.overall.has_value());
        if (base.overall) {
            CHECK(*same.overall == Approx(*base.overall).epsilon(1e-12));
        }
        CHECK(same.band == base.band);

        // One rating one point better never lowers the overall.
        const qsizetype k = qsizetype(random.next() % std::uint64_t(input.ratings.size()));
        if (input.ratings.at(k).isRated() && input.ratings.at(k).value < 5 && base.overall) {
            AssessmentInput better = input;
            better.ratings[k].value += 1;
            CHECK(*AssessmentScorer::score(better).overall >= *base.overall - 1e-9);
            ++bumped;
        }
    }
    CHECK(bumped > 100);
}
