// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/GainInput.h"
#include "core/model/MutualGainResult.h"

#include <QList>

#include <optional>

namespace pf::core::scoring {

/** Mutual gain: value to us U, value to the partner P, index sqrt(U·P), balance min/max and quadrant. */
class MutualGainModel
{
public:
    /// @p scores are the 0–100 scores of @p inputs, index by index (nullopt: no value, "n/a" included).
    static MutualGainResult evaluate(const QList<GainInput> &inputs, const QList<std::optional<double>> &scores);
    /// Index, balance and quadrant from U and P (both 0–100).
    static MutualGainResult fromSides(double us, double partner);
};

} // namespace pf::core::scoring
