// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentReport.h"

#include "AssessmentReportText.h"
#include "ReportBlocks.h"
#include "ui/charts/ChartFormat.h"
#include "ui/charts/QuadrantChart.h"
#include "ui/charts/RadarChart.h"
#include "ui/charts/ResultChartData.h"
#include "ui/charts/RoadmapTimelineChart.h"
#include "ui/common/ScoreFormat.h"

#include <algorithm>
#include <cmath>

namespace pf::ui::report {

namespace {

using Text = ReportStyle::Text;
using T = AssessmentReportText;

QString joinedDot(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty()) {
            kept << part.trimmed();
        }
    }
    return kept.join(QStringLiteral(" · "));
}

QString assessorRatings(const core::CriterionResult &criterion)
{
    QStringList parts;
    for (const core::AssessorValue &value : criterion.assessors) {
        parts << QStringLiteral("%1 %2").arg(value.assessor, T::ratingText(value));
    }
    return parts.isEmpty() ? ScoreFormat::notAssessed() : parts.join(QStringLiteral(" · "));
}

/// A bold label followed by plain text, as one paragraph.
ParagraphBlock labelled(const ReportDocument &doc, const QString &label, const QString &text)
{
    return ParagraphBlock({TextSpan{label + QStringLiteral(" "), doc.style().font(Text::Body, QFont::DemiBold), {}},
                           TextSpan{text, doc.style().font(Text::Body), {}}});
}

} // namespace

QString AssessmentReport::title(const AssessmentReportData &data)
{
    return tr("Partner assessment: %1").arg(data.input.partnerName);
}

QString AssessmentReport::subject(const AssessmentReportData &data)
{
    const QString band = data.result.band.isEmpty() ? ScoreFormat::notAssessed() : ScoreFormat::band(data.result.band);
    return tr("%1 against %2 version %3, %4: %5, overall %6/100")
        .arg(data.input.partnerName, data.input.framework.name, QLocale().toString(data.input.framework.version),
             QLocale().toString(data.input.asOf, QLocale::ShortFormat), band, ScoreFormat::whole(data.result.overall));
}

ReportDocument AssessmentReport::build(const AssessmentReportData &data, const QLocale &locale)
{
    ReportDocument doc(ReportStyle(), locale);
    doc.setTitle(title(data));
    doc.setSubject(subject(data));
    doc.setHeader(tr("PartnerFit · Partner assessment"), data.input.partnerName);
    doc.setFooter(tr("Generated %1").arg(locale.toString(data.generatedAt, QLocale::ShortFormat)));
    addCover(doc, data);
    addSummary(doc, data);
    addCulture(doc, data);
    addMutualGain(doc, data);
    addRoadmap(doc, data);
    addCriteria(doc, data);
    addSensitivity(doc, data);
    addDecisionQuality(doc, data);
    addAppendix(doc, data);
    return doc;
}

void AssessmentReport::addCover(ReportDocument &doc, const AssessmentReportData &data)
{
    const ReportStyle &style = doc.style();
    const core::AssessmentResult &result = data.result;
    const core::Framework &framework = data.input.framework;
    doc.add(SpacerBlock(56));
    doc.add(ParagraphBlock({TextSpan{tr("PARTNER ASSESSMENT"), style.font(Text::Small, QFont::Bold), style.accent()}}));
    doc.add(ParagraphBlock({TextSpan{data.input.partnerName, style.font(Text::Title, QFont::Bold), {}}}))
        .setSpaceBefore(6);
    doc.add(ParagraphBlock(joinedDot({data.partner.type, data.partner.stage, data.partner.industry,
                                      QLocale().createSeparatedList(data.partner.regions)}),
                           ParagraphBlock::Role::Muted));
    doc.add(SpacerBlock(28));
    const QString overall = tr("Overall %1/100").arg(ScoreFormat::whole(result.overall));
    const QString figures = tr("%1 · %2 of the weighted criteria assessed")
                                .arg(ScoreFormat::confidence(result.confidence), ScoreFormat::percent(result.coverage));
    if (const auto band = T::band(framework, result.band)) {
        doc.add(BadgeBlock(*band, ScoreFormat::band(result.band), overall, 20));
        doc.add(ParagraphBlock(figures, ParagraphBlock::Role::Muted)).setSpaceBefore(8);
    } else {
        doc.add(labelled(doc, tr("Verdict:"), tr("not assessed yet. %1").arg(figures)));
    }
    for (const core::KnockoutResult &knockout : result.knockouts) {
        doc.add(ParagraphBlock({TextSpan{tr("Knock-out: "), style.font(Text::Body, QFont::Bold), style.warning()},
                                TextSpan{knockout.reason, style.font(Text::Body), style.warning()}}));
    }
    QStringList assessors = data.assessors;
    const QString assessorText = assessors.isEmpty() ? tr("none yet") : QLocale().createSeparatedList(assessors);
    QList<QPair<QString, QString>> facts{
        {tr("Assessment"), data.assessment.title.isEmpty() ? T::kind(data.assessment) : data.assessment.title},
        {tr("Assessment date"), QLocale().toString(data.input.asOf, QLocale::LongFormat)},
        {tr("Status"), T::status(data.assessment)},
        {tr("Assessors"), assessorText},
        {tr("Framework"),
         tr("%1 (%2), version %3").arg(framework.name, framework.key, QLocale().toString(framework.version))},
        {tr("Partner owner"), data.partner.owner.isEmpty() ? ScoreFormat::notAssessed() : data.partner.owner},
        {tr("Generated"), QLocale().toString(data.generatedAt, QLocale::LongFormat)},
    };
    doc.add(SpacerBlock(20));
    doc.add(TableBlock::keyValue(facts));
    if (!data.partner.notes.trimmed().isEmpty()) {
        doc.add(HeadingBlock(tr("Partner notes"), 3));
        // Plain text: whatever the note contains prints as typed.
        doc.add(ParagraphBlock(data.partner.notes));
    }
    doc.add(HeadingBlock(tr("Score by dimension"), 3));
    auto chart = std::make_shared<charts::RadarChart>(charts::ResultChartData::dimensions(data.input, result));
    chart->setTitleVisible(false);
    doc.add(ChartBlock(chart, 330));
}

void AssessmentReport::addSummary(ReportDocument &doc, const AssessmentReportData &data)
{
    const ReportStyle &style = doc.style();
    const core::AssessmentResult &result = data.result;
    const core::Framework &framework = data.input.framework;
    doc.add(HeadingBlock(tr("Executive summary"), 1, true));
    const QString band = result.band.isEmpty() ? tr("Not assessed") : ScoreFormat::band(result.band);
    doc.add(
        ParagraphBlock(tr("Verdict: %1 with an overall score of %2/100 (%3). %4 of the weighted criteria are "
                          "assessed; unresolved disagreements between assessors: %5.")
                           .arg(band, ScoreFormat::whole(result.overall), ScoreFormat::confidence(result.confidence),
                                ScoreFormat::percent(result.coverage), QLocale().toString(result.discuss.size())),
                       ParagraphBlock::Role::Lead));

    doc.add(HeadingBlock(tr("The three pillars"), 2));
    TableBlock pillars({{tr("Pillar"), 1.6, Qt::AlignLeft},
                        {tr("Score"), 0.7, Qt::AlignRight},
                        {tr("What the model says"), 4.2, Qt::AlignLeft}});
    const auto dimensionScore = [&result](const QString &key) {
        const core::DimensionResult *d = result.dimension(key);
        return d ? d->score : std::nullopt;
    };
    pillars.addRow({TableCell::strong(T::dimensionName(framework, QStringLiteral("culture"))),
                    TableCell::strong(ScoreFormat::whole(dimensionScore(QStringLiteral("culture")))),
                    tr("Culture profile similarity %1/100 over the axes rated on both sides.")
                        .arg(ScoreFormat::whole(result.culture.similarity))});
    pillars.addRow({TableCell::strong(T::dimensionName(framework, QStringLiteral("mutual_gain"))),
                    TableCell::strong(ScoreFormat::whole(dimensionScore(QStringLiteral("mutual_gain")))),
                    tr("Mutual-gain index %1/100: value to us %2, to the partner %3 (%4).")
                        .arg(ScoreFormat::whole(result.mutualGain.index), ScoreFormat::whole(result.mutualGain.us),
                             ScoreFormat::whole(result.mutualGain.partner), T::quadrant(result.mutualGain.quadrant))});
    pillars.addRow({TableCell::strong(T::dimensionName(framework, QStringLiteral("roadmap"))),
                    TableCell::strong(ScoreFormat::whole(dimensionScore(QStringLiteral("roadmap")))),
                    tr("Direction %1/100, near horizon %2, far horizon %3: %4.")
                        .arg(ScoreFormat::whole(result.roadmap.direction), ScoreFormat::whole(result.roadmap.near),
                             ScoreFormat::whole(result.roadmap.far), T::horizon(result.roadmap.horizon))});
    doc.add(std::move(pillars));

    TableBlock dimensions({{tr("Dimension"), 2.4, Qt::AlignLeft},
                           {tr("Weight"), 0.8, Qt::AlignRight},
                           {tr("Score"), 0.8, Qt::AlignRight},
                           {tr("Points of the overall"), 1.4, Qt::AlignRight}});
    double weights = 0;
    for (const core::DimensionResult &d : result.dimensions) {
        weights += d.score ? d.weight : 0.0;
    }
    for (const core::DimensionResult &d : result.dimensions) {
        const std::optional<double> points =
            d.score && weights > 0 ? std::optional<double>(*d.score * d.weight / weights) : std::nullopt;
        dimensions.addRow({T::dimensionName(framework, d.key), QLocale().toString(d.weight, 'g', 4),
                           ScoreFormat::whole(d.score), ScoreFormat::detail(points)});
    }
    doc.add(HeadingBlock(tr("Every dimension"), 3));
    doc.add(std::move(dimensions));

    // Strengths: the best-scored criteria; risks: those that cost the most points below 60.
    QList<const core::CriterionResult *> scored;
    for (const core::CriterionResult &c : result.criteria) {
        if (c.score) {
            scored << &c;
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto *a, const auto *b) { return *a->score > *b->score; });
    doc.add(HeadingBlock(tr("Top strengths"), 3));
    int strengths = 0;
    for (const core::CriterionResult *c : scored) {
        if (strengths == 3 || *c->score < 60.0) {
            break;
        }
        doc.add(ParagraphBlock(tr("%1: %2/100").arg(T::criterionName(framework, c->key), ScoreFormat::whole(c->score))))
            .setBullet(QStringLiteral("•"));
        ++strengths;
    }
    if (strengths == 0) {
        doc.add(ParagraphBlock(tr("No criterion scores 60 or more."), ParagraphBlock::Role::Muted));
    }
    doc.add(HeadingBlock(tr("Top risks"), 3));
    std::stable_sort(scored.begin(), scored.end(), [](const auto *a, const auto *b) { return *a->score < *b->score; });
    int risks = 0;
    for (const core::CriterionResult *c : scored) {
        if (risks == 3 || *c->score >= 60.0) {
            break;
        }
        doc.add(ParagraphBlock(tr("%1: %2/100").arg(T::criterionName(framework, c->key), ScoreFormat::whole(c->score))))
            .setBullet(QStringLiteral("•"));
        ++risks;
    }
    if (!result.discuss.isEmpty()) {
        QStringList open;
        for (const QString &key : result.discuss) {
            open << T::criterionName(framework, key);
        }
        doc.add(ParagraphBlock(tr("Assessors disagree by 2 points or more, with no consensus yet, on: %1.")
                                   .arg(QLocale().createSeparatedList(open))))
            .setBullet(QStringLiteral("•"));
        ++risks;
    }
    if (risks == 0) {
        doc.add(ParagraphBlock(tr("No criterion scores below 60 and no disagreement is open."),
                               ParagraphBlock::Role::Muted));
    }

    doc.add(HeadingBlock(tr("Recommendations"), 3));
    for (const core::Recommendation &r : result.recommendations) {
        // The rule texts name their lesson ("Lesson 4 – understand your partner's roadmap: ...").
        doc.add(ParagraphBlock(r.text)).setBullet(QStringLiteral("•"));
    }
    if (result.recommendations.isEmpty()) {
        doc.add(ParagraphBlock(tr("No rule fired: nothing to recommend beyond the usual reviews."),
                               ParagraphBlock::Role::Muted));
    }
    doc.add(HeadingBlock(tr("Knock-outs"), 3));
    for (const core::KnockoutResult &k : result.knockouts) {
        doc.add(ParagraphBlock({TextSpan{T::criterionName(framework, k.criterion) + QStringLiteral(": "),
                                         style.font(Text::Body, QFont::DemiBold), style.warning()},
                                TextSpan{k.reason, style.font(Text::Body), style.warning()}}))
            .setBullet(QStringLiteral("•"));
    }
    if (result.knockouts.isEmpty()) {
        doc.add(ParagraphBlock(tr("None: no knock-out rule fired."), ParagraphBlock::Role::Muted));
    }
}

void AssessmentReport::addCulture(ReportDocument &doc, const AssessmentReportData &data)
{
    const core::AssessmentResult &result = data.result;
    const core::Framework &framework = data.input.framework;
    const core::DimensionResult *dimension = result.dimension(QStringLiteral("culture"));
    doc.add(HeadingBlock(tr("Pillar: %1").arg(T::dimensionName(framework, QStringLiteral("culture"))), 1, true));
    doc.add(ParagraphBlock(tr("Culture profile similarity is %1/100; the dimension scores %2/100. Each axis runs from "
                              "1 to 7 between its two poles; a distance within the axis' tolerance counts as a full "
                              "fit.")
                               .arg(ScoreFormat::detail(result.culture.similarity),
                                    ScoreFormat::whole(dimension ? dimension->score : std::nullopt)),
                           ParagraphBlock::Role::Lead));
    auto chart = std::make_shared<charts::RadarChart>(charts::ResultChartData::culture(data.input, result));
    chart->setTitleVisible(false);
    doc.add(ChartBlock(chart, 390));
    TableBlock table({{tr("Axis"), 3.0, Qt::AlignLeft},
                      {tr("Us"), 0.8, Qt::AlignRight},
                      {tr("Partner"), 0.8, Qt::AlignRight},
                      {tr("Distance"), 0.9, Qt::AlignRight},
                      {tr("Tolerance"), 0.9, Qt::AlignRight},
                      {tr("Fit"), 0.8, Qt::AlignRight}});
    for (const core::AxisFit &fit : result.culture.axes) {
        const core::CultureAxis *axis = framework.cultureAxis(fit.axis);
        const QString name = axis ? tr("%1 ↔ %2").arg(axis->lowPole, axis->highPole) : fit.axis;
        const auto number = [](std::optional<double> v) {
            return v ? QLocale().toString(*v, 'g', 3) : ScoreFormat::notAssessed();
        };
        const std::optional<double> distance =
            fit.home && fit.partner ? std::optional<double>(std::abs(*fit.home - *fit.partner)) : std::nullopt;
        table.addRow({name, number(fit.home), number(fit.partner), number(distance),
                      axis ? QLocale().toString(axis->tolerance, 'g', 3) : ScoreFormat::notAssessed(),
                      fit.fit ? ScoreFormat::percent(*fit.fit) : ScoreFormat::notAssessed()});
    }
    doc.add(std::move(table));
}

void AssessmentReport::addMutualGain(ReportDocument &doc, const AssessmentReportData &data)
{
    const core::AssessmentResult &result = data.result;
    const core::Framework &framework = data.input.framework;
    const core::MutualGainResult &gain = result.mutualGain;
    doc.add(HeadingBlock(tr("Pillar: %1").arg(T::dimensionName(framework, QStringLiteral("mutual_gain"))), 1, true));
    const QString balance = gain.balance ? QLocale().toString(*gain.balance, 'f', 2) : ScoreFormat::notAssessed();
    doc.add(ParagraphBlock(tr("Value to us %1/100, value to the partner %2/100: mutual-gain index %3/100 (the "
                              "geometric mean, zero when either side gains nothing), balance %4. Quadrant: %5.")
                               .arg(ScoreFormat::detail(gain.us), ScoreFormat::detail(gain.partner),
                                    ScoreFormat::detail(gain.index), balance, T::quadrant(gain.quadrant)),
                           ParagraphBlock::Role::Lead));
    auto chart =
        std::make_shared<charts::QuadrantChart>(charts::ResultChartData::mutualGain(data.input.partnerName, result));
    chart->setTitleVisible(false);
    doc.add(ChartBlock(chart, 400, 520));
    TableBlock table({{tr("Input"), 2.6, Qt::AlignLeft},
                      {tr("Value to"), 1.0, Qt::AlignLeft},
                      {tr("Assessors"), 2.6, Qt::AlignLeft},
                      {tr("Score"), 0.7, Qt::AlignRight}});
    for (const core::CriterionResult &input : result.gainInputs) {
        const core::GainInput *g = framework.gainInput(input.key);
        const QString side = g && g->side == core::GainSide::Partner ? tr("the partner") : tr("us");
        table.addRow(
            {T::criterionName(framework, input.key), side, assessorRatings(input), ScoreFormat::whole(input.score)});
    }
    doc.add(std::move(table));
}

void AssessmentReport::addRoadmap(ReportDocument &doc, const AssessmentReportData &data)
{
    const core::AssessmentResult &result = data.result;
    const core::Framework &framework = data.input.framework;
    const core::RoadmapResult &roadmap = result.roadmap;
    const int year = data.input.asOf.year();
    doc.add(HeadingBlock(tr("Pillar: %1").arg(T::dimensionName(framework, QStringLiteral("roadmap"))), 1, true));
    doc.add(ParagraphBlock(tr("Direction over %1–%2 is %3/100; near horizon (%1–%4) %5, far horizon (%6–%2) %7. "
                              "Expected: %8.")
                               .arg(QString::number(year), QString::number(year + 5),
                                    ScoreFormat::detail(roadmap.direction), QString::number(year + 2),
                                    ScoreFormat::detail(roadmap.near), QString::number(year + 3),
                                    ScoreFormat::detail(roadmap.far), T::horizon(roadmap.horizon)),
                           ParagraphBlock::Role::Lead));
    auto chart = std::make_shared<charts::RoadmapTimelineChart>(charts::ResultChartData::roadmap(data.input, result));
    chart->setTitleVisible(false);
    doc.add(ChartBlock(chart, std::clamp<qreal>(64.0 + 50.0 * qreal(data.result.roadmap.shared.size() +
                                                                    data.result.roadmap.conflicts.size() +
                                                                    data.result.roadmap.gaps.size()),
                                                200.0, 420.0)));
    doc.add(TableBlock::keyValue({{tr("Shared themes"), T::themes(data.input, roadmap.shared)},
                                  {tr("Conflicts"), T::themes(data.input, roadmap.conflicts)},
                                  {tr("Gaps (one side only)"), T::themes(data.input, roadmap.gaps)}}));
    TableBlock items({{tr("Side"), 1.0, Qt::AlignLeft},
                      {tr("Theme"), 1.6, Qt::AlignLeft},
                      {tr("Years"), 1.2, Qt::AlignLeft},
                      {tr("Commitment"), 1.2, Qt::AlignLeft},
                      {tr("Stance"), 1.0, Qt::AlignLeft}});
    const auto commitment = [](core::Commitment c) {
        return c == core::Commitment::Committed ? tr("committed")
                                                : (c == core::Commitment::Planned ? tr("planned") : tr("exploring"));
    };
    const auto stance = [](core::Stance s) {
        return s == core::Stance::Invest ? tr("invest") : (s == core::Stance::Maintain ? tr("maintain") : tr("divest"));
    };
    for (const auto &[list, side] :
         {std::pair{&data.input.homeRoadmap, tr("Us")}, std::pair{&data.input.partnerRoadmap, tr("Partner")}}) {
        for (const core::RoadmapItem &item : *list) {
            items.addRow({side, item.theme, QStringLiteral("%1–%2").arg(item.from).arg(item.to),
                          commitment(item.commitment), stance(item.stance)});
        }
    }
    doc.add(HeadingBlock(tr("Roadmap items"), 3));
    doc.add(std::move(items.setMaxLinesPerCell(2)));
}

} // namespace pf::ui::report
