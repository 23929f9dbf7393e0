// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultChartData.h"

#include <QHash>

namespace pf::ui::charts {
namespace {

QString themeKey(const QString &theme)
{
    return theme.trimmed().toLower();
}

QString commitmentText(core::Commitment commitment)
{
    switch (commitment) {
    case core::Commitment::Exploring:
        return ResultChartData::tr("exploring");
    case core::Commitment::Planned:
        return ResultChartData::tr("planned");
    case core::Commitment::Committed:
        break;
    }
    return ResultChartData::tr("committed");
}

QString stanceText(core::Stance stance)
{
    switch (stance) {
    case core::Stance::Invest:
        return ResultChartData::tr("invest");
    case core::Stance::Maintain:
        return ResultChartData::tr("maintain");
    case core::Stance::Divest:
        break;
    }
    return ResultChartData::tr("divest");
}

} // namespace

RadarData ResultChartData::culture(const core::AssessmentInput &input, const core::AssessmentResult &result)
{
    RadarData data;
    RadarSeries ours{tr("Us"), Side::Ours, {}};
    RadarSeries theirs{input.partnerName.isEmpty() ? tr("Partner") : input.partnerName, Side::Theirs, {}};
    for (const core::CultureAxis &axis : input.framework.cultureAxes) {
        // The poles are the label: "Deliberate ↔ Fast" says what 1 and 7 mean.
        data.axes.append({axis.key, tr("%1 ↔ %2").arg(axis.lowPole, axis.highPole), {}, {}});
        std::optional<double> home;
        std::optional<double> partner;
        for (const core::AxisFit &fit : result.culture.axes) {
            if (fit.axis == axis.key) {
                home = fit.home;
                partner = fit.partner;
            }
        }
        ours.values.append(home);
        theirs.values.append(partner);
    }
    data.series = {ours, theirs};
    data.minimum = 1.0;
    data.maximum = 7.0;
    data.step = 1.0;
    return data;
}

RadarData ResultChartData::dimensions(const core::AssessmentInput &input, const core::AssessmentResult &result)
{
    RadarData data;
    RadarSeries scores{tr("Score"), Side::Neutral, {}};
    for (const core::DimensionResult &dimension : result.dimensions) {
        const core::Dimension *definition = input.framework.dimension(dimension.key);
        data.axes.append({dimension.key, definition ? definition->name : dimension.key, {}, {}});
        scores.values.append(dimension.score);
    }
    data.series = {scores};
    data.minimum = 0.0;
    data.maximum = 100.0;
    data.step = 25.0;
    return data;
}

QuadrantData ResultChartData::mutualGain(const QString &partner, const core::AssessmentResult &result)
{
    QuadrantData data;
    data.points.append({partner, result.mutualGain.us, result.mutualGain.partner});
    return data;
}

RoadmapData ResultChartData::roadmap(const core::AssessmentInput &input, const core::AssessmentResult &result)
{
    RoadmapData data;
    data.firstYear = input.asOf.isValid() ? input.asOf.year() : 0;
    data.yearCount = 6;
    data.nearYears = 3;
    const int last = data.firstYear + data.yearCount - 1;
    auto stateOf = [&result](const QString &key) {
        if (result.roadmap.conflicts.contains(key)) {
            return RoadmapState::Conflict;
        }
        if (result.roadmap.shared.contains(key)) {
            return RoadmapState::Shared;
        }
        if (result.roadmap.gaps.contains(key)) {
            return RoadmapState::Gap;
        }
        return RoadmapState::Other;
    };
    QHash<QString, int> laneOf;
    auto add = [&](const core::RoadmapItem &item, bool ours) {
        // Items wholly outside the window contribute nothing, not even a lane.
        if (item.to < data.firstYear || item.from > last) {
            return;
        }
        const QString key = themeKey(item.theme);
        if (!laneOf.contains(key)) {
            laneOf.insert(key, int(data.lanes.size()));
            data.lanes.append({item.theme.trimmed(), {}, {}});
        }
        RoadmapBar bar{qMax(item.from, data.firstYear), qMin(item.to, last), stateOf(key),
                       tr("%1 · %2").arg(commitmentText(item.commitment), stanceText(item.stance))};
        RoadmapLane &lane = data.lanes[laneOf.value(key)];
        (ours ? lane.ours : lane.theirs).append(bar);
    };
    for (const core::RoadmapItem &item : input.homeRoadmap) {
        add(item, true);
    }
    for (const core::RoadmapItem &item : input.partnerRoadmap) {
        add(item, false);
    }
    return data;
}

ContributionData ResultChartData::contributions(const core::AssessmentInput &input,
                                                const core::AssessmentResult &result)
{
    ContributionData data;
    data.overall = result.overall;
    // A scored criterion's share of the overall (DESIGN.md): W_d / ΣW(assessed dims) × w_c / Σw(scored of d);
    // at a score of 100 it would add 100 × share points.
    double assessedWeight = 0.0;
    QHash<QString, double> scoredWeight;
    for (const core::DimensionResult &dimension : result.dimensions) {
        if (dimension.score) {
            assessedWeight += dimension.weight;
        }
    }
    for (const core::CriterionResult &criterion : result.criteria) {
        const core::Criterion *definition = input.framework.criterion(criterion.key);
        if (criterion.score && definition) {
            scoredWeight[criterion.dimension] += definition->weight;
        }
    }
    for (const core::CriterionResult &criterion : result.criteria) {
        if (criterion.notApplicable) {
            continue;
        }
        const core::Criterion *definition = input.framework.criterion(criterion.key);
        const core::DimensionResult *dimension = result.dimension(criterion.dimension);
        ContributionItem item{criterion.key, definition ? definition->name : criterion.key, criterion.score,
                              criterion.contribution, 0.0};
        if (criterion.contribution && definition && dimension && dimension->score && assessedWeight > 0.0 &&
            scoredWeight.value(criterion.dimension) > 0.0) {
            item.maxContribution = 100.0 * dimension->weight / assessedWeight * definition->weight /
                                   scoredWeight.value(criterion.dimension);
        }
        data.items.append(item);
    }
    return data;
}

std::optional<Band> ResultChartData::band(const core::AssessmentResult &result, const core::Framework &framework)
{
    if (result.isKnockedOut()) {
        return Band::NotRecommended;
    }
    if (!result.overall) {
        return std::nullopt;
    }
    for (int i = 0; i < framework.bands.size(); ++i) {
        if (framework.bands.at(i).label == result.band) {
            return Band(qMin(i, int(Band::WeakFit)));
        }
    }
    return std::nullopt;
}

} // namespace pf::ui::charts
