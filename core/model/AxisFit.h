// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pf::core {

/** One axis of the culture comparison: both positions and the fit 0..1 (nullopt unless rated on both sides). */
struct AxisFit
{
    QString axis;
    std::optional<double> home;
    std::optional<double> partner;
    std::optional<double> fit;

    friend bool operator==(const AxisFit &, const AxisFit &) = default;
};

} // namespace pf::core
