// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"

#include <vector>

namespace pf::core::scoring {

/** The numbers of a scored assessment without any text: what portfolios and what-if runs need. NaN = not assessed. */
struct BulkScore
{
    double overall = 0.0;
    double coverage = 0.0;
    /// Index into the framework's bands; -1 when nothing is assessed. Meaningless when knockedOut.
    int band = -1;
    bool knockedOut = false;
    Confidence confidence = Confidence::Low;
    int discussCount = 0;
    std::vector<double> dimensions;
    double culture = 0.0;
    double us = 0.0;
    double partner = 0.0;
    double gainIndex = 0.0;
    double direction = 0.0;
    double near = 0.0;
    double far = 0.0;
};

} // namespace pf::core::scoring
