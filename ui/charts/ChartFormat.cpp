// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFormat.h"

#include <QLocale>

#include <cmath>

namespace pf::ui::charts {

QString ChartFormat::dash()
{
    return QString(QChar(0x2014));
}

QString ChartFormat::notAssessed()
{
    return tr("Not assessed");
}

QString ChartFormat::score(std::optional<double> value)
{
    // Round half away from zero, as everywhere else; never show "-0".
    return value ? QLocale().toString(std::round(*value) + 0.0, 'f', 0) : dash();
}

QString ChartFormat::detail(std::optional<double> value)
{
    return value ? QLocale().toString(std::round(*value * 10.0) / 10.0 + 0.0, 'f', 1) : dash();
}

QString ChartFormat::signedDetail(double value)
{
    const double rounded = std::round(value * 10.0) / 10.0;
    const QString digits = QLocale().toString(std::abs(rounded), 'f', 1);
    if (rounded > 0) {
        return QLocale().positiveSign() + digits;
    }
    if (rounded < 0) {
        return QString(QChar(0x2212)) + digits; // a real minus sign, as wide as the plus
    }
    return digits;
}

QString ChartFormat::percent(double fraction)
{
    const QLocale locale;
    return locale.toString(std::round(fraction * 100.0) + 0.0, 'f', 0) + locale.percent();
}

QString ChartFormat::bandName(Band band)
{
    switch (band) {
    case Band::StrongFit:
        return tr("Strong fit");
    case Band::Promising:
        return tr("Promising");
    case Band::Conditional:
        return tr("Conditional");
    case Band::WeakFit:
        return tr("Weak fit");
    case Band::NotRecommended:
        return tr("Not recommended");
    }
    return {};
}

QString ChartFormat::roadmapStateName(RoadmapState state)
{
    switch (state) {
    case RoadmapState::Shared:
        return tr("Shared");
    case RoadmapState::Conflict:
        return tr("Conflict");
    case RoadmapState::Gap:
        return tr("Gap");
    case RoadmapState::Other:
        return tr("Other");
    }
    return {};
}

} // namespace pf::ui::charts
