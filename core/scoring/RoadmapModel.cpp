// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/RoadmapModel.h"

#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>

namespace pf::core::scoring {

namespace {

/// One side's value for one theme and year: commitment × stance of the strongest item, and that item's stance.
struct Cell
{
    double value = 0.0;
    Stance stance = Stance::Maintain;
    bool covered = false;
};

using Vector = QMap<QString, std::array<Cell, RoadmapModel::WindowYears>>;

Vector toVector(const QList<RoadmapItem> &items, int year)
{
    Vector vector;
    for (const RoadmapItem &item : items) {
        const int first = std::max(item.from, year);
        const int last = std::min(item.to, year + RoadmapModel::WindowYears - 1);
        if (first > last) {
            continue; // wholly outside the window: not even the theme counts
        }
        auto &cells = vector[RoadmapModel::normaliseTheme(item.theme)];
        const double value = RoadmapModel::commitmentFactor(item.commitment) * RoadmapModel::stanceFactor(item.stance);
        for (int y = first; y <= last; ++y) {
            Cell &cell = cells[std::size_t(y - year)];
            // The largest |commitment × stance| wins; on a tie the first listed stays.
            if (!cell.covered || std::abs(value) > std::abs(cell.value) + 1e-12) {
                cell = {value, item.stance, true};
            }
        }
    }
    return vector;
}

std::optional<double> alignment(const Vector &home, const Vector &partner, int firstOffset, int lastOffset)
{
    double dot = 0.0;
    double hh = 0.0;
    double pp = 0.0;
    for (auto it = home.cbegin(); it != home.cend(); ++it) {
        const auto p = partner.constFind(it.key());
        for (int y = firstOffset; y <= lastOffset; ++y) {
            const double h = it.value()[std::size_t(y)].value;
            hh += h * h;
            if (p != partner.cend()) {
                dot += h * p.value()[std::size_t(y)].value;
            }
        }
    }
    for (auto it = partner.cbegin(); it != partner.cend(); ++it) {
        for (int y = firstOffset; y <= lastOffset; ++y) {
            const double v = it.value()[std::size_t(y)].value;
            pp += v * v;
        }
    }
    if (hh <= 0.0) {
        return std::nullopt; // we have nothing in these years: nothing to align with
    }
    if (pp <= 0.0) {
        return 0.0;
    }
    const double h = std::sqrt(hh);
    const double p = std::sqrt(pp);
    return 100.0 * std::max(0.0, dot / (h * p)) * std::min(1.0, p / h);
}

} // namespace

double RoadmapModel::commitmentFactor(Commitment commitment)
{
    switch (commitment) {
    case Commitment::Exploring:
        return 1.0 / 3.0;
    case Commitment::Planned:
        return 2.0 / 3.0;
    case Commitment::Committed:
        return 1.0;
    }
    return 0.0;
}

double RoadmapModel::stanceFactor(Stance stance)
{
    switch (stance) {
    case Stance::Invest:
        return 1.0;
    case Stance::Maintain:
        return 0.5;
    case Stance::Divest:
        return -1.0;
    }
    return 0.0;
}

QString RoadmapModel::normaliseTheme(const QString &theme)
{
    return theme.trimmed().toCaseFolded();
}

RoadmapResult RoadmapModel::evaluate(const QList<RoadmapItem> &home, const QList<RoadmapItem> &partner, int year)
{
    RoadmapResult result;
    const Vector h = toVector(home, year);
    const Vector p = toVector(partner, year);
    if (!home.isEmpty() && !partner.isEmpty()) {
        result.direction = alignment(h, p, 0, WindowYears - 1);
        result.near = alignment(h, p, 0, NearYears - 1);
        result.far = alignment(h, p, NearYears, WindowYears - 1);
    }
    for (auto it = h.cbegin(); it != h.cend(); ++it) {
        const auto other = p.constFind(it.key());
        if (other == p.cend()) {
            result.gaps.append(it.key());
            continue;
        }
        bool shared = false;
        bool conflict = false;
        for (std::size_t y = 0; y < std::size_t(WindowYears); ++y) {
            const Cell &a = it.value()[y];
            const Cell &b = other.value()[y];
            if (!a.covered || !b.covered) {
                continue;
            }
            shared = shared || (a.stance == Stance::Invest && b.stance == Stance::Invest);
            conflict = conflict || (a.stance == Stance::Invest && b.stance == Stance::Divest) ||
                       (a.stance == Stance::Divest && b.stance == Stance::Invest);
        }
        if (shared) {
            result.shared.append(it.key());
        }
        if (conflict) {
            result.conflicts.append(it.key());
        }
    }
    for (auto it = p.cbegin(); it != p.cend(); ++it) {
        if (!h.contains(it.key())) {
            result.gaps.append(it.key());
        }
    }
    result.gaps.sort();
    if (result.far) {
        result.horizon = *result.far >= LongTermMinimum - 1e-9 ? ExpectedHorizon::LongTerm : ExpectedHorizon::ShortTerm;
    }
    return result;
}

} // namespace pf::core::scoring
