// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/RoadmapItem.h"
#include "core/model/RoadmapResult.h"

#include <QList>

namespace pf::core::scoring {

/** Roadmap alignment over (theme, year) in the window Y..Y+5: direction, near/far horizons and theme lists. */
class RoadmapModel
{
public:
    static constexpr int WindowYears = 6;
    static constexpr int NearYears = 3;
    /// Far-horizon alignment below this means a short-term partnership.
    static constexpr double LongTermMinimum = 40.0;

    static double commitmentFactor(Commitment commitment);
    static double stanceFactor(Stance stance);
    /// Trimmed and case-folded, so "Cloud " and "cloud" are one theme.
    static QString normaliseTheme(const QString &theme);
    /// @p year is the assessment's year Y.
    static RoadmapResult evaluate(const QList<RoadmapItem> &home, const QList<RoadmapItem> &partner, int year);
};

} // namespace pf::core::scoring
