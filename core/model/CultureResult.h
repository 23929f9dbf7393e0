// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AxisFit.h"

#include <QList>
#include <QString>

#include <optional>

namespace pf::core {

/** Output of the culture model: similarity 0–100 and the per-axis fits. */
struct CultureResult
{
    std::optional<double> similarity;
    QList<AxisFit> axes;

    friend bool operator==(const CultureResult &, const CultureResult &) = default;
};

} // namespace pf::core
