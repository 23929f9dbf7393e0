// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/AssessmentJson.h"

#include "ScoringFixtures.h"
#include "support/CatchCompat.h"

using namespace pf::core;
using pf::core::io::AssessmentJson;

namespace {

/// DESIGN.md's example with @p ratings as the ratings list (a JSON fragment).
QByteArray document(const char *ratings, const char *partnerCulture = "{ \"decision_speed\": 3 }",
                    const char *roadmap = "[]")
{
    return QByteArray(R"({ "format": "partnerfit.assessment", "version": 1, "asOf": "2026-11-26",
        "framework": "five-lessons", "aggregation": "median",
        "home": { "culture": { "decision_speed": 5 } },
        "partner": { "name": "Acme", "culture": )") +
           partnerCulture + R"(, "roadmap": )" + roadmap + R"( },
        "ratings": )" +
           ratings + "}";
}

QString errorOf(const QByteArray &data)
{
    const auto result = AssessmentJson::fromBytes(data);
    return result.ok() ? QString() : result.error.toString();
}

} // namespace

TEST_CASE("Reading DESIGN.md's example assessment", "[assessmentjson]")
{
    QString error;
    const AssessmentInput input = pf::test::loadAssessment(QStringLiteral("design-example.json"), &error);
    INFO(error.toStdString());
    REQUIRE(input.framework.key == QStringLiteral("five-lessons"));
    CHECK(input.asOf == QDate(2026, 11, 26));
    CHECK(input.partnerName == QStringLiteral("Acme GmbH"));
    CHECK(*input.partnerCulture.value(QStringLiteral("decision_speed")) == 3.0);
    REQUIRE(input.ratings.size() == 2);
    CHECK(input.ratings.at(0).value == 4);
    CHECK(input.ratings.at(0).note == QStringLiteral("CEO sponsors it"));
    CHECK(input.ratings.at(1).state == RatingState::NotApplicable);
    REQUIRE(input.partnerRoadmap.size() == 1);
    CHECK(input.partnerRoadmap.at(0).commitment == Commitment::Planned);
    REQUIRE(input.consensus.size() == 1);
    CHECK(input.consensus.at(0).rationale == QStringLiteral("agreed in review"));
}

TEST_CASE("An assessment survives a JSON round trip", "[assessmentjson]")
{
    const AssessmentInput input = pf::test::loadAssessment(QStringLiteral("acme-full.json"));
    REQUIRE_FALSE(input.ratings.isEmpty());
    const auto back = AssessmentJson::fromJson(AssessmentJson::toJson(input));
    REQUIRE(back.ok());
    CHECK(*back.value == input);
    // A modified framework is written whole, not by key.
    AssessmentInput modified = input;
    modified.framework.dimensions[0].weight = 50;
    const QJsonObject json = AssessmentJson::toJson(modified);
    CHECK(json.value(QStringLiteral("framework")).isObject());
    CHECK(*AssessmentJson::fromJson(json).value == modified);
}

TEST_CASE("Input errors name the JSON path of the offending value", "[assessmentjson]")
{
    CHECK(errorOf(document(R"([ {"criterion": "trust_openness", "assessor": "ana", "value": 7} ])")) ==
          QStringLiteral("$.ratings[0].value: rating 7 is outside 1–5"));
    CHECK(errorOf(document(R"([ {"criterion": "trust_openness", "assessor": "ana", "value": 0} ])")) ==
          QStringLiteral("$.ratings[0].value: rating 0 is outside 1–5"));
    CHECK(errorOf(document(R"([ {"criterion": "trust_openness", "assessor": "ana", "value": 3.5} ])")) ==
          QStringLiteral("$.ratings[0].value: rating 3.5 is not a whole number 1–5"));
    CHECK(errorOf(document(R"([ {"criterion": "trust_openness", "assessor": "ana", "value": "high"} ])")) ==
          QStringLiteral("$.ratings[0].value: expected a rating 1–5, \"n/a\" or null"));
    CHECK(errorOf(document(R"([ {"criterion": "trust_openness", "assessor": "ana", "value": 3},
                                {"criterion": "trust_openness", "assessor": "ana", "value": 4} ])")) ==
          QStringLiteral("$.ratings[1]: assessor 'ana' already rated 'trust_openness' at $.ratings[0]"));
    CHECK(errorOf(document(R"([ {"criterion": "charisma", "assessor": "ana", "value": 3} ])")) ==
          QStringLiteral("$.ratings[0].criterion: unknown criterion 'charisma'"));
    CHECK(errorOf(document(R"([ {"criterion": "mutual_gain_index", "assessor": "ana", "value": 3} ])"))
              .startsWith(QStringLiteral("$.ratings[0].criterion: criterion 'mutual_gain_index' is computed")));
    CHECK(errorOf(document("[]", R"({ "charisma": 3 })")) ==
          QStringLiteral("$.partner.culture.charisma: unknown culture axis 'charisma'"));
    CHECK(errorOf(document("[]", R"({ "structure": 8 })")) ==
          QStringLiteral("$.partner.culture.structure: culture value 8 is outside 1–7"));
    CHECK(errorOf(document(
              "[]", "{}",
              R"([ {"theme": "cloud", "from": 2028, "to": 2027, "commitment": "planned", "stance": "invest"} ])")) ==
          QStringLiteral("$.partner.roadmap[0].to: last year 2027 is before first year 2028"));
    CHECK(errorOf(
              document("[]", "{}",
                       R"([ {"theme": "cloud", "from": 2026, "to": 2027, "commitment": "sure", "stance": "invest"} ])"))
              .startsWith(QStringLiteral("$.partner.roadmap[0].commitment: unknown commitment 'sure'")));
    CHECK(errorOf(document(
                      "[]", "{}",
                      R"([ {"theme": "cloud", "from": 2026, "to": 2027, "commitment": "planned", "stance": "hold"} ])"))
              .startsWith(QStringLiteral("$.partner.roadmap[0].stance: unknown stance 'hold'")));
    CHECK(errorOf("{ \"format\": ").startsWith(QStringLiteral("invalid JSON at line 1")));
    CHECK(errorOf(R"({ "format": "partnerfit.pairwise", "version": 1 })") ==
          QStringLiteral("$.format: expected \"partnerfit.assessment\", not \"partnerfit.pairwise\""));
    // A valid document has no error.
    CHECK(errorOf(document(R"([ {"criterion": "trust_openness", "assessor": "ana", "value": null} ])")).isEmpty());
}
