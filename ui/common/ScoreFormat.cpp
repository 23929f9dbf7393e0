// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreFormat.h"

#include "ui/charts/ChartFormat.h"

#include <QLocale>

#include <cmath>

namespace pf::ui {

// The charts and the pages share one rounding (ChartFormat): a score reads the same everywhere.
QString ScoreFormat::whole(std::optional<double> score)
{
    return charts::ChartFormat::score(score);
}

QString ScoreFormat::detail(std::optional<double> score)
{
    return charts::ChartFormat::detail(score);
}

QString ScoreFormat::rating(double value)
{
    const bool integral = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', integral ? 0 : 1);
}

QString ScoreFormat::percent(double share)
{
    return charts::ChartFormat::percent(share);
}

QString ScoreFormat::confidence(core::Confidence confidence)
{
    switch (confidence) {
    case core::Confidence::High:
        return tr("High confidence");
    case core::Confidence::Medium:
        return tr("Medium confidence");
    case core::Confidence::Low:
        break;
    }
    return tr("Low confidence");
}

QString ScoreFormat::band(const QString &label)
{
    if (label == QLatin1String("Strong fit")) {
        return tr("Strong fit");
    }
    if (label == QLatin1String("Promising")) {
        return tr("Promising");
    }
    if (label == QLatin1String("Conditional")) {
        return tr("Conditional");
    }
    if (label == QLatin1String("Weak fit")) {
        return tr("Weak fit");
    }
    if (label == QLatin1String("Not recommended")) {
        return tr("Not recommended");
    }
    return label.isEmpty() ? tr("Not assessed") : label;
}

} // namespace pf::ui
