// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace pf::core::scoring {

/** A fall of 10 points or more between two consecutive health checks, overall (empty key) or in one dimension. */
struct HealthDrop
{
    /// Dimension key; empty for the overall score.
    QString dimension;
    QDate from;
    QDate to;
    double before = 0.0;
    double after = 0.0;

    friend bool operator==(const HealthDrop &, const HealthDrop &) = default;
};

} // namespace pf::core::scoring
