// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "support/CatchCompat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using pf::test::runCli;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(PARTNERFIT_TEST_DATA_DIR "/scoring/") + QString::fromLatin1(name);
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

TEST_CASE("score --json prints DESIGN.md's result for the full example", "[cli][score]")
{
    const auto result = runCli({QStringLiteral("score"), dataFile("acme-full.json"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = parse(result.out);
    // Hand computation in tests/core/AssessmentScorerTest.cpp: culture 76.020, mutual gain 64.772, roadmap 88.744,
    // governance 43.75, shared risk 62.5, partner success 87.5 -> weighted by 25/25/20/10/10/10 -> 72.322.
    const double culture = (3 * 600.0 / 7 + 2 * 87.5 + 100) / 7;
    const double gain = (4 * std::sqrt(75 * 62.5) + 50) / 5;
    const double roadmap = (3 * 600.0 / std::sqrt(6 * (6 + 8.0 / 9)) + 75) / 4;
    const double overall = (25 * culture + 25 * gain + 20 * roadmap + 10 * 43.75 + 10 * 62.5 + 10 * 87.5) / 100;
    CHECK(json.value(QStringLiteral("overall")).toDouble() == Approx(overall).epsilon(1e-12));
    CHECK(json.value(QStringLiteral("band")).toString() == QStringLiteral("Promising"));
    CHECK(json.value(QStringLiteral("confidence")).toString() == QStringLiteral("Medium"));
    CHECK(json.value(QStringLiteral("coverage")).toDouble() == Approx(0.9 + 0.1 * 2 / 3.0));
    const QJsonObject dimensions = json.value(QStringLiteral("dimensions")).toObject();
    CHECK(dimensions.value(QStringLiteral("governance")).toDouble() == Approx(43.75));
    const QJsonObject criteria = json.value(QStringLiteral("criteria")).toObject();
    CHECK(criteria.size() == 17); // every criterion of the framework, computed ones included
    double sum = 0;
    for (const QJsonValue &c : criteria) {
        sum += c.toObject().value(QStringLiteral("contribution")).toDouble(0.0);
    }
    CHECK(sum == Approx(overall));
    const QJsonObject leadership = criteria.value(QStringLiteral("leadership_commitment")).toObject();
    CHECK(leadership.value(QStringLiteral("score")).toDouble() == Approx(87.5)); // median(4, 5) = 4.5
    CHECK(leadership.value(QStringLiteral("assessors")).toObject().value(QStringLiteral("ben")).toInt() == 5);
    CHECK(criteria.value(QStringLiteral("co_selling_marketing")).toObject().value(QStringLiteral("score")).isNull());
    const QJsonObject mutualGain = json.value(QStringLiteral("mutualGain")).toObject();
    CHECK(mutualGain.value(QStringLiteral("us")).toDouble() == Approx(75.0));
    CHECK(mutualGain.value(QStringLiteral("partner")).toDouble() == Approx(62.5));
    CHECK(mutualGain.value(QStringLiteral("quadrant")).toString() == QStringLiteral("win-win"));
    const QJsonObject roadmapJson = json.value(QStringLiteral("roadmap")).toObject();
    CHECK(roadmapJson.value(QStringLiteral("gaps")).toArray() == QJsonArray{QStringLiteral("ai")});
    CHECK(roadmapJson.value(QStringLiteral("horizon")).toString() == QStringLiteral("long-term"));
    CHECK(json.value(QStringLiteral("discuss")).toArray() == QJsonArray{QStringLiteral("trust_openness")});
    const QJsonArray recommendations = json.value(QStringLiteral("recommendations")).toArray();
    REQUIRE(recommendations.size() == 1);
    CHECK(recommendations.at(0).toObject().value(QStringLiteral("lesson")).toInt() == 2);
}

TEST_CASE("score without --json prints a readable summary", "[cli][score]")
{
    const auto result = runCli({QStringLiteral("score"), dataFile("design-example.json")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Acme GmbH")));
    // (25 * 78.333 + 20 * 66.667) / 45 = 73.148 -> Promising
    CHECK(result.out.contains(QStringLiteral("Verdict:    Promising")));
    CHECK(result.out.contains(QStringLiteral("Overall:    73.1")));
    CHECK(result.out.contains(QStringLiteral("similarity 90.0")));
}

TEST_CASE("score reports malformed input with the file and JSON path and exits 1", "[cli][score]")
{
    const struct
    {
        const char *file;
        const char *message;
    } cases[] = {
        {"invalid-rating-7.json", "invalid-rating-7.json: $.ratings[3].value: rating 7 is outside 1–5"},
        {"invalid-duplicate-rating.json",
         "invalid-duplicate-rating.json: $.ratings[1]: assessor 'ana' already rated 'power_balance' at $.ratings[0]"},
        {"invalid-roadmap-years.json",
         "invalid-roadmap-years.json: $.home.roadmap[0].to: last year 2027 is before first year 2029"},
        {"invalid-syntax.json", "invalid-syntax.json: invalid JSON at line 3"},
        {"does-not-exist.json", "does-not-exist.json"},
    };
    for (const auto &c : cases) {
        const auto result = runCli({QStringLiteral("score"), dataFile(c.file)});
        INFO(c.file);
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QString::fromUtf8(c.message)));
        CHECK(result.out.isEmpty());
    }
}

TEST_CASE("score usage errors exit 2, --help exits 0", "[cli][score]")
{
    CHECK(runCli({QStringLiteral("score")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("score"), QStringLiteral("--frobnicate"), dataFile("acme-full.json")}).exitCode == 2);
    const auto help = runCli({QStringLiteral("score"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--json")));
}

TEST_CASE("weights --json derives AHP weights from a matrix and from judgments", "[cli][weights]")
{
    auto result = runCli({QStringLiteral("weights"), dataFile("pairwise-matrix.json"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    QJsonObject json = parse(result.out);
    // Textbook matrix (1 3 5 / 1/3 1 3 / 1/5 1/3 1): w = 0.637, 0.258, 0.105; CR = 0.033
    QJsonObject weights = json.value(QStringLiteral("weights")).toObject();
    CHECK(weights.value(QStringLiteral("culture")).toDouble() == Approx(0.637).margin(0.0005));
    CHECK(weights.value(QStringLiteral("roadmap")).toDouble() == Approx(0.105).margin(0.0005));
    CHECK(json.value(QStringLiteral("cr")).toDouble() == Approx(0.033).margin(0.0005));
    CHECK(json.value(QStringLiteral("lambdaMax")).toDouble() == Approx(3.039).margin(0.0005));
    CHECK(json.value(QStringLiteral("mostInconsistent")).isObject());

    result = runCli({QStringLiteral("weights"), dataFile("pairwise-judgments.json"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    json = parse(result.out);
    // culture:mutual_gain = sqrt(2 * 8) = 4, culture:roadmap = 1/0.25 = 4, mutual_gain:roadmap = 1 -> 4:1:1
    weights = json.value(QStringLiteral("weights")).toObject();
    CHECK(weights.value(QStringLiteral("culture")).toDouble() == Approx(4.0 / 6.0));
    CHECK(weights.value(QStringLiteral("mutual_gain")).toDouble() == Approx(1.0 / 6.0));
    CHECK(json.value(QStringLiteral("cr")).toDouble() == Approx(0.0).margin(1e-9));
}

TEST_CASE("weights rejects a non-reciprocal matrix with the JSON path", "[cli][weights]")
{
    const auto result = runCli({QStringLiteral("weights"), dataFile("invalid-pairwise-nonreciprocal.json")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(
        QStringLiteral("invalid-pairwise-nonreciprocal.json: $.matrix[1][0]: 0.5 is not the reciprocal of 3")));
    CHECK(runCli({QStringLiteral("weights")}).exitCode == 2);
}

TEST_CASE("score --sensitivity adds the tornado, band probabilities and the smallest band flip", "[cli][score]")
{
    const QStringList arguments = {QStringLiteral("score"),   dataFile("acme-full.json"),
                                   QStringLiteral("--json"),  QStringLiteral("--sensitivity"),
                                   QStringLiteral("--draws"), QStringLiteral("2000")};
    const auto first = runCli(arguments);
    REQUIRE(first.exitCode == 0);
    const QJsonObject sensitivity = parse(first.out).value(QStringLiteral("sensitivity")).toObject();
    // Same seed, same numbers.
    CHECK(runCli(arguments).out == first.out);

    double total = 0;
    const QJsonObject bands = sensitivity.value(QStringLiteral("bandProbabilities")).toObject();
    for (const QJsonValue &p : bands) {
        total += p.toDouble();
    }
    CHECK(total == Approx(1.0));
    CHECK(bands.value(QStringLiteral("Promising")).toDouble() > 0.9);

    // Governance (43.75) is the cheapest lever: the other dimensions give A = 7232.2 - 437.5 = 6794.7 over B = 90,
    // and (6794.7 + 43.75 x) / (90 + x) = 75 at x = (6794.7 - 6750) / 31.25 = 1.430 (weight 10 -> 1.43, -85.7%).
    const double others = 72.32201385730622 * 100 - 10 * 43.75;
    const QJsonObject flip = sensitivity.value(QStringLiteral("smallestBandFlip")).toObject();
    CHECK(flip.value(QStringLiteral("dimension")).toString() == QStringLiteral("governance"));
    CHECK(flip.value(QStringLiteral("newWeight")).toDouble() == Approx((others - 75 * 90) / (75 - 43.75)));
    CHECK(flip.value(QStringLiteral("newBand")).toString() == QStringLiteral("Strong fit"));

    // Governance x1.2: (6794.7 + 12 * 43.75) / 102 = 71.762
    const QJsonArray swings = sensitivity.value(QStringLiteral("oneAtATime")).toArray();
    REQUIRE(swings.size() == 6);
    CHECK(swings.at(3).toObject().value(QStringLiteral("upper")).toDouble() == Approx((others + 12 * 43.75) / 102));

    CHECK(runCli({QStringLiteral("score"), dataFile("acme-full.json"), QStringLiteral("--sensitivity"),
                  QStringLiteral("--draws"), QStringLiteral("many")})
              .exitCode == 2);
}

TEST_CASE("score accepts a whole framework object instead of a built-in key", "[cli][score]")
{
    // DESIGN.md's example with the culture dimension weighted 20 instead of 25: culture 78.333 and roadmap 66.667
    // now count equally -> (78.333 + 66.667) / 2 = 72.5 (with the built-in weights it is 73.148).
    const auto result = runCli({QStringLiteral("score"), dataFile("custom-framework.json"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = parse(result.out);
    CHECK(json.value(QStringLiteral("overall")).toDouble() == Approx((470.0 / 6 + 200.0 / 3) / 2));
    CHECK(json.value(QStringLiteral("dimensions")).toObject().value(QStringLiteral("culture")).toDouble() ==
          Approx(470.0 / 6)); // (3 * 90 + 2 * 75 + 50) / 6
}
