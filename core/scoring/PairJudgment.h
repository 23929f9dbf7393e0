// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core::scoring {

/** One assessor's judgment that item a is value times as important as item b (Saaty 1–9 scale). */
struct PairJudgment
{
    QString a;
    QString b;
    double value = 1.0;
    QString assessor;
};

} // namespace pf::core::scoring
