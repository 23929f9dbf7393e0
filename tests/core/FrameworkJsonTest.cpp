// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/FrameworkJson.h"

#include "ScoringFixtures.h"
#include "support/CatchCompat.h"

#include <QJsonArray>

using namespace pf::core;
using pf::core::io::FrameworkJson;

TEST_CASE("The built-in five-lessons framework has every key of DESIGN.md", "[framework]")
{
    const auto read = FrameworkJson::builtIn(QStringLiteral("five-lessons"));
    INFO(read.error.toString().toStdString());
    REQUIRE(read.ok());
    const Framework &f = *read.value;
    CHECK(f.version == 1);
    const QStringList dimensions = {QStringLiteral("culture"),     QStringLiteral("mutual_gain"),
                                    QStringLiteral("roadmap"),     QStringLiteral("governance"),
                                    QStringLiteral("shared_risk"), QStringLiteral("partner_success")};
    const QList<double> dimensionWeights = {25, 25, 20, 10, 10, 10};
    REQUIRE(f.dimensions.size() == 6);
    for (qsizetype i = 0; i < 6; ++i) {
        CHECK(f.dimensions.at(i).key == dimensions.at(i));
        CHECK(f.dimensions.at(i).weight == dimensionWeights.at(i));
    }
    // key, dimension, weight, computed
    const struct
    {
        const char *key;
        const char *dimension;
        double weight;
        ComputedModel model;
    } expected[] = {
        {"culture_profile_similarity", "culture", 3, ComputedModel::Culture},
        {"leadership_commitment", "culture", 2, ComputedModel::None},
        {"learning_capacity", "culture", 1, ComputedModel::None},
        {"trust_openness", "culture", 1, ComputedModel::None},
        {"mutual_gain_index", "mutual_gain", 4, ComputedModel::MutualGain},
        {"investment_symmetry", "mutual_gain", 1, ComputedModel::None},
        {"roadmap_direction", "roadmap", 3, ComputedModel::Roadmap},
        {"market_overlap_fit", "roadmap", 1, ComputedModel::None},
        {"success_metrics_agreed", "governance", 2, ComputedModel::None},
        {"communication_cadence", "governance", 1, ComputedModel::None},
        {"escalation_consensus", "governance", 1, ComputedModel::None},
        {"risk_sharing", "shared_risk", 1, ComputedModel::None},
        {"power_balance", "shared_risk", 1, ComputedModel::None},
        {"relationship_over_contract", "shared_risk", 1, ComputedModel::None},
        {"enablement_plan", "partner_success", 1, ComputedModel::None},
        {"co_selling_marketing", "partner_success", 1, ComputedModel::None},
        {"support_capacity", "partner_success", 1, ComputedModel::None},
    };
    REQUIRE(f.criteria.size() == qsizetype(std::size(expected)));
    for (qsizetype i = 0; i < f.criteria.size(); ++i) {
        const Criterion &c = f.criteria.at(i);
        INFO(c.key.toStdString());
        CHECK(c.key == QLatin1String(expected[i].key));
        CHECK(c.dimension == QLatin1String(expected[i].dimension));
        CHECK(c.weight == expected[i].weight);
        CHECK(c.model == expected[i].model);
        CHECK(c.isComputed() == (expected[i].model != ComputedModel::None));
        CHECK(c.anchors.size() == (c.isComputed() ? 0 : 5));
        CHECK_FALSE(c.name.isEmpty());
    }
    REQUIRE(f.gainInputs.size() == 6);
    for (const GainInput &g : f.gainInputs) {
        CHECK(g.anchors.size() == 5);
        CHECK(g.side == (g.key.startsWith(QStringLiteral("us_")) ? GainSide::Us : GainSide::Partner));
    }
    const QStringList axes = {QStringLiteral("decision_speed"), QStringLiteral("risk_appetite"),
                              QStringLiteral("structure"),      QStringLiteral("process_formality"),
                              QStringLiteral("time_horizon"),   QStringLiteral("innovation"),
                              QStringLiteral("communication"),  QStringLiteral("customer_focus")};
    REQUIRE(f.cultureAxes.size() == axes.size());
    for (qsizetype i = 0; i < axes.size(); ++i) {
        CHECK(f.cultureAxes.at(i).key == axes.at(i));
        CHECK(f.cultureAxes.at(i).weight == 1.0);
        CHECK(f.cultureAxes.at(i).tolerance == 1.0);
    }
    REQUIRE(f.knockouts.size() == 3);
    CHECK(f.knockouts.at(2).scale == KnockoutRule::Scale::Rating);
    CHECK(f.bandFor(75.0) == QStringLiteral("Strong fit"));
    CHECK(f.bandFor(74.999) == QStringLiteral("Promising"));
    CHECK(f.bandFor(45.0) == QStringLiteral("Conditional"));
    CHECK(f.bandFor(44.9) == QStringLiteral("Weak fit"));
}

TEST_CASE("A framework survives a JSON round trip", "[framework]")
{
    const Framework f = pf::test::fiveLessons();
    REQUIRE_FALSE(f.criteria.isEmpty());
    const auto back = FrameworkJson::fromJson(FrameworkJson::toJson(f));
    REQUIRE(back.ok());
    CHECK(*back.value == f);
}

TEST_CASE("Framework validation names the offending key", "[framework]")
{
    const QJsonObject good = FrameworkJson::toJson(pf::test::fiveLessons());
    auto withCriterion = [&good](int index, const QString &field, const QJsonValue &value) {
        QJsonObject root = good;
        QJsonArray criteria = root.value(QStringLiteral("criteria")).toArray();
        QJsonObject c = criteria.at(index).toObject();
        c.insert(field, value);
        criteria.replace(index, c);
        root.insert(QStringLiteral("criteria"), criteria);
        return FrameworkJson::fromJson(root);
    };
    auto error = withCriterion(1, QStringLiteral("dimension"), QStringLiteral("nowhere"));
    CHECK(error.error.toString() == QStringLiteral("$.criteria[1].dimension: unknown dimension 'nowhere'"));
    error = withCriterion(1, QStringLiteral("weight"), -1);
    CHECK(error.error.path == QStringLiteral("$.criteria[1].weight"));
    error = withCriterion(2, QStringLiteral("anchors"), QJsonArray{QStringLiteral("only one")});
    CHECK(error.error.path == QStringLiteral("$.criteria[2].anchors"));
    error = withCriterion(3, QStringLiteral("key"), QStringLiteral("leadership_commitment"));
    CHECK(error.error.toString() == QStringLiteral("$.criteria[3].key: duplicate key 'leadership_commitment'"));
    error = withCriterion(0, QStringLiteral("model"), QStringLiteral("astrology"));
    CHECK(error.error.path == QStringLiteral("$.criteria[0].model"));

    QJsonObject root = good;
    QJsonArray bands = root.value(QStringLiteral("bands")).toArray();
    bands.append(QJsonObject{{QStringLiteral("label"), QStringLiteral("Late")}, {QStringLiteral("minimum"), 90}});
    root.insert(QStringLiteral("bands"), bands);
    CHECK(FrameworkJson::fromJson(root).error.path == QStringLiteral("$.bands[4].minimum"));
}
