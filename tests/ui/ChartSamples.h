// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/Chart.h"

#include <memory>
#include <vector>

namespace pf::ui::charts::samples {

/// Every chart filled with plausible data for one partner (and a small portfolio for the quadrant).
std::vector<std::unique_ptr<Chart>> sampleCharts();
/// Every chart with nothing assessed.
std::vector<std::unique_ptr<Chart>> emptyCharts();

} // namespace pf::ui::charts::samples
