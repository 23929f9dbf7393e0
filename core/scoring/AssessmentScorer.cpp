// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/AssessmentScorer.h"

#include "core/scoring/CultureModel.h"
#include "core/scoring/MutualGainModel.h"
#include "core/scoring/RatingAggregator.h"
#include "core/scoring/RecommendationRules.h"
#include "core/scoring/RoadmapModel.h"

#include <QCoreApplication>
#include <QHash>

namespace pf::core::scoring {

namespace {

constexpr double Tolerance = 1e-9;

bool meets(const KnockoutRule &rule, double value)
{
    switch (rule.comparison) {
    case KnockoutRule::Comparison::Below:
        return value < rule.threshold - Tolerance;
    case KnockoutRule::Comparison::AtMost:
        return value <= rule.threshold + Tolerance;
    case KnockoutRule::Comparison::Equal:
        return std::abs(value - rule.threshold) <= Tolerance;
    }
    return false;
}

QString comparisonText(KnockoutRule::Comparison comparison)
{
    switch (comparison) {
    case KnockoutRule::Comparison::Below:
        return QCoreApplication::translate("AssessmentScorer", "below");
    case KnockoutRule::Comparison::AtMost:
        return QCoreApplication::translate("AssessmentScorer", "at most");
    case KnockoutRule::Comparison::Equal:
        return QCoreApplication::translate("AssessmentScorer", "exactly");
    }
    return {};
}

} // namespace

AssessmentResult AssessmentScorer::score(const AssessmentInput &input, const QLocale &locale)
{
    const Framework &framework = input.framework;
    AssessmentResult result;

    // Only well-formed ratings take part; the validator reports the others.
    // Grouped by key once, so each criterion sees only its own ratings (in input order).
    QHash<QString, QList<Rating>> ratings;
    ratings.reserve(input.framework.criteria.size() + input.framework.gainInputs.size());
    for (const Rating &rating : input.ratings) {
        if (!rating.isRated() || (rating.value >= 1 && rating.value <= 5)) {
            ratings[rating.criterion].append(rating);
        }
    }
    QHash<QString, const Consensus *> consensus;
    for (const Consensus &c : input.consensus) {
        if (c.value >= 1.0 && c.value <= 5.0 && !consensus.contains(c.criterion)) {
            consensus.insert(c.criterion, &c);
        }
    }

    QList<std::optional<double>> gainScores;
    for (const GainInput &gain : framework.gainInputs) {
        result.gainInputs.append(RatingAggregator::evaluate(gain.key, ratings.value(gain.key), input.aggregation,
                                                            consensus.value(gain.key, nullptr)));
        gainScores.append(result.gainInputs.constLast().score);
    }
    result.culture = CultureModel::evaluate(framework.cultureAxes, input.homeCulture, input.partnerCulture);
    result.mutualGain = MutualGainModel::evaluate(framework.gainInputs, gainScores);
    result.roadmap = RoadmapModel::evaluate(input.homeRoadmap, input.partnerRoadmap, input.asOf.year());

    for (const Criterion &criterion : framework.criteria) {
        CriterionResult c;
        if (criterion.isComputed()) {
            c.key = criterion.key;
            c.computed = true;
            switch (criterion.model) {
            case ComputedModel::Culture:
                c.score = result.culture.similarity;
                break;
            case ComputedModel::MutualGain:
                c.score = result.mutualGain.index;
                break;
            case ComputedModel::Roadmap:
                c.score = result.roadmap.direction;
                break;
            case ComputedModel::None:
                break;
            }
        } else {
            c = RatingAggregator::evaluate(criterion.key, ratings.value(criterion.key), input.aggregation,
                                           consensus.value(criterion.key, nullptr));
        }
        c.dimension = criterion.dimension;
        result.criteria.append(c);
    }

    // Dimensions: weighted mean of scored criteria; a dimension whose computed criterion is not assessed is not
    // assessed either (its pillar model is the point of it).
    struct Sums
    {
        double scoredWeight = 0.0;
        double weightedScore = 0.0;
        double liveWeight = 0.0;
        bool blocked = false;
    };
    QList<Sums> sums(framework.dimensions.size());
    auto dimensionIndex = [&framework](const QString &key) {
        for (qsizetype i = 0; i < framework.dimensions.size(); ++i) {
            if (framework.dimensions.at(i).key == key) {
                return i;
            }
        }
        return qsizetype(-1);
    };
    QList<qsizetype> criterionDimension;
    for (qsizetype i = 0; i < framework.criteria.size(); ++i) {
        const Criterion &criterion = framework.criteria.at(i);
        const CriterionResult &c = result.criteria.at(i);
        const qsizetype d = dimensionIndex(criterion.dimension);
        criterionDimension.append(d);
        if (d < 0) {
            continue;
        }
        Sums &s = sums[d];
        if (!c.notApplicable) {
            s.liveWeight += criterion.weight;
        }
        if (c.score) {
            s.scoredWeight += criterion.weight;
            s.weightedScore += criterion.weight * *c.score;
        } else if (criterion.isComputed()) {
            s.blocked = true;
        }
    }
    double assessedWeight = 0.0;
    double weightedOverall = 0.0;
    double liveDimensionWeight = 0.0;
    for (qsizetype d = 0; d < framework.dimensions.size(); ++d) {
        const Dimension &dimension = framework.dimensions.at(d);
        DimensionResult r{dimension.key, dimension.weight, std::nullopt};
        const Sums &s = sums.at(d);
        if (!s.blocked && s.scoredWeight > 0.0) {
            r.score = s.weightedScore / s.scoredWeight;
            assessedWeight += dimension.weight;
            weightedOverall += dimension.weight * *r.score;
        }
        if (s.liveWeight > 0.0) {
            liveDimensionWeight += dimension.weight;
        }
        result.dimensions.append(r);
    }
    if (assessedWeight > 0.0) {
        result.overall = weightedOverall / assessedWeight;
    }

    // Contributions add up to the overall; coverage is the share of live weight that is scored.
    for (qsizetype i = 0; i < framework.criteria.size(); ++i) {
        const qsizetype d = criterionDimension.at(i);
        CriterionResult &c = result.criteria[i];
        if (d < 0 || !c.score || !result.dimensions.at(d).score) {
            continue;
        }
        const double dimensionWeight = framework.dimensions.at(d).weight;
        const double criterionWeight = framework.criteria.at(i).weight;
        c.contribution = dimensionWeight / assessedWeight * criterionWeight / sums.at(d).scoredWeight * *c.score;
        if (liveDimensionWeight > 0.0 && sums.at(d).liveWeight > 0.0) {
            result.coverage += dimensionWeight / liveDimensionWeight * criterionWeight / sums.at(d).liveWeight;
        }
    }

    for (const KnockoutRule &rule : framework.knockouts) {
        const CriterionResult *c = result.criterion(rule.criterion);
        if (!c) {
            continue;
        }
        const std::optional<double> value = rule.scale == KnockoutRule::Scale::Score ? c->score : c->rating;
        if (value && meets(rule, *value)) {
            const QString numbers = QCoreApplication::translate("AssessmentScorer", "%1 is %2, knock-out when %3 %4")
                                        .arg(rule.criterion, locale.toString(*value, 'f', 1),
                                             comparisonText(rule.comparison), locale.toString(rule.threshold, 'g', 6));
            result.knockouts.append(
                {rule.criterion,
                 rule.reason.isEmpty() ? numbers : rule.reason + QStringLiteral(" (") + numbers + QLatin1Char(')')});
        }
    }

    for (const CriterionResult &c : result.criteria) {
        if (c.discuss) {
            result.discuss.append(c.key);
        }
    }
    for (const CriterionResult &c : result.gainInputs) {
        if (c.discuss) {
            result.discuss.append(c.key);
        }
    }

    if (result.isKnockedOut()) {
        result.band = QCoreApplication::translate("AssessmentScorer", "Not recommended");
    } else if (result.overall) {
        result.band = framework.bandFor(*result.overall);
    }
    if (result.coverage >= 0.9 - Tolerance && result.discuss.isEmpty()) {
        result.confidence = Confidence::High;
    } else if (result.coverage >= 0.7 - Tolerance) {
        result.confidence = Confidence::Medium;
    } else {
        result.confidence = Confidence::Low;
    }
    result.recommendations = RecommendationRules::evaluate(result, locale);
    return result;
}

std::optional<double> AssessmentScorer::overallWithWeights(const AssessmentResult &result, const QList<double> &weights)
{
    double weighted = 0.0;
    double total = 0.0;
    for (qsizetype d = 0; d < result.dimensions.size() && d < weights.size(); ++d) {
        if (result.dimensions.at(d).score) {
            weighted += weights.at(d) * *result.dimensions.at(d).score;
            total += weights.at(d);
        }
    }
    if (total <= 0.0) {
        return std::nullopt;
    }
    return weighted / total;
}

} // namespace pf::core::scoring
