// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pf::ui::charts {

/** The numbers and names charts show: whole scores in badges, one decimal in details, "—" when not assessed. */
class ChartFormat
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::ChartFormat)

public:
    static QString dash();
    static QString notAssessed();
    /// A whole number, or "—".
    static QString score(std::optional<double> value);
    /// One decimal, or "—".
    static QString detail(std::optional<double> value);
    /// One decimal with an explicit sign: "+5.6", "−2.0".
    static QString signedDetail(double value);
    /// A 0–1 share as a whole percentage: "62%".
    static QString percent(double fraction);
    static QString bandName(Band band);
    static QString roadmapStateName(RoadmapState state);
};

} // namespace pf::ui::charts
