// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core::scoring {

/** The smallest change of one dimension weight that moves the overall across a band threshold. */
struct BandFlip
{
    QString dimension;
    double weight = 0.0;
    double newWeight = 0.0;
    /// (newWeight - weight) / weight.
    double relativeChange = 0.0;
    QString newBand;
};

} // namespace pf::core::scoring
