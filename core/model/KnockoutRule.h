// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** A knock-out: when a criterion's value meets the condition the verdict becomes "Not recommended". */
struct KnockoutRule
{
    /// How the criterion's value is compared with the threshold (all with a 1e-9 tolerance).
    enum class Comparison { Below, AtMost, Equal };
    /// Which value is compared: the 0–100 score, or the 1–5 aggregate (consensus if any) of a rated criterion.
    enum class Scale { Score, Rating };

    QString criterion;
    Comparison comparison = Comparison::Below;
    Scale scale = Scale::Score;
    double threshold = 0.0;
    /// Shown to the user when the knock-out fires.
    QString reason;

    friend bool operator==(const KnockoutRule &, const KnockoutRule &) = default;
};

} // namespace pf::core
