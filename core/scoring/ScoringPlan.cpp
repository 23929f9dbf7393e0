// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/ScoringPlan.h"

#include "core/scoring/CultureModel.h"
#include "core/scoring/RoadmapModel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <memory>

namespace pf::core::scoring {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Tolerance = 1e-9;
constexpr int Years = RoadmapModel::WindowYears;

/// The k-th smallest (0-based) value from counts of the values 1..5.
int kth(const std::array<int, 6> &counts, int k)
{
    for (int v = 1; v <= 5; ++v) {
        k -= counts[std::size_t(v)];
        if (k < 0) {
            return v;
        }
    }
    return 5;
}

/// One side's (theme, year) values inside the window; the strongest item wins, the first on a tie.
void fill(const std::vector<CompiledAssessment::Item> &items, int year, double *values, bool *covered)
{
    for (const CompiledAssessment::Item &item : items) {
        const int first = std::max(item.from, year);
        const int last = std::min(item.to, year + Years - 1);
        for (int y = first; y <= last; ++y) {
            const std::size_t cell = std::size_t(item.theme * Years + (y - year));
            if (!covered[cell] || std::abs(item.value) > std::abs(values[cell]) + 1e-12) {
                values[cell] = item.value;
                covered[cell] = true;
            }
        }
    }
}

/// Dot product and squared norms of h and p over a set of years.
struct Sums
{
    double dot = 0.0;
    double hh = 0.0;
    double pp = 0.0;
};

Sums sums(const double *h, const double *p, int themes, int firstYear, int lastYear)
{
    Sums s;
    for (int t = 0; t < themes; ++t) {
        for (int y = firstYear; y <= lastYear; ++y) {
            const std::size_t cell = std::size_t(t * Years + y);
            s.dot += h[cell] * p[cell];
            s.hh += h[cell] * h[cell];
            s.pp += p[cell] * p[cell];
        }
    }
    return s;
}

double alignment(const Sums &s)
{
    if (s.hh <= 0.0) {
        return NaN;
    }
    if (s.pp <= 0.0) {
        return 0.0;
    }
    const double hn = std::sqrt(s.hh);
    const double pn = std::sqrt(s.pp);
    return 100.0 * std::max(0.0, s.dot / (hn * pn)) * std::min(1.0, pn / hn);
}

bool meets(const KnockoutRule &rule, double value)
{
    switch (rule.comparison) {
    case KnockoutRule::Comparison::Below:
        return value < rule.threshold - Tolerance;
    case KnockoutRule::Comparison::AtMost:
        return value <= rule.threshold + Tolerance;
    case KnockoutRule::Comparison::Equal:
        return std::abs(value - rule.threshold) <= Tolerance;
    }
    return false;
}

} // namespace

ScoringPlan::ScoringPlan(const Framework &framework)
{
    for (const Dimension &d : framework.dimensions) {
        m_dimensionWeight.push_back(d.weight);
    }
    for (const Criterion &c : framework.criteria) {
        int dimension = -1;
        for (qsizetype d = 0; d < framework.dimensions.size(); ++d) {
            if (framework.dimensions.at(d).key == c.dimension) {
                dimension = int(d);
            }
        }
        m_criterionDimension.push_back(dimension);
        m_criterionWeight.push_back(c.weight);
        m_criterionModel.push_back(c.isComputed() ? c.model : ComputedModel::None);
        if (c.isComputed()) {
            m_criterionSlot.push_back(-1);
        } else {
            m_slotOfKey.insert(c.key, m_slots);
            m_criterionSlot.push_back(m_slots++);
        }
    }
    for (const GainInput &g : framework.gainInputs) {
        m_slotOfKey.insert(g.key, m_slots);
        m_gainSlot.push_back(m_slots++);
        m_gainSide.push_back(g.side);
        m_gainWeight.push_back(g.weight);
    }
    for (const CultureAxis &a : framework.cultureAxes) {
        m_axisKey.push_back(a.key);
        m_axisWeight.push_back(a.weight);
        m_axisTolerance.push_back(a.tolerance);
    }
    for (const KnockoutRule &rule : framework.knockouts) {
        Knockout k;
        k.rule = rule;
        for (qsizetype c = 0; c < framework.criteria.size(); ++c) {
            if (framework.criteria.at(c).key == rule.criterion) {
                k.criterion = int(c);
            }
        }
        k.slot = m_slotOfKey.value(rule.criterion, -1);
        if (k.criterion >= 0 || k.slot >= 0) {
            m_knockouts.push_back(k);
        }
    }
    for (const BandThreshold &b : framework.bands) {
        m_bandMinimum.push_back(b.minimum);
    }
}

CompiledAssessment ScoringPlan::compile(const AssessmentInput &input) const
{
    CompiledAssessment out;
    out.year = input.asOf.year();
    out.aggregation = input.aggregation;
    out.notApplicable.assign(std::size_t(m_slots), 0);
    out.consensus.assign(std::size_t(m_slots), NaN);
    out.offsets.assign(std::size_t(m_slots) + 1, 0);
    std::vector<int> slotOf;
    slotOf.reserve(std::size_t(input.ratings.size()));
    for (const Rating &r : input.ratings) {
        const int slot = m_slotOfKey.value(r.criterion, -1);
        const bool usable = slot >= 0 && r.isRated() && r.value >= 1 && r.value <= 5;
        slotOf.push_back(usable ? slot : -1);
        if (usable) {
            ++out.offsets[std::size_t(slot) + 1];
        } else if (slot >= 0 && r.state == RatingState::NotApplicable) {
            out.notApplicable[std::size_t(slot)] = 1;
        }
    }
    for (std::size_t s = 0; s < std::size_t(m_slots); ++s) {
        out.offsets[s + 1] += out.offsets[s];
    }
    out.values.resize(out.offsets.back());
    std::vector<std::uint32_t> next(out.offsets.begin(), out.offsets.end() - 1);
    for (qsizetype i = 0; i < input.ratings.size(); ++i) {
        if (const int slot = slotOf[std::size_t(i)]; slot >= 0) {
            out.values[next[std::size_t(slot)]++] = std::int8_t(input.ratings.at(i).value);
        }
    }
    for (const Consensus &c : input.consensus) {
        const int slot = m_slotOfKey.value(c.criterion, -1);
        if (slot >= 0 && c.value >= 1.0 && c.value <= 5.0 && std::isnan(out.consensus[std::size_t(slot)])) {
            out.consensus[std::size_t(slot)] = c.value;
        }
    }
    for (const QString &axis : m_axisKey) {
        out.homeCulture.push_back(input.homeCulture.value(axis).value_or(NaN));
        out.partnerCulture.push_back(input.partnerCulture.value(axis).value_or(NaN));
    }
    QHash<QString, int> themes;
    auto items = [&themes](const QList<RoadmapItem> &roadmap) {
        std::vector<CompiledAssessment::Item> list;
        for (const RoadmapItem &item : roadmap) {
            const QString theme = RoadmapModel::normaliseTheme(item.theme);
            auto it = themes.constFind(theme);
            if (it == themes.cend()) {
                it = themes.insert(theme, int(themes.size()));
            }
            list.push_back({it.value(), item.from, item.to,
                            RoadmapModel::commitmentFactor(item.commitment) * RoadmapModel::stanceFactor(item.stance),
                            item.stance});
        }
        return list;
    };
    out.homeRoadmap = items(input.homeRoadmap);
    out.partnerRoadmap = items(input.partnerRoadmap);
    out.themes = int(themes.size());
    return out;
}

void ScoringPlan::evaluate(const CompiledAssessment &a, BulkScore &out) const
{
    // Rated slots: aggregate from value counts (values are 1..5), consensus overrides.
    constexpr int StackSlots = 64;
    std::array<double, StackSlots> ratingBuffer;
    std::array<bool, StackSlots> naBuffer;
    std::vector<double> ratingHeap;
    std::unique_ptr<bool[]> naHeap;
    double *rating = ratingBuffer.data();
    bool *na = naBuffer.data();
    if (m_slots > StackSlots) {
        ratingHeap.resize(std::size_t(m_slots));
        naHeap = std::make_unique<bool[]>(std::size_t(m_slots));
        rating = ratingHeap.data();
        na = naHeap.get();
    }
    out.discussCount = 0;
    for (int s = 0; s < m_slots; ++s) {
        const std::uint32_t begin = a.offsets[std::size_t(s)];
        const int n = int(a.offsets[std::size_t(s) + 1] - begin);
        const std::int8_t *values = a.values.data() + begin;
        double aggregate = NaN;
        int spread = 0;
        if (n == 1) {
            aggregate = values[0];
        } else if (n == 2) {
            // Median and mean agree for two values.
            aggregate = (values[0] + values[1]) / 2.0;
            spread = std::abs(values[0] - values[1]);
        } else if (n > 2) {
            std::array<int, 6> counts{};
            int sum = 0;
            int lo = 6;
            int hi = 0;
            for (int i = 0; i < n; ++i) {
                const int v = values[i];
                ++counts[std::size_t(v)];
                sum += v;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
            spread = hi - lo;
            aggregate = a.aggregation == Aggregation::Mean ? double(sum) / n
                        : n % 2 == 1                       ? double(kth(counts, n / 2))
                                                           : (kth(counts, n / 2 - 1) + kth(counts, n / 2)) / 2.0;
        }
        const double consensus = a.consensus[std::size_t(s)];
        if (!std::isnan(consensus)) {
            rating[s] = consensus;
            na[s] = false;
        } else {
            rating[s] = aggregate;
            na[s] = n == 0 && a.notApplicable[std::size_t(s)];
            out.discussCount += spread >= 2;
        }
    }
    auto score = [](double r) {
        return (r - 1.0) / 4.0 * 100.0;
    };

    // Culture.
    double weighted = 0.0;
    double weights = 0.0;
    for (std::size_t i = 0; i < m_axisWeight.size(); ++i) {
        const double h = a.homeCulture[i];
        const double p = a.partnerCulture[i];
        if (!std::isnan(h) && !std::isnan(p)) {
            weighted += m_axisWeight[i] * CultureModel::axisFit(h, p, m_axisTolerance[i]);
            weights += m_axisWeight[i];
        }
    }
    out.culture = weights > 0.0 ? 100.0 * weighted / weights : NaN;

    // Mutual gain.
    double gain[2] = {0.0, 0.0};
    double gainWeight[2] = {0.0, 0.0};
    for (std::size_t g = 0; g < m_gainSlot.size(); ++g) {
        const double r = rating[m_gainSlot[g]];
        if (!std::isnan(r)) {
            const int side = m_gainSide[g] == GainSide::Us ? 0 : 1;
            gain[side] += m_gainWeight[g] * score(r);
            gainWeight[side] += m_gainWeight[g];
        }
    }
    out.us = gainWeight[0] > 0.0 ? gain[0] / gainWeight[0] : NaN;
    out.partner = gainWeight[1] > 0.0 ? gain[1] / gainWeight[1] : NaN;
    out.gainIndex = std::sqrt(out.us * out.partner); // NaN propagates

    // Roadmap.
    out.direction = out.near = out.far = NaN;
    if (!a.homeRoadmap.empty() && !a.partnerRoadmap.empty()) {
        constexpr int StackThemes = 32;
        std::array<double, 2 * StackThemes * Years> cellBuffer;
        std::array<bool, 2 * StackThemes * Years> coveredBuffer;
        std::vector<double> cellHeap;
        std::unique_ptr<bool[]> coveredHeap;
        const std::size_t cells = std::size_t(a.themes * Years);
        double *cell = cellBuffer.data();
        bool *covered = coveredBuffer.data();
        if (a.themes > StackThemes) {
            cellHeap.resize(2 * cells);
            coveredHeap = std::make_unique<bool[]>(2 * cells);
            cell = cellHeap.data();
            covered = coveredHeap.get();
        }
        std::fill(cell, cell + 2 * cells, 0.0);
        std::fill(covered, covered + 2 * cells, false);
        fill(a.homeRoadmap, a.year, cell, covered);
        fill(a.partnerRoadmap, a.year, cell + cells, covered + cells);
        // The window's sums are the near and far horizons' sums added.
        const Sums near = sums(cell, cell + cells, a.themes, 0, RoadmapModel::NearYears - 1);
        const Sums far = sums(cell, cell + cells, a.themes, RoadmapModel::NearYears, Years - 1);
        out.direction = alignment({near.dot + far.dot, near.hh + far.hh, near.pp + far.pp});
        out.near = alignment(near);
        out.far = alignment(far);
    }

    // Criteria into dimensions.
    const std::size_t dimensions = m_dimensionWeight.size();
    constexpr std::size_t StackDimensions = 32;
    std::array<double, StackDimensions * 4> dimensionBuffer;
    std::vector<double> dimensionHeap;
    double *totals = dimensionBuffer.data();
    if (dimensions > StackDimensions) {
        dimensionHeap.resize(dimensions * 4);
        totals = dimensionHeap.data();
    }
    std::fill(totals, totals + dimensions * 4, 0.0);
    // Per dimension: scored weight, weighted score, live weight, blocked flag.
    double *scoredWeight = totals;
    double *weightedScore = totals + dimensions;
    double *liveWeight = totals + 2 * dimensions;
    double *blocked = totals + 3 * dimensions;
    auto criterionScore = [&](std::size_t c) {
        switch (m_criterionModel[c]) {
        case ComputedModel::Culture:
            return out.culture;
        case ComputedModel::MutualGain:
            return out.gainIndex;
        case ComputedModel::Roadmap:
            return out.direction;
        case ComputedModel::None:
            break;
        }
        return score(rating[m_criterionSlot[c]]);
    };
    constexpr std::size_t StackCriteria = 128;
    std::array<double, StackCriteria> criterionBuffer;
    std::vector<double> criterionHeap;
    double *scores = criterionBuffer.data();
    if (m_criterionWeight.size() > StackCriteria) {
        criterionHeap.resize(m_criterionWeight.size());
        scores = criterionHeap.data();
    }
    for (std::size_t c = 0; c < m_criterionWeight.size(); ++c) {
        const double s = criterionScore(c);
        scores[c] = s;
        const int d = m_criterionDimension[c];
        if (d < 0) {
            continue;
        }
        const int slot = m_criterionSlot[c];
        if (slot < 0 || !na[slot]) {
            liveWeight[d] += m_criterionWeight[c];
        }
        if (!std::isnan(s)) {
            scoredWeight[d] += m_criterionWeight[c];
            weightedScore[d] += m_criterionWeight[c] * s;
        } else if (slot < 0) {
            blocked[d] = 1.0;
        }
    }
    out.dimensions.resize(dimensions);
    double assessedWeight = 0.0;
    double overall = 0.0;
    double liveDimensionWeight = 0.0;
    for (std::size_t d = 0; d < dimensions; ++d) {
        out.dimensions[d] = NaN;
        if (blocked[d] == 0.0 && scoredWeight[d] > 0.0) {
            out.dimensions[d] = weightedScore[d] / scoredWeight[d];
            assessedWeight += m_dimensionWeight[d];
            overall += m_dimensionWeight[d] * out.dimensions[d];
        }
        if (liveWeight[d] > 0.0) {
            liveDimensionWeight += m_dimensionWeight[d];
        }
    }
    out.overall = assessedWeight > 0.0 ? overall / assessedWeight : NaN;
    out.coverage = 0.0;
    for (std::size_t c = 0; c < m_criterionWeight.size(); ++c) {
        const int d = m_criterionDimension[c];
        if (d < 0 || std::isnan(out.dimensions[std::size_t(d)]) || std::isnan(scores[c]) || liveWeight[d] <= 0.0) {
            continue;
        }
        out.coverage += m_dimensionWeight[std::size_t(d)] / liveDimensionWeight * m_criterionWeight[c] / liveWeight[d];
    }

    out.knockedOut = false;
    for (const Knockout &k : m_knockouts) {
        double value = NaN;
        if (k.rule.scale == KnockoutRule::Scale::Rating) {
            value = k.slot >= 0 ? rating[k.slot] : NaN;
        } else {
            value = k.criterion >= 0 ? scores[k.criterion] : score(rating[k.slot]);
        }
        if (!std::isnan(value) && meets(k.rule, value)) {
            out.knockedOut = true;
        }
    }
    out.band = -1;
    if (!std::isnan(out.overall) && !m_bandMinimum.empty()) {
        out.band = int(m_bandMinimum.size()) - 1;
        for (std::size_t b = 0; b < m_bandMinimum.size(); ++b) {
            if (out.overall >= m_bandMinimum[b] - Tolerance) {
                out.band = int(b);
                break;
            }
        }
    }
    if (out.coverage >= 0.9 - Tolerance && out.discussCount == 0) {
        out.confidence = Confidence::High;
    } else if (out.coverage >= 0.7 - Tolerance) {
        out.confidence = Confidence::Medium;
    } else {
        out.confidence = Confidence::Low;
    }
}

} // namespace pf::core::scoring
