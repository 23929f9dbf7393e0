// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartSamples.h"

#include "ui/charts/BandProbabilityChart.h"
#include "ui/charts/ContributionBarsChart.h"
#include "ui/charts/QuadrantChart.h"
#include "ui/charts/RadarChart.h"
#include "ui/charts/RoadmapTimelineChart.h"
#include "ui/charts/TornadoChart.h"
#include "ui/charts/TrendChart.h"

namespace pf::ui::charts::samples {

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

RadarData culture()
{
    RadarData data;
    const char *axes[][3] = {
        {"Decision speed", "deliberate", "fast"},   {"Risk appetite", "cautious", "bold"},
        {"Structure", "hierarchical", "flat"},      {"Process formality", "informal", "formal"},
        {"Time horizon", "quarterly", "long-term"}, {"Innovation", "proven", "experimental"},
        {"Communication", "indirect", "direct"},    {"Customer focus", "product-led", "customer-led"}};
    for (const auto &axis : axes) {
        data.axes << RadarAxis{s(axis[0]).toLower().replace(QLatin1Char(' '), QLatin1Char('_')), s(axis[0]), s(axis[1]),
                               s(axis[2])};
    }
    data.series << RadarSeries{s("Us"), Side::Ours, {5, 4, 6, 3, 5, 5, 6, 6}}
                << RadarSeries{s("Acme GmbH"), Side::Theirs, {3, 4, 2, 6, 5, 3, 4, 5}};
    return data;
}

RadarData dimensions()
{
    RadarData data;
    data.minimum = 0;
    data.maximum = 100;
    data.step = 25;
    const char *names[] = {"Cultural fit",           "Mutual gain",          "Roadmap alignment",
                           "Framework & governance", "Shared risk & agenda", "Partner success"};
    for (const char *name : names) {
        data.axes << RadarAxis{s(name), s(name), {}, {}};
    }
    data.series << RadarSeries{s("Acme GmbH"), Side::Theirs, {71.0, 64.2, std::nullopt, 58.3, 75.0, 41.7}};
    return data;
}

QuadrantData portfolio()
{
    QuadrantData data;
    data.points << QuadrantPoint{s("Acme GmbH"), 66.7, 58.3} << QuadrantPoint{s("Borealis AB"), 80.0, 30.0}
                << QuadrantPoint{s("Cobalt Systems"), 35.0, 72.0} << QuadrantPoint{s("Delta Partners"), 22.0, 18.0}
                << QuadrantPoint{s("Evergreen Ltd"), 70.0, 62.0} << QuadrantPoint{s("Fjord Data"), 50.0, 50.0}
                << QuadrantPoint{s("Gamma Resellers"), std::nullopt, 40.0};
    return data;
}

RoadmapData roadmap()
{
    RoadmapData data;
    data.firstYear = 2026;
    const auto bar = [](int from, int to, RoadmapState state, const char *label) {
        return RoadmapBar{from, to, state, s(label)};
    };
    data.lanes << RoadmapLane{s("Cloud"),
                              {bar(2027, 2029, RoadmapState::Shared, "committed · invest")},
                              {bar(2026, 2031, RoadmapState::Shared, "planned · invest")}}
               << RoadmapLane{s("AI assistants"), {bar(2026, 2031, RoadmapState::Gap, "planned · invest")}, {}}
               << RoadmapLane{s("On-premise"),
                              {bar(2026, 2028, RoadmapState::Conflict, "committed · divest")},
                              {bar(2026, 2030, RoadmapState::Conflict, "committed · invest")}}
               << RoadmapLane{s("Security"),
                              {bar(2026, 2027, RoadmapState::Other, "planned · maintain")},
                              {bar(2029, 2032, RoadmapState::Other, "exploring · maintain")}}
               << RoadmapLane{s("Managed services"), {}, {bar(2030, 2031, RoadmapState::Gap, "exploring · invest")}};
    return data;
}

ContributionData contributions()
{
    ContributionData data;
    data.overall = 61.9;
    const auto item = [](const char *key, const char *label, std::optional<double> score, double max) {
        return ContributionItem{s(key), s(label), score,
                                score ? std::optional<double>(*score * max / 100.0) : std::nullopt, max};
    };
    data.items << item("culture_profile_similarity", "Culture profile similarity", 83.3, 13.4)
               << item("leadership_commitment", "Leadership commitment", 75.0, 8.9)
               << item("learning_capacity", "Learning capacity", 50.0, 4.5)
               << item("trust_openness", "Trust & openness", 25.0, 4.5)
               << item("mutual_gain_index", "Mutual-gain index", 62.4, 17.9)
               << item("investment_symmetry", "Investment symmetry", 50.0, 4.5)
               << item("roadmap_direction", "Roadmap direction", 35.5, 16.1)
               << item("market_overlap_fit", "Market overlap fit", 75.0, 5.4)
               << item("success_metrics_agreed", "Success metrics agreed", 100.0, 5.4)
               << item("communication_cadence", "Communication cadence", 75.0, 2.7)
               << item("escalation_consensus", "Escalation & consensus", std::nullopt, 0.0)
               << item("relationship_over_contract", "Relationship over contract", 100.0, 5.4)
               << item("enablement_plan", "Enablement plan", 50.0, 3.6);
    double sum = 0;
    for (const ContributionItem &i : data.items) {
        sum += i.contribution.value_or(0);
    }
    data.overall = sum;
    return data;
}

TornadoData tornado()
{
    TornadoData data;
    data.baseline = 61.9;
    data.items << TornadoItem{s("culture"), s("Cultural fit"), 60.1, 63.4}
               << TornadoItem{s("mutual_gain"), s("Mutual gain"), 61.8, 62.0}
               << TornadoItem{s("roadmap"), s("Roadmap alignment"), 64.6, 59.6}
               << TornadoItem{s("governance"), s("Framework & governance"), 60.6, 63.1}
               << TornadoItem{s("shared_risk"), s("Shared risk & agenda"), 61.2, 62.5}
               << TornadoItem{s("partner_success"), s("Partner success"), 62.4, 61.4};
    return data;
}

BandProbabilityData bands()
{
    BandProbabilityData data;
    data.runs = 2000;
    data.current = Band::Promising;
    data.bands << BandProbability{Band::StrongFit, 0.02} << BandProbability{Band::Promising, 0.71}
               << BandProbability{Band::Conditional, 0.27} << BandProbability{Band::WeakFit, 0.0}
               << BandProbability{Band::NotRecommended, 0.0};
    return data;
}

TrendData trend()
{
    TrendData data;
    data.dates << QDate(2025, 3, 12) << QDate(2025, 9, 30) << QDate(2026, 2, 3) << QDate(2026, 6, 18)
               << QDate(2026, 11, 20);
    data.series << TrendSeries{s("overall"), s("Overall"), {58.0, 64.5, 66.0, 54.2, 61.9}, true}
                << TrendSeries{s("culture"), s("Cultural fit"), {70.0, 72.0, 71.0, 70.5, 71.0}, false}
                << TrendSeries{s("mutual_gain"), s("Mutual gain"), {55.0, 66.0, 68.0, 52.0, 64.2}, false}
                << TrendSeries{s("roadmap"), s("Roadmap alignment"), {40.0, std::nullopt, 48.0, 33.0, 35.5}, false}
                << TrendSeries{s("governance"), s("Framework & governance"), {62.0, 60.0, 66.0, 61.0, 58.3}, false}
                << TrendSeries{s("shared_risk"), s("Shared risk & agenda"), {75.0, 80.0, 78.0, 64.0, 75.0}, false}
                << TrendSeries{s("partner_success"), s("Partner success"), {30.0, 38.0, 45.0, 44.0, 41.7}, false};
    return data;
}

} // namespace

std::vector<std::unique_ptr<Chart>> sampleCharts()
{
    std::vector<std::unique_ptr<Chart>> charts;
    charts.push_back(std::make_unique<RadarChart>(culture(), s("Culture: us and Acme GmbH")));
    charts.push_back(std::make_unique<RadarChart>(dimensions(), s("Dimension scores")));
    charts.push_back(std::make_unique<QuadrantChart>(portfolio(), s("Mutual gain across the portfolio")));
    charts.push_back(std::make_unique<RoadmapTimelineChart>(roadmap()));
    charts.push_back(std::make_unique<ContributionBarsChart>(contributions()));
    charts.push_back(std::make_unique<TornadoChart>(tornado()));
    charts.push_back(std::make_unique<BandProbabilityChart>(bands()));
    charts.push_back(std::make_unique<TrendChart>(trend()));
    return charts;
}

std::vector<std::unique_ptr<Chart>> emptyCharts()
{
    std::vector<std::unique_ptr<Chart>> charts;
    RadarData radar = culture();
    for (RadarSeries &series : radar.series) {
        series.values.fill(std::nullopt);
    }
    charts.push_back(std::make_unique<RadarChart>(radar));
    charts.push_back(
        std::make_unique<QuadrantChart>(QuadrantData{{QuadrantPoint{s("Acme GmbH"), std::nullopt, 40.0}}}));
    RoadmapData roadmapData;
    roadmapData.firstYear = 2026;
    charts.push_back(std::make_unique<RoadmapTimelineChart>(roadmapData));
    charts.push_back(std::make_unique<ContributionBarsChart>(ContributionData{}));
    charts.push_back(std::make_unique<TornadoChart>(TornadoData{}));
    charts.push_back(std::make_unique<BandProbabilityChart>(BandProbabilityData{}));
    charts.push_back(std::make_unique<TrendChart>(TrendData{}));
    return charts;
}

} // namespace pf::ui::charts::samples
