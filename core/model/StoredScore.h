// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace pf::core {

/** The cached headline of a finalised assessment's score; recomputing from the stored inputs reproduces it. */
struct StoredScore
{
    /// 0–100, nullopt when not assessed.
    std::optional<double> overall;
    QString band;
    /// "High", "Medium" or "Low".
    QString confidence;
    double coverage = 0.0;
    QString computedAt;

    friend bool operator==(const StoredScore &, const StoredScore &) = default;
};

} // namespace pf::core
