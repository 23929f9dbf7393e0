// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pf::core {

/** One dimension's score (nullopt when not assessed) and its framework weight. */
struct DimensionResult
{
    QString key;
    double weight = 0.0;
    std::optional<double> score;

    friend bool operator==(const DimensionResult &, const DimensionResult &) = default;
};

} // namespace pf::core
