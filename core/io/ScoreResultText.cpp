// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ScoreResultText.h"

#include "core/io/ScoreResultJson.h"

#include <QCoreApplication>

namespace pf::core::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScoreResultText", text);
}

} // namespace

QString ScoreResultText::format(const AssessmentResult &result, const Framework &framework, const QString &partnerName,
                                const QLocale &locale)
{
    auto score = [&locale](const std::optional<double> &value) {
        return value ? locale.toString(*value, 'f', 1) : tr("not assessed");
    };
    QString text;
    const QString who = partnerName.isEmpty() ? tr("Partner") : partnerName;
    text += tr("%1 — %2 (%3 v%4)\n")
                .arg(who, framework.name.isEmpty() ? framework.key : framework.name, framework.key)
                .arg(framework.version);
    text += tr("Verdict:    %1\n").arg(result.band.isEmpty() ? tr("not assessed") : result.band);
    text += tr("Overall:    %1\n").arg(score(result.overall));
    text +=
        tr("Confidence: %1 (coverage %2%)\n")
            .arg(ScoreResultJson::confidenceName(result.confidence), locale.toString(result.coverage * 100, 'f', 0));
    text += tr("\nPillars\n");
    const QString quadrant = ScoreResultJson::quadrantName(result.mutualGain.quadrant);
    text += tr("  Cultural fit       similarity %1\n").arg(score(result.culture.similarity));
    text += tr("  Mutual gain        index %1 (us %2, partner %3, %4)\n")
                .arg(score(result.mutualGain.index), score(result.mutualGain.us), score(result.mutualGain.partner),
                     quadrant.isEmpty() ? tr("not assessed") : quadrant);
    text += tr("  Roadmap alignment  direction %1 (near %2, far %3, %4)\n")
                .arg(score(result.roadmap.direction), score(result.roadmap.near), score(result.roadmap.far),
                     ScoreResultJson::horizonName(result.roadmap.horizon));
    text += tr("\nDimensions\n");
    for (const DimensionResult &d : result.dimensions) {
        const Dimension *dimension = framework.dimension(d.key);
        const QString name = dimension && !dimension->name.isEmpty() ? dimension->name : d.key;
        text += QStringLiteral("  %1 %2\n").arg(name.leftJustified(26), score(d.score));
    }
    if (!result.knockouts.isEmpty()) {
        text += tr("\nKnock-outs\n");
        for (const KnockoutResult &k : result.knockouts) {
            text += QStringLiteral("  %1: %2\n").arg(k.criterion, k.reason);
        }
    }
    if (!result.discuss.isEmpty()) {
        text += tr("\nTo discuss (assessors differ by 2 points or more)\n");
        for (const QString &key : result.discuss) {
            text += QStringLiteral("  %1\n").arg(key);
        }
    }
    if (!result.recommendations.isEmpty()) {
        text += tr("\nRecommendations\n");
        for (const Recommendation &r : result.recommendations) {
            text += QStringLiteral("  [%1] %2\n").arg(r.lesson).arg(r.text);
        }
    }
    return text;
}

} // namespace pf::core::io
