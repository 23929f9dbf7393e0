// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"
#include "core/scoring/HealthDrop.h"

#include <QDate>
#include <QList>

namespace pf::core::scoring {

/** Health over time: flags drops of 10 points or more between consecutive checks. Pure. */
class HealthTrend
{
public:
    static constexpr double DropThreshold = 10.0;

    /** One dated, scored check. */
    struct Check
    {
        QDate date;
        AssessmentResult result;
    };

    /// @p checks in any order; they are compared in date order. A score that is not assessed in either check of a
    /// pair is skipped (no drop is claimed from missing data).
    static QList<HealthDrop> drops(QList<Check> checks);
};

} // namespace pf::core::scoring
