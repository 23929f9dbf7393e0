// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pf::core {

/// Whether assessors rate a criterion or one of the pillar models computes it.
enum class CriterionKind { Rated, Computed };

/// The model behind a computed criterion; None for rated criteria.
enum class ComputedModel { None, Culture, MutualGain, Roadmap };

/** One criterion of a framework dimension: rated on an anchored 1–5 scale or computed by a model. */
struct Criterion
{
    QString key;
    QString name;
    /// Key of the dimension the criterion belongs to.
    QString dimension;
    /// Relative weight inside its dimension (> 0).
    double weight = 1.0;
    CriterionKind kind = CriterionKind::Rated;
    ComputedModel model = ComputedModel::None;
    /// Five anchor texts for levels 1..5 (rated criteria only; empty for computed ones).
    QStringList anchors;
    QString description;

    bool isComputed() const { return kind == CriterionKind::Computed; }

    friend bool operator==(const Criterion &, const Criterion &) = default;
};

} // namespace pf::core
