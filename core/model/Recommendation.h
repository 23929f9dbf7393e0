// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** Advice tied to one of the five lessons (1..5), citing the numbers that triggered it. */
struct Recommendation
{
    int lesson = 0;
    /// Stable identifier of the rule, e.g. "culture_gap".
    QString rule;
    QString text;

    friend bool operator==(const Recommendation &, const Recommendation &) = default;
};

} // namespace pf::core
