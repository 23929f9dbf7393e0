// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/HealthTrend.h"

#include <algorithm>

namespace pf::core::scoring {

QList<HealthDrop> HealthTrend::drops(QList<Check> checks)
{
    std::stable_sort(checks.begin(), checks.end(), [](const Check &a, const Check &b) { return a.date < b.date; });
    QList<HealthDrop> out;
    auto compare = [&out](const QString &key, const Check &a, const Check &b, const std::optional<double> &before,
                          const std::optional<double> &after) {
        if (before && after && *before - *after >= DropThreshold - 1e-9) {
            out.append({key, a.date, b.date, *before, *after});
        }
    };
    for (qsizetype i = 1; i < checks.size(); ++i) {
        const Check &a = checks.at(i - 1);
        const Check &b = checks.at(i);
        compare(QString(), a, b, a.result.overall, b.result.overall);
        for (const DimensionResult &d : b.result.dimensions) {
            if (const DimensionResult *previous = a.result.dimension(d.key)) {
                compare(d.key, a, b, previous->score, d.score);
            }
        }
    }
    return out;
}

} // namespace pf::core::scoring
