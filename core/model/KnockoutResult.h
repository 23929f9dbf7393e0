// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** A knock-out rule that fired, with the reason to show. */
struct KnockoutResult
{
    QString criterion;
    QString reason;

    friend bool operator==(const KnockoutResult &, const KnockoutResult &) = default;
};

} // namespace pf::core
