// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** One 1–7 semantic-differential culture axis with two named poles, a weight and a tolerance. */
struct CultureAxis
{
    QString key;
    /// Label of value 1, e.g. "Deliberate".
    QString lowPole;
    /// Label of value 7, e.g. "Fast".
    QString highPole;
    /// Importance weight (> 0).
    double weight = 1.0;
    /// Distance in points (0..6) that still counts as a full fit.
    double tolerance = 1.0;

    friend bool operator==(const CultureAxis &, const CultureAxis &) = default;
};

} // namespace pf::core
