// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core::scoring {

/** One dimension of the tornado chart: the overall with that dimension's weight ×0.8 and ×1.2. */
struct WeightSwing
{
    QString dimension;
    double lower = 0.0;
    double upper = 0.0;
};

} // namespace pf::core::scoring
