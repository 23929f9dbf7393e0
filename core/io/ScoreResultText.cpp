// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ScoreResultText.h"

#include "core/io/ScoreResultJson.h"

#include <QCoreApplication>

namespace pf::core::io {

namespace {} // namespace

QString ScoreResultText::format(const AssessmentResult &result, const Framework &framework, const QString &partnerName,
                                const QLocale &locale)
{
    auto score = [&locale](const std::optional<double> &value) {
        return value ? locale.toString(*value, 'f', 1) : QCoreApplication::translate("ScoreResultText", "not assessed");
    };
    QString text;
    const QString who = partnerName.isEmpty() ? QCoreApplication::translate("ScoreResultText", "Partner") : partnerName;
    text += QCoreApplication::translate("ScoreResultText", "%1 — %2 (%3 v%4)\n")
                .arg(who, framework.name.isEmpty() ? framework.key : framework.name, framework.key)
                .arg(framework.version);
    text +=
        QCoreApplication::translate("ScoreResultText", "Verdict:    %1\n")
            .arg(result.band.isEmpty() ? QCoreApplication::translate("ScoreResultText", "not assessed") : result.band);
    text += QCoreApplication::translate("ScoreResultText", "Overall:    %1\n").arg(score(result.overall));
    text +=
        QCoreApplication::translate("ScoreResultText", "Confidence: %1 (coverage %2%)\n")
            .arg(ScoreResultJson::confidenceName(result.confidence), locale.toString(result.coverage * 100, 'f', 0));
    text += QCoreApplication::translate("ScoreResultText", "\nPillars\n");
    const QString quadrant = ScoreResultJson::quadrantName(result.mutualGain.quadrant);
    text += QCoreApplication::translate("ScoreResultText", "  Cultural fit       similarity %1\n")
                .arg(score(result.culture.similarity));
    text += QCoreApplication::translate("ScoreResultText", "  Mutual gain        index %1 (us %2, partner %3, %4)\n")
                .arg(score(result.mutualGain.index), score(result.mutualGain.us), score(result.mutualGain.partner),
                     quadrant.isEmpty() ? QCoreApplication::translate("ScoreResultText", "not assessed") : quadrant);
    text += QCoreApplication::translate("ScoreResultText", "  Roadmap alignment  direction %1 (near %2, far %3, %4)\n")
                .arg(score(result.roadmap.direction), score(result.roadmap.near), score(result.roadmap.far),
                     ScoreResultJson::horizonName(result.roadmap.horizon));
    text += QCoreApplication::translate("ScoreResultText", "\nDimensions\n");
    for (const DimensionResult &d : result.dimensions) {
        const Dimension *dimension = framework.dimension(d.key);
        const QString name = dimension && !dimension->name.isEmpty() ? dimension->name : d.key;
        text += QStringLiteral("  %1 %2\n").arg(name.leftJustified(26), score(d.score));
    }
    if (!result.knockouts.isEmpty()) {
        text += QCoreApplication::translate("ScoreResultText", "\nKnock-outs\n");
        for (const KnockoutResult &k : result.knockouts) {
            text += QStringLiteral("  %1: %2\n").arg(k.criterion, k.reason);
        }
    }
    if (!result.discuss.isEmpty()) {
        text += QCoreApplication::translate("ScoreResultText", "\nTo discuss (assessors differ by 2 points or more)\n");
        for (const QString &key : result.discuss) {
            text += QStringLiteral("  %1\n").arg(key);
        }
    }
    if (!result.recommendations.isEmpty()) {
        text += QCoreApplication::translate("ScoreResultText", "\nRecommendations\n");
        for (const Recommendation &r : result.recommendations) {
            text += QStringLiteral("  [%1] %2\n").arg(r.lesson).arg(r.text);
        }
    }
    return text;
}

} // namespace pf::core::io
