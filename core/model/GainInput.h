// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pf::core {

/// Whose gain a mutual-gain input measures.
enum class GainSide { Us, Partner };

/** A rated 1–5 input of the mutual-gain model, e.g. "us_revenue_potential". */
struct GainInput
{
    QString key;
    QString name;
    GainSide side = GainSide::Us;
    /// Relative weight among the inputs of the same side (> 0).
    double weight = 1.0;
    /// Five anchor texts for levels 1..5.
    QStringList anchors;
    QString description;

    friend bool operator==(const GainInput &, const GainInput &) = default;
};

} // namespace pf::core
