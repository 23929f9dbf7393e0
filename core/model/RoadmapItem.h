// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/// How firm a roadmap item is: exploring 1/3, planned 2/3, committed 1.
enum class Commitment { Exploring, Planned, Committed };

/// What a side does on a theme: invest +1, maintain +0.5, divest -1.
enum class Stance { Invest, Maintain, Divest };

/** One roadmap entry: a theme over a span of years with a commitment and a stance. */
struct RoadmapItem
{
    QString theme;
    int from = 0;
    /// Last year, inclusive (to >= from).
    int to = 0;
    Commitment commitment = Commitment::Planned;
    Stance stance = Stance::Invest;

    friend bool operator==(const RoadmapItem &, const RoadmapItem &) = default;
};

} // namespace pf::core
