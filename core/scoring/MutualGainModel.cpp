// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/MutualGainModel.h"

#include <algorithm>
#include <cmath>

namespace pf::core::scoring {

MutualGainResult MutualGainModel::evaluate(const QList<GainInput> &inputs, const QList<std::optional<double>> &scores)
{
    double sum[2] = {0.0, 0.0};
    double weight[2] = {0.0, 0.0};
    for (qsizetype i = 0; i < inputs.size() && i < scores.size(); ++i) {
        if (!scores.at(i)) {
            continue;
        }
        const int side = inputs.at(i).side == GainSide::Us ? 0 : 1;
        sum[side] += inputs.at(i).weight * *scores.at(i);
        weight[side] += inputs.at(i).weight;
    }
    MutualGainResult result;
    if (weight[0] > 0.0) {
        result.us = sum[0] / weight[0];
    }
    if (weight[1] > 0.0) {
        result.partner = sum[1] / weight[1];
    }
    if (result.us && result.partner) {
        return fromSides(*result.us, *result.partner);
    }
    return result;
}

MutualGainResult MutualGainModel::fromSides(double us, double partner)
{
    MutualGainResult result;
    result.us = us;
    result.partner = partner;
    result.index = std::sqrt(us * partner);
    const double hi = std::max(us, partner);
    result.balance = hi <= 0.0 ? 1.0 : std::min(us, partner) / hi;
    const bool usHigh = us >= 50.0 - 1e-9;
    const bool partnerHigh = partner >= 50.0 - 1e-9;
    if (usHigh && partnerHigh) {
        result.quadrant = GainQuadrant::WinWin;
    } else if (usHigh) {
        result.quadrant = GainQuadrant::WeWin;
    } else if (partnerHigh) {
        result.quadrant = GainQuadrant::TheyWin;
    } else {
        result.quadrant = GainQuadrant::LoseLose;
    }
    return result;
}

} // namespace pf::core::scoring
