// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pf::core {

/** One weighted dimension of a framework, e.g. "culture" (Cultural fit). */
struct Dimension
{
    QString key;
    QString name;
    /// Relative weight among the framework's dimensions (> 0; only ratios matter).
    double weight = 1.0;
    QString description;

    friend bool operator==(const Dimension &, const Dimension &) = default;
};

} // namespace pf::core
