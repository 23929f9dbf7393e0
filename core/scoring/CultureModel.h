// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/CultureAxis.h"
#include "core/model/CultureProfile.h"
#include "core/model/CultureResult.h"

#include <QList>

namespace pf::core::scoring {

/** Culture similarity: per-axis fit with tolerance, weighted over the axes rated on both sides. */
class CultureModel
{
public:
    /// f = 1 - max(0, |home - partner| - t) / (6 - t); 1 when t >= 6.
    static double axisFit(double home, double partner, double tolerance);
    static CultureResult evaluate(const QList<CultureAxis> &axes, const CultureProfile &home,
                                  const CultureProfile &partner);
};

} // namespace pf::core::scoring
