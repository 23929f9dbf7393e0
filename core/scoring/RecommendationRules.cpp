// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/RecommendationRules.h"

#include <QCoreApplication>

namespace pf::core::scoring {

namespace {

constexpr double Tolerance = 1e-9;

/// The 1–5 value of a rated criterion when it is at most LowRating.
std::optional<double> lowRating(const AssessmentResult &result, const QString &key)
{
    const CriterionResult *c = result.criterion(key);
    if (c && c->rating && *c->rating <= RecommendationRules::LowRating + Tolerance) {
        return c->rating;
    }
    return std::nullopt;
}

} // namespace

QList<Recommendation> RecommendationRules::evaluate(const AssessmentResult &result, const QLocale &locale)
{
    QList<Recommendation> out;
    auto score = [&locale](double value) {
        return locale.toString(value, 'f', 1);
    };
    auto rating = [&locale](double value) {
        return locale.toString(value, 'g', 3);
    };

    if (const auto similarity = result.culture.similarity; similarity && *similarity < CultureMinimum - Tolerance) {
        out.append({1, QStringLiteral("culture_gap"),
                    QCoreApplication::translate(
                        "RecommendationRules",
                        "Lesson 1 – choose the people, not just the technology: culture similarity is %1 (below %2). "
                        "Meet the partner's leadership and agree how decisions, risk and communication will work "
                        "before committing.")
                        .arg(score(*similarity), score(CultureMinimum))});
    }
    if (const auto value = lowRating(result, QStringLiteral("leadership_commitment"))) {
        out.append({1, QStringLiteral("weak_commitment"),
                    QCoreApplication::translate(
                        "RecommendationRules",
                        "Lesson 1 – choose the people, not just the technology: leadership commitment is rated %1 "
                        "(2 or less). Secure a named executive sponsor with budget before investing further.")
                        .arg(rating(*value))});
    }
    if (const auto value = lowRating(result, QStringLiteral("success_metrics_agreed"))) {
        out.append({2, QStringLiteral("no_success_metrics"),
                    QCoreApplication::translate(
                        "RecommendationRules",
                        "Lesson 2 – have a framework and work to it: agreed success metrics are rated %1 (2 or less). "
                        "Agree measurable goals and a review cadence so success or failure shows early.")
                        .arg(rating(*value))});
    }
    if (const auto value = lowRating(result, QStringLiteral("relationship_over_contract"))) {
        out.append({3, QStringLiteral("contract_policing"),
                    QCoreApplication::translate(
                        "RecommendationRules",
                        "Lesson 3 – sign contracts but never look at them again: relationship over contract is rated "
                        "%1 (2 or less). A partnership policed through its clauses is failing; rebuild shared risk "
                        "and agenda or reconsider it.")
                        .arg(rating(*value))});
    }
    if (const auto far = result.roadmap.far; far && *far < FarHorizonMinimum - Tolerance) {
        out.append({4, QStringLiteral("short_term_roadmap"),
                    QCoreApplication::translate(
                        "RecommendationRules",
                        "Lesson 4 – understand your partner's roadmap: far-horizon roadmap alignment is %1 (below %2). "
                        "Expect a short-term partnership with limited returns.")
                        .arg(score(*far), score(FarHorizonMinimum))});
    }
    const auto partnerValue = result.mutualGain.partner;
    const auto balance = result.mutualGain.balance;
    const bool lowPartnerValue = partnerValue && *partnerValue < PartnerValueMinimum - Tolerance;
    const bool unbalanced = balance && *balance < BalanceMinimum - Tolerance;
    if (lowPartnerValue || unbalanced) {
        out.append({5, QStringLiteral("partner_success"),
                    QCoreApplication::translate(
                        "RecommendationRules",
                        "Lesson 5 – make your partner successful: value to the partner is %1 and the balance of gains "
                        "is %2 (thresholds %3 and %4). Plan enablement so the partner succeeds; that brings the larger "
                        "long-term return.")
                        .arg(partnerValue ? score(*partnerValue)
                                          : QCoreApplication::translate("RecommendationRules", "not assessed"),
                             balance ? locale.toString(*balance, 'f', 2)
                                     : QCoreApplication::translate("RecommendationRules", "not assessed"),
                             score(PartnerValueMinimum), locale.toString(BalanceMinimum, 'f', 1))});
    }
    return out;
}

} // namespace pf::core::scoring
