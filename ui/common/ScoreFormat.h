// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"
#include "ui/charts/ChartFormat.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pf::ui {

/** The one place that turns scores into text, so the same rounding shows everywhere. */
class ScoreFormat
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::ScoreFormat)

public:
    /// "—" for not assessed.
    static QString notAssessed() { return charts::ChartFormat::dash(); }
    /// A 0–100 score as a whole number (lists, badges), or "—".
    static QString whole(std::optional<double> score);
    /// A 0–100 score with one decimal (details, tooltips), or "—".
    static QString detail(std::optional<double> score);
    /// A 1–5 rating value: "4" or "3.5".
    static QString rating(double value);
    /// A share 0..1 as a whole percentage, "82 %" in the user's locale.
    static QString percent(double share);
    static QString confidence(core::Confidence confidence);
    /// The band label in the user's language (framework bands are stored in English).
    static QString band(const QString &label);
};

} // namespace pf::ui
