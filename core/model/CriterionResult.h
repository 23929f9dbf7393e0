// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessorValue.h"
#include "core/model/Rating.h"

#include <QList>
#include <QString>

#include <optional>

namespace pf::core {

/** The scored outcome of one criterion or mutual-gain input. */
struct CriterionResult
{
    QString key;
    /// Dimension key; empty for mutual-gain inputs.
    QString dimension;
    bool computed = false;
    /// Assessors said "n/a" and nobody gave a number.
    bool notApplicable = false;
    /// 0–100; nullopt when not assessed or not applicable.
    std::optional<double> score;
    /// The 1–5 value behind a rated score (consensus if any, else the aggregate).
    std::optional<double> rating;
    /// Share of the overall; nullopt when the criterion does not count.
    std::optional<double> contribution;
    QList<AssessorValue> assessors;
    /// Numbers spread by 2 points or more and no consensus resolved it.
    bool discuss = false;
    std::optional<double> consensus;
    QString rationale;

    friend bool operator==(const CriterionResult &, const CriterionResult &) = default;
};

} // namespace pf::core
