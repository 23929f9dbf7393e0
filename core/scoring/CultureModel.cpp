// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/CultureModel.h"

#include <algorithm>
#include <cmath>

namespace pf::core::scoring {

double CultureModel::axisFit(double home, double partner, double tolerance)
{
    if (tolerance >= 6.0 - 1e-9) {
        return 1.0;
    }
    return 1.0 - std::max(0.0, std::abs(home - partner) - tolerance) / (6.0 - tolerance);
}

CultureResult CultureModel::evaluate(const QList<CultureAxis> &axes, const CultureProfile &home,
                                     const CultureProfile &partner)
{
    CultureResult result;
    double weighted = 0.0;
    double weights = 0.0;
    for (const CultureAxis &axis : axes) {
        AxisFit fit{axis.key, home.value(axis.key), partner.value(axis.key), std::nullopt};
        if (fit.home && fit.partner) {
            fit.fit = axisFit(*fit.home, *fit.partner, axis.tolerance);
            weighted += axis.weight * *fit.fit;
            weights += axis.weight;
        }
        result.axes.append(fit);
    }
    if (weights > 0.0) {
        result.similarity = 100.0 * weighted / weights;
    }
    return result;
}

} // namespace pf::core::scoring
