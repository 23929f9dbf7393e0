// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain input data for the charts. Scoring results are adapted into these structs, so the
// charts never depend on core's model types. std::nullopt always means "not assessed".

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pf::ui::charts {

/// Whose value a series shows: ours (blue), theirs (orange), or neither (a single score series).
enum class Side { Ours, Theirs, Neutral };

/// Verdict bands, best first.
enum class Band { StrongFit, Promising, Conditional, WeakFit, NotRecommended };

/// How a roadmap bar relates to the other side's roadmap.
enum class RoadmapState { Shared, Conflict, Gap, Other };

struct RadarAxis
{
    QString key;
    QString label;
    QString lowPole;  ///< e.g. "deliberate" (may be empty)
    QString highPole; ///< e.g. "fast" (may be empty)
};

struct RadarSeries
{
    QString name;
    Side side = Side::Neutral;
    QList<std::optional<double>> values; ///< one per axis
};

struct RadarData
{
    QList<RadarAxis> axes;
    QList<RadarSeries> series;
    double minimum = 1.0; ///< centre of the web: 1 for culture axes, 0 for scores
    double maximum = 7.0;
    double step = 1.0; ///< distance between grid rings
};

struct QuadrantPoint
{
    QString label;
    std::optional<double> valueToUs;      ///< U, 0–100, x axis
    std::optional<double> valueToPartner; ///< P, 0–100, y axis
};

struct QuadrantData
{
    QList<QuadrantPoint> points;
    double highLine = 50.0; ///< a value ≥ highLine counts as high
    /// Label only the first this many placed points (callers put the ones that matter first); -1 labels all.
    int labelLimit = -1;
};

struct RoadmapBar
{
    int fromYear = 0;
    int toYear = 0;
    RoadmapState state = RoadmapState::Other;
    QString label; ///< e.g. "Committed · invest"
};

struct RoadmapLane
{
    QString theme;
    QList<RoadmapBar> ours;
    QList<RoadmapBar> theirs;
};

struct RoadmapData
{
    int firstYear = 0; ///< the assessment's year Y
    int yearCount = 6; ///< Y … Y+5
    int nearYears = 3; ///< near horizon Y … Y+2, far the rest
    QList<RoadmapLane> lanes;
};

struct ContributionItem
{
    QString key;
    QString label;
    std::optional<double> score;        ///< 0–100
    std::optional<double> contribution; ///< points of the overall
    double maxContribution = 0.0;       ///< points it would add at a score of 100
};

struct ContributionData
{
    std::optional<double> overall;
    QList<ContributionItem> items;
    int dragCount = 3; ///< how many of the biggest drags to call out
};

struct TornadoItem
{
    QString key;
    QString label;
    double low = 0.0;  ///< overall with this weight ×0.8
    double high = 0.0; ///< overall with this weight ×1.2
};

struct TornadoData
{
    std::optional<double> baseline;
    QList<TornadoItem> items;
};

struct BandProbability
{
    Band band = Band::Conditional;
    double probability = 0.0; ///< 0–1
};

struct BandProbabilityData
{
    QList<BandProbability> bands;
    int runs = 0;
    std::optional<Band> current;
};

struct TrendSeries
{
    QString key;
    QString label;
    QList<std::optional<double>> values; ///< one per date
    bool emphasised = false;             ///< the overall: drawn bold
};

struct TrendData
{
    QList<QDate> dates;
    QList<TrendSeries> series;
    double dropThreshold = 10.0; ///< a fall of at least this between consecutive checks is flagged
};

} // namespace pf::ui::charts
