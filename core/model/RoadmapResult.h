// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

namespace pf::core {

/// Expected duration of the partnership from far-horizon roadmap alignment.
enum class ExpectedHorizon { Unknown, ShortTerm, LongTerm };

/** Output of the roadmap model: alignment over the window and both horizons, theme lists and expected horizon. */
struct RoadmapResult
{
    std::optional<double> direction;
    std::optional<double> near;
    std::optional<double> far;
    /// Normalised theme keys (trimmed, lower case), sorted.
    QStringList shared;
    QStringList conflicts;
    QStringList gaps;
    ExpectedHorizon horizon = ExpectedHorizon::Unknown;

    friend bool operator==(const RoadmapResult &, const RoadmapResult &) = default;
};

} // namespace pf::core
