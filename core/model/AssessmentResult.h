// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/CriterionResult.h"
#include "core/model/CultureResult.h"
#include "core/model/DimensionResult.h"
#include "core/model/KnockoutResult.h"
#include "core/model/MutualGainResult.h"
#include "core/model/Recommendation.h"
#include "core/model/RoadmapResult.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pf::core {

/// How far the result can be trusted (coverage and unresolved discuss flags).
enum class Confidence { Low, Medium, High };

/** The full outcome of scoring one assessment. */
struct AssessmentResult
{
    /// 0–100, nullopt when no dimension is assessed.
    std::optional<double> overall;
    /// Band label, "Not recommended" when a knock-out fired, empty when nothing is assessed.
    QString band;
    Confidence confidence = Confidence::Low;
    /// Share 0..1 of the weight that is scored.
    double coverage = 0.0;
    /// In framework order.
    QList<DimensionResult> dimensions;
    /// Every criterion of the framework, in framework order.
    QList<CriterionResult> criteria;
    /// Every mutual-gain input, in framework order.
    QList<CriterionResult> gainInputs;
    CultureResult culture;
    MutualGainResult mutualGain;
    RoadmapResult roadmap;
    QList<KnockoutResult> knockouts;
    /// Keys with an unresolved discuss flag (criteria and inputs), in framework order.
    QStringList discuss;
    QList<Recommendation> recommendations;

    bool isKnockedOut() const { return !knockouts.isEmpty(); }
    const CriterionResult *criterion(const QString &key) const;
    const DimensionResult *dimension(const QString &key) const;

    friend bool operator==(const AssessmentResult &, const AssessmentResult &) = default;
};

} // namespace pf::core
