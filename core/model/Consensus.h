// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** A value agreed in discussion for one criterion; replaces the aggregate of the individual ratings. */
struct Consensus
{
    QString criterion;
    /// On the 1–5 scale (1 <= value <= 5).
    double value = 1.0;
    QString rationale;

    friend bool operator==(const Consensus &, const Consensus &) = default;
};

} // namespace pf::core
