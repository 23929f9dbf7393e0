// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentReportText.h"

#include "ui/common/ScoreFormat.h"

#include <algorithm>
#include <cmath>

namespace pf::ui::report {

QString AssessmentReportText::dimensionName(const core::Framework &framework, const QString &key)
{
    const core::Dimension *d = framework.dimension(key);
    return d && !d->name.isEmpty() ? d->name : key;
}

QString AssessmentReportText::criterionName(const core::Framework &framework, const QString &key)
{
    if (const core::Criterion *c = framework.criterion(key); c && !c->name.isEmpty()) {
        return c->name;
    }
    if (const core::GainInput *g = framework.gainInput(key); g && !g->name.isEmpty()) {
        return g->name;
    }
    return key;
}

QString AssessmentReportText::anchor(const core::Framework &framework, const QString &key, std::optional<double> rating)
{
    if (!rating) {
        return {};
    }
    QStringList anchors;
    if (const core::Criterion *c = framework.criterion(key)) {
        anchors = c->anchors;
    } else if (const core::GainInput *g = framework.gainInput(key)) {
        anchors = g->anchors;
    }
    const int level = std::clamp(int(std::lround(*rating)), 1, 5);
    return level <= anchors.size() ? anchors.at(level - 1) : QString();
}

std::optional<charts::Band> AssessmentReportText::band(const core::Framework &framework, const QString &label)
{
    if (label.isEmpty()) {
        return std::nullopt;
    }
    for (int i = 0; i < framework.bands.size() && i < 4; ++i) {
        if (framework.bands.at(i).label.compare(label, Qt::CaseInsensitive) == 0) {
            return charts::Band(i);
        }
    }
    return charts::Band::NotRecommended;
}

QString AssessmentReportText::ratingText(const core::AssessorValue &value)
{
    switch (value.state) {
    case core::RatingState::Rated:
        return QLocale().toString(value.value);
    case core::RatingState::NotApplicable:
        return tr("n/a");
    case core::RatingState::NotAssessed:
        break;
    }
    return ScoreFormat::notAssessed();
}

QString AssessmentReportText::quadrant(core::GainQuadrant quadrant)
{
    switch (quadrant) {
    case core::GainQuadrant::WinWin:
        return tr("win-win");
    case core::GainQuadrant::WeWin:
        return tr("we win, they do not: extractive and unstable");
    case core::GainQuadrant::TheyWin:
        return tr("they win, we do not");
    case core::GainQuadrant::LoseLose:
        return tr("lose-lose");
    case core::GainQuadrant::NotAssessed:
        break;
    }
    return ScoreFormat::notAssessed();
}

QString AssessmentReportText::horizon(core::ExpectedHorizon horizon)
{
    switch (horizon) {
    case core::ExpectedHorizon::ShortTerm:
        return tr("short-term partnership with limited returns");
    case core::ExpectedHorizon::LongTerm:
        return tr("long-term partnership");
    case core::ExpectedHorizon::Unknown:
        break;
    }
    return tr("unknown (nothing to compare in the far horizon)");
}

QString AssessmentReportText::themes(const core::AssessmentInput &input, const QStringList &keys)
{
    if (keys.isEmpty()) {
        return tr("none");
    }
    QStringList names;
    for (const QString &key : keys) {
        QString name = key;
        for (const QList<core::RoadmapItem> *items : {&input.homeRoadmap, &input.partnerRoadmap}) {
            const auto it = std::find_if(items->begin(), items->end(), [&key](const core::RoadmapItem &item) {
                return item.theme.trimmed().compare(key, Qt::CaseInsensitive) == 0;
            });
            if (it != items->end()) {
                name = it->theme.trimmed();
                break;
            }
        }
        names << name;
    }
    return QLocale().createSeparatedList(names);
}

std::optional<int> AssessmentReportText::spread(const core::CriterionResult &criterion)
{
    std::optional<int> low;
    std::optional<int> high;
    int count = 0;
    for (const core::AssessorValue &value : criterion.assessors) {
        if (value.state == core::RatingState::Rated) {
            low = std::min(low.value_or(value.value), value.value);
            high = std::max(high.value_or(value.value), value.value);
            ++count;
        }
    }
    if (count < 2) {
        return std::nullopt;
    }
    return *high - *low;
}

QString AssessmentReportText::status(const core::AssessmentSummary &summary)
{
    return summary.status == core::AssessmentStatus::Finalised
               ? tr("Finalised (version %1)").arg(QLocale().toString(summary.version))
               : tr("Draft (not finalised)");
}

QString AssessmentReportText::kind(const core::AssessmentSummary &summary)
{
    return summary.kind == core::AssessmentKind::HealthCheck ? tr("Health check") : tr("Selection");
}

} // namespace pf::ui::report
