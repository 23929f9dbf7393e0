// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** A verdict band: an overall score at or above minimum (and below the next band) earns this label. */
struct BandThreshold
{
    QString label;
    double minimum = 0.0;

    friend bool operator==(const BandThreshold &, const BandThreshold &) = default;
};

} // namespace pf::core
