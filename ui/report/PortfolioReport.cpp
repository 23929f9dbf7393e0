// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortfolioReport.h"

#include "AssessmentReportText.h"
#include "PortfolioBlocks.h"
#include "ReportBlocks.h"
#include "ui/charts/BandBadge.h"
#include "ui/charts/ChartFormat.h"
#include "ui/charts/QuadrantChart.h"
#include "ui/common/ScoreFormat.h"
#include "ui/partners/PartnerListModel.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <map>

namespace pf::ui::report {

namespace {

using Text = ReportStyle::Text;
using Entry = PortfolioReportData::Entry;

std::optional<double> dimensionScore(const core::AssessmentResult &result, const QString &key)
{
    const core::DimensionResult *dimension = result.dimension(key);
    return dimension ? dimension->score : std::nullopt;
}

/// A probability as a whole percentage, "< 1 %" and "> 99 %" where rounding would claim certainty.
QString probability(double p)
{
    if (p > 0.0 && p < 0.005) {
        return PortfolioReport::tr("< %1").arg(ScoreFormat::percent(0.01));
    }
    if (p < 1.0 && p > 0.995) {
        return PortfolioReport::tr("> %1").arg(ScoreFormat::percent(0.99));
    }
    return ScoreFormat::percent(p);
}

/// Confidence in a word, for narrow table columns.
QString confidenceWord(core::Confidence confidence)
{
    switch (confidence) {
    case core::Confidence::High:
        return PortfolioReport::tr("High");
    case core::Confidence::Medium:
        return PortfolioReport::tr("Medium");
    case core::Confidence::Low:
        break;
    }
    return PortfolioReport::tr("Low");
}

QString rankText(int rank)
{
    return QLocale().toString(rank);
}

QString stageName(const core::Partner &partner)
{
    return PartnerListModel::stageName(partner.stage);
}

} // namespace

QString PortfolioReport::title(const PortfolioReportData &data)
{
    return tr("Partner portfolio: %1").arg(data.selectionText());
}

QString PortfolioReport::subject(const PortfolioReportData &data)
{
    return tr("Ranking, mutual gain, pillars and rank stability against %2 version %3; partners ranked: %1")
        .arg(QLocale().toString(data.entries.size()), data.framework.name, QLocale().toString(data.framework.version));
}

ReportDocument PortfolioReport::build(const PortfolioReportData &input, const QLocale &locale)
{
    std::optional<PortfolioReportData> analysed;
    if (!input.analysed) {
        analysed = input;
        analysed->analyse();
    }
    const PortfolioReportData &data = analysed ? *analysed : input;
    ReportDocument doc(ReportStyle(), locale);
    doc.setTitle(title(data));
    doc.setSubject(subject(data));
    doc.setHeader(tr("PartnerFit · Portfolio report"), data.selectionText());
    doc.setFooter(tr("Generated %1").arg(locale.toString(data.generatedAt, QLocale::ShortFormat)));
    addCover(doc, data);
    addRanking(doc, data);
    addQuadrant(doc, data);
    addPillars(doc, data);
    addStability(doc, data);
    addProvenance(doc, data);
    return doc;
}

void PortfolioReport::addCover(ReportDocument &doc, const PortfolioReportData &data)
{
    const ReportStyle &style = doc.style();
    doc.add(SpacerBlock(56));
    doc.add(ParagraphBlock({TextSpan{tr("PORTFOLIO REPORT"), style.font(Text::Small, QFont::Bold), style.accent()}}));
    doc.add(ParagraphBlock({TextSpan{tr("Partner portfolio"), style.font(Text::Title, QFont::Bold), {}}}))
        .setSpaceBefore(6);
    doc.add(ParagraphBlock(data.selectionText(), ParagraphBlock::Role::Muted));
    doc.add(SpacerBlock(24));

    // How many partners fall in each band, as badges with counts.
    std::map<int, int> counts; // band order -> partners
    for (const Entry &entry : data.entries) {
        if (const auto band = AssessmentReportText::band(data.framework, entry.result.band)) {
            ++counts[int(*band)];
        }
    }
    TableBlock bands({{tr("Band"), 1.6, Qt::AlignLeft},
                      {tr("Partners"), 0.8, Qt::AlignRight},
                      {tr("Highest ranked"), 3.6, Qt::AlignLeft}});
    for (const auto &[band, count] : counts) {
        QStringList names;
        for (const Entry &entry : data.entries) {
            const auto b = AssessmentReportText::band(data.framework, entry.result.band);
            if (b && int(*b) == band && names.size() < 3) {
                // Isolated, so that an Arabic name does not pull the separators of a Latin list into its run.
                names << QChar(0x2068) + entry.partner.name + QChar(0x2069);
            }
        }
        bands.addRow({TableCell::bandBadge(charts::Band(band)), TableCell::strong(QLocale().toString(count)),
                      QLocale().createSeparatedList(names)});
    }
    bands.setMaxLinesPerCell(2);
    doc.add(HeadingBlock(tr("Partners by band"), 3));
    doc.add(std::move(bands));

    const QList<QPair<QString, QString>> facts{
        {tr("Selection"), data.selectionText()},
        {tr("Partners ranked"), QLocale().toString(data.entries.size())},
        {tr("Not yet assessed"), data.unscored.isEmpty() ? tr("none") : QLocale().toString(data.unscored.size())},
        {tr("Framework"),
         tr("%1 (%2), version %3")
             .arg(data.framework.name, data.framework.key, QLocale().toString(data.framework.version))},
        {tr("Generated"), QLocale().toString(data.generatedAt, QLocale::LongFormat)},
    };
    doc.add(SpacerBlock(16));
    doc.add(TableBlock::keyValue(facts));
    doc.add(ParagraphBlock(tr("Each partner is ranked by the overall score of its newest finalised assessment. "
                              "The rank stability section shows how far a rank could move if the dimension "
                              "weights were somewhat different."),
                           ParagraphBlock::Role::Muted))
        .setSpaceBefore(16);
}

void PortfolioReport::addRanking(ReportDocument &doc, const PortfolioReportData &data)
{
    doc.add(HeadingBlock(tr("Ranking"), 1, true));
    doc.add(ParagraphBlock(
        tr("Ranked by overall score, highest first (partners: %1). Confidence combines how much of the weighted "
           "framework was assessed with unresolved disagreements between assessors.")
            .arg(QLocale().toString(data.entries.size())),
        ParagraphBlock::Role::Muted));
    TableBlock table({{tr("Rank"), 0.75, Qt::AlignRight},
                      {tr("Partner"), 2.6, Qt::AlignLeft},
                      {tr("Stage"), 1.1, Qt::AlignLeft},
                      {tr("Band"), 2.0, Qt::AlignLeft},
                      {tr("Overall"), 0.8, Qt::AlignRight},
                      {tr("Confidence"), 1.35, Qt::AlignLeft},
                      {tr("Assessed on"), 1.3, Qt::AlignLeft}});
    table.setMaxLinesPerCell(2);
    for (int i = 0; i < data.entries.size(); ++i) {
        const Entry &entry = data.entries.at(i);
        const auto band = AssessmentReportText::band(data.framework, entry.result.band);
        table.addRow({rankText(i + 1), TableCell::strong(entry.partner.name), stageName(entry.partner),
                      band ? TableCell::bandBadge(*band, ScoreFormat::band(entry.result.band))
                           : TableCell(ScoreFormat::band(entry.result.band)),
                      TableCell::strong(ScoreFormat::whole(entry.result.overall)),
                      confidenceWord(entry.result.confidence),
                      QLocale().toString(entry.assessment.asOf, QLocale::ShortFormat)});
    }
    doc.add(std::move(table));
    if (!data.unscored.isEmpty()) {
        doc.add(HeadingBlock(tr("Not yet assessed"), 3));
        doc.add(ParagraphBlock(tr("These selected partners have no finalised assessment and are not ranked: %1.")
                                   .arg(QLocale().createSeparatedList(data.unscored)),
                               ParagraphBlock::Role::Muted));
    }
}

void PortfolioReport::addQuadrant(ReportDocument &doc, const PortfolioReportData &data)
{
    doc.add(HeadingBlock(tr("Mutual gain"), 1, true));
    charts::QuadrantData quadrant;
    for (const Entry &entry : data.entries) {
        quadrant.points << charts::QuadrantPoint{entry.partner.name, entry.result.mutualGain.us,
                                                 entry.result.mutualGain.partner};
    }
    const int placed =
        int(std::count_if(quadrant.points.cbegin(), quadrant.points.cend(),
                          [](const charts::QuadrantPoint &p) { return p.valueToUs && p.valueToPartner; }));
    // Entries are ranked, so the labelled points are the highest ranked.
    const bool someLabelled = placed > QuadrantLabelAll;
    charts::QuadrantData drawn = quadrant;
    if (someLabelled) {
        // Many partners: the highest ranked are marked with their rank, short enough to stay legible where the
        // best partners cluster; the table under the chart names everyone.
        drawn.labelLimit = QuadrantLabels;
        int numbered = 0;
        for (int i = 0; i < drawn.points.size() && numbered < QuadrantLabels; ++i) {
            charts::QuadrantPoint &point = drawn.points[i];
            if (point.valueToUs && point.valueToPartner) {
                point.label = rankText(i + 1);
                ++numbered;
            }
        }
    }
    doc.add(ParagraphBlock(someLabelled
                               ? tr("Value to us against value to the partner; every partner is placed (placed: %1). "
                                    "The %2 highest ranked are dark and numbered with their rank; the table below "
                                    "lists every partner's quadrant.")
                                     .arg(QLocale().toString(placed), QLocale().toString(QuadrantLabels))
                               : tr("Value to us against value to the partner for every placed partner."),
                           ParagraphBlock::Role::Muted));
    auto chart = std::make_shared<charts::QuadrantChart>(drawn);
    chart->setTitleVisible(false);
    doc.add(ChartBlock(chart, 470, 560));

    // Partners per quadrant, then every partner's values (the chart's data as text).
    std::array<int, 4> perQuadrant{};
    for (const charts::QuadrantPoint &p : quadrant.points) {
        if (p.valueToUs && p.valueToPartner) {
            ++perQuadrant[std::size_t(
                charts::QuadrantChart::quadrantOf(*p.valueToUs, *p.valueToPartner, quadrant.highLine))];
        }
    }
    const auto q = [](charts::QuadrantChart::Quadrant value) {
        return charts::QuadrantChart::quadrantName(value);
    };
    using Quadrant = charts::QuadrantChart::Quadrant;
    doc.add(TableBlock::keyValue({{q(Quadrant::WinWin), QLocale().toString(perQuadrant[0])},
                                  {q(Quadrant::WeWin), QLocale().toString(perQuadrant[1])},
                                  {q(Quadrant::TheyWin), QLocale().toString(perQuadrant[2])},
                                  {q(Quadrant::LoseLose), QLocale().toString(perQuadrant[3])}},
                                 2));
    TableBlock values({{tr("Rank"), 0.75, Qt::AlignRight},
                       {tr("Partner"), 3.0, Qt::AlignLeft},
                       {tr("Value to us"), 1.1, Qt::AlignRight},
                       {tr("Value to partner"), 1.1, Qt::AlignRight},
                       {tr("Mutual-gain index"), 1.1, Qt::AlignRight},
                       {tr("Quadrant"), 1.3, Qt::AlignLeft}});
    values.setMaxLinesPerCell(2);
    for (int i = 0; i < data.entries.size(); ++i) {
        const core::MutualGainResult &gain = data.entries.at(i).result.mutualGain;
        values.addRow({rankText(i + 1), data.entries.at(i).partner.name, ScoreFormat::whole(gain.us),
                       ScoreFormat::whole(gain.partner), ScoreFormat::whole(gain.index),
                       gain.us && gain.partner ? q(charts::QuadrantChart::quadrantOf(*gain.us, *gain.partner))
                                               : ScoreFormat::notAssessed()});
    }
    doc.add(HeadingBlock(tr("Every partner's mutual gain"), 2));
    doc.add(std::move(values));
}

void PortfolioReport::addPillars(ReportDocument &doc, const PortfolioReportData &data)
{
    const ReportStyle &style = doc.style();
    const charts::ChartStyle &chartStyle = style.chartStyle();
    doc.add(HeadingBlock(tr("Pillar comparison"), 1, true));
    doc.add(ParagraphBlock(tr("The three pillars of every ranked partner, 0–100, in ranking order: culture fit, "
                              "mutual gain and roadmap alignment as the framework's dimensions score them. A dash "
                              "means the pillar was not assessed."),
                           ParagraphBlock::Role::Muted));
    const auto name = [&data](const QString &key) {
        return AssessmentReportText::dimensionName(data.framework, key);
    };
    BarTableBlock table({{tr("Rank"), 0.6, {}},
                         {tr("Partner"), 2.6, {}},
                         {name(QStringLiteral("culture")), 2.0, chartStyle.series(0)},
                         {name(QStringLiteral("mutual_gain")), 2.0, chartStyle.series(1)},
                         {name(QStringLiteral("roadmap")), 2.0, chartStyle.series(2)}});
    for (int i = 0; i < data.entries.size(); ++i) {
        const Entry &entry = data.entries.at(i);
        table.addRow({{rankText(i + 1), {}},
                      {entry.partner.name, {}},
                      {{}, dimensionScore(entry.result, QStringLiteral("culture"))},
                      {{}, dimensionScore(entry.result, QStringLiteral("mutual_gain"))},
                      {{}, dimensionScore(entry.result, QStringLiteral("roadmap"))}});
    }
    doc.add(std::move(table));
}

void PortfolioReport::addStability(ReportDocument &doc, const PortfolioReportData &data)
{
    doc.add(HeadingBlock(tr("Rank stability"), 1, true));
    const core::scoring::MonteCarloOptions &mc = data.monteCarlo;
    doc.add(ParagraphBlock(
        tr("The dimension weights are a judgement. To see how much the ranking depends on them, %1 sets of weights "
           "were drawn at random around the framework's weights (Dirichlet, concentration %2, seed %3) and the "
           "partners ranked again for each. The table shows the median rank, the range that holds 90 % of the "
           "draws, how often a partner stays in the top %4, and how often it keeps its band.")
            .arg(QLocale().toString(mc.draws), QLocale().toString(mc.concentration), QString::number(mc.seed),
                 QLocale().toString(data.topN)),
        ParagraphBlock::Role::Muted));
    const int analysed = data.analysedCount();
    if (analysed < data.entries.size()) {
        doc.add(ParagraphBlock(tr("Partners assessed against another framework than %2 version %3 are ranked above "
                                  "but left out of this analysis: %1.")
                                   .arg(QLocale().toString(data.entries.size() - analysed), data.framework.name,
                                        QLocale().toString(data.framework.version)),
                               ParagraphBlock::Role::Muted));
    }
    TableBlock table({{tr("Rank"), 0.75, Qt::AlignRight},
                      {tr("Partner"), 3.0, Qt::AlignLeft},
                      {tr("Median rank"), 1.0, Qt::AlignRight},
                      {tr("90 % of draws"), 1.2, Qt::AlignRight},
                      {tr("In the top %1").arg(QLocale().toString(data.topN)), 1.1, Qt::AlignRight},
                      {tr("Keeps its band"), 1.1, Qt::AlignRight}});
    table.setMaxLinesPerCell(2);
    const ReportStyle &style = doc.style();
    int steady = 0;
    for (int i = 0; i < data.entries.size(); ++i) {
        const Entry &entry = data.entries.at(i);
        if (!entry.spread) {
            table.addRow({rankText(i + 1), entry.partner.name, ScoreFormat::notAssessed(), ScoreFormat::notAssessed(),
                          ScoreFormat::notAssessed(), ScoreFormat::notAssessed()});
            continue;
        }
        const core::scoring::RankSpread &s = *entry.spread;
        const QString interval = s.p5 == s.p95 ? rankText(s.p5) : tr("%1–%2").arg(rankText(s.p5), rankText(s.p95));
        steady += s.p5 == s.p95 ? 1 : 0;
        // A band kept in fewer than two draws of three is worth a look: in the warning colour.
        const QString kept = probability(s.bandKeptProbability);
        table.addRow(
            {rankText(i + 1), entry.partner.name, rankText(s.median), interval, probability(s.topKProbability),
             s.bandKeptProbability < 2.0 / 3.0 ? TableCell::colored(kept, style.warning(), true) : TableCell(kept)});
    }
    doc.add(ParagraphBlock(tr("Partners that hold the same rank in 90 % of the draws: %1 of %2. Bands kept in fewer "
                              "than two draws of three are marked in red.")
                               .arg(QLocale().toString(steady), QLocale().toString(analysed)),
                           ParagraphBlock::Role::Body))
        .setSpaceBefore(8);
    doc.add(std::move(table));
}

void PortfolioReport::addProvenance(ReportDocument &doc, const PortfolioReportData &data)
{
    // Short: it follows the rank stability rather than taking a page of its own.
    doc.add(HeadingBlock(tr("Provenance"), 1, false));
    const core::scoring::MonteCarloOptions &mc = data.monteCarlo;
    QList<QPair<QString, QString>> facts{
        {tr("Application"), data.gitRevision.isEmpty()
                                ? tr("PartnerFit %1").arg(data.applicationVersion)
                                : tr("PartnerFit %1, revision %2").arg(data.applicationVersion, data.gitRevision)},
        {tr("Qt"), data.qtVersion},
        {tr("Framework"),
         tr("%1 (%2), version %3")
             .arg(data.framework.name, data.framework.key, QLocale().toString(data.framework.version))},
        {tr("Workspace file"), data.workspacePath.isEmpty() ? tr("none") : data.workspacePath},
        {tr("Selection"), data.selectionText()},
        {tr("Generated"), QLocale().toString(data.generatedAt, QLocale::LongFormat)},
        {tr("Scores"), tr("Recomputed from each partner's newest finalised assessment")},
        {tr("Monte Carlo"), tr("%1 draws, concentration %2, seed %3, top %4")
                                .arg(QLocale().toString(mc.draws), QLocale().toString(mc.concentration),
                                     QString::number(mc.seed), QLocale().toString(data.topN))},
    };
    doc.add(TableBlock::keyValue(facts));
}

} // namespace pf::ui::report
