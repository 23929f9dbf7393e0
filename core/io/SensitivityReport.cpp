// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SensitivityReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pf::core::io {

namespace {} // namespace

SensitivityReport SensitivityReport::compute(const AssessmentResult &result, const Framework &framework,
                                             const scoring::MonteCarloOptions &options)
{
    using scoring::SensitivityAnalysis;
    SensitivityReport report;
    report.options = options;
    report.swings = SensitivityAnalysis::oneAtATime(result);
    report.bands = SensitivityAnalysis::bandProbabilities(result, framework, options);
    report.flip = SensitivityAnalysis::smallestBandFlip(result, framework);
    return report;
}

QJsonObject SensitivityReport::toJson() const
{
    QJsonArray swingArray;
    for (const scoring::WeightSwing &s : swings) {
        swingArray.append(QJsonObject{{QStringLiteral("dimension"), s.dimension},
                                      {QStringLiteral("lower"), s.lower},
                                      {QStringLiteral("upper"), s.upper}});
    }
    QJsonObject bandObject;
    for (const scoring::BandProbability &b : bands) {
        bandObject.insert(b.band, b.probability);
    }
    QJsonValue flipValue = QJsonValue::Null;
    if (flip) {
        flipValue = QJsonObject{{QStringLiteral("dimension"), flip->dimension},
                                {QStringLiteral("weight"), flip->weight},
                                {QStringLiteral("newWeight"), flip->newWeight},
                                {QStringLiteral("relativeChange"), flip->relativeChange},
                                {QStringLiteral("newBand"), flip->newBand}};
    }
    return QJsonObject{{QStringLiteral("oneAtATime"), swingArray},
                       {QStringLiteral("bandProbabilities"), bandObject},
                       {QStringLiteral("smallestBandFlip"), flipValue},
                       {QStringLiteral("draws"), options.draws},
                       {QStringLiteral("concentration"), options.concentration},
                       {QStringLiteral("seed"), QString::number(options.seed)}};
}

QString SensitivityReport::toText(const Framework &framework, const QLocale &locale) const
{
    auto name = [&framework](const QString &key) {
        const Dimension *d = framework.dimension(key);
        return d && !d->name.isEmpty() ? d->name : key;
    };
    QString text =
        QCoreApplication::translate("SensitivityReport", "\nSensitivity (each dimension weight ×0.8 … ×1.2)\n");
    for (const scoring::WeightSwing &s : swings) {
        text += QStringLiteral("  %1 %2 … %3\n")
                    .arg(name(s.dimension).leftJustified(26), locale.toString(s.lower, 'f', 1),
                         locale.toString(s.upper, 'f', 1));
    }
    text += QCoreApplication::translate("SensitivityReport",
                                        "Band probabilities (%1 Dirichlet weight draws, concentration %2, seed %3)\n")
                .arg(options.draws)
                .arg(locale.toString(options.concentration, 'g', 6))
                .arg(options.seed);
    for (const scoring::BandProbability &b : bands) {
        text +=
            QStringLiteral("  %1 %2%\n").arg(b.band.leftJustified(26), locale.toString(100 * b.probability, 'f', 1));
    }
    if (flip) {
        text +=
            QCoreApplication::translate("SensitivityReport", "Smallest band flip: %1 weight %2 → %3 (%4%) gives %5\n")
                .arg(name(flip->dimension), locale.toString(flip->weight, 'g', 4),
                     locale.toString(flip->newWeight, 'g', 4), locale.toString(100 * flip->relativeChange, 'f', 1),
                     flip->newBand);
        if (flip->relativeChange >= 1.0) {
            text += QCoreApplication::translate(
                        "SensitivityReport",
                        "  (the weight would have to grow %1 times: the band does not hinge on the weights)\n")
                        .arg(locale.toString(flip->newWeight / flip->weight, 'f', 1));
        }
    } else {
        text += QCoreApplication::translate("SensitivityReport",
                                            "Smallest band flip: no single dimension weight changes the band\n");
    }
    return text;
}

} // namespace pf::core::io
