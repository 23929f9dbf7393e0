// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core::scoring {

/** One band and how often the drawn weights put the overall in it. */
struct BandProbability
{
    QString band;
    double probability = 0.0;
};

} // namespace pf::core::scoring
