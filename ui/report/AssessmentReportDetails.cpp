// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment report's later sections: criteria and evidence, sensitivity, decision quality and the appendix.
#include "AssessmentReport.h"
#include "AssessmentReportText.h"
#include "ReportBlocks.h"
#include "ui/charts/BandProbabilityChart.h"
#include "ui/charts/TornadoChart.h"
#include "ui/common/ScoreFormat.h"

#include <algorithm>

namespace pf::ui::report {

namespace {

using Text = ReportStyle::Text;
using T = AssessmentReportText;

QString notes(const AssessmentReportData &data, const QString &criterion)
{
    QStringList parts;
    for (const core::Rating &rating : data.input.ratings) {
        if (rating.criterion == criterion && !rating.note.trimmed().isEmpty()) {
            parts << QStringLiteral("%1: %2").arg(rating.assessor, rating.note.trimmed());
        }
    }
    return parts.join(QStringLiteral(" · "));
}

QString ratingOf(const AssessmentReportData &data, const QString &criterion, const QString &assessor)
{
    for (const core::Rating &rating : data.input.ratings) {
        if (rating.criterion == criterion && rating.assessor == assessor) {
            core::AssessorValue value{assessor, rating.state, rating.value};
            return T::ratingText(value);
        }
    }
    return ScoreFormat::notAssessed();
}

} // namespace

void AssessmentReport::addCriteria(ReportDocument &doc, const AssessmentReportData &data)
{
    const ReportStyle &style = doc.style();
    const core::AssessmentResult &result = data.result;
    const core::Framework &framework = data.input.framework;
    doc.add(HeadingBlock(tr("Criteria and evidence"), 1, true));
    doc.add(ParagraphBlock(tr("Every rated criterion with the anchor text of the level it reached, each assessor's "
                              "rating (1–5), the spread between them, any consensus agreed in discussion and the "
                              "evidence notes. A spread of 2 or more without consensus is marked for discussion."),
                           ParagraphBlock::Role::Muted));
    for (const core::DimensionResult &dimension : result.dimensions) {
        QList<const core::CriterionResult *> rated;
        for (const core::CriterionResult &c : result.criteria) {
            if (c.dimension == dimension.key && !c.computed) {
                rated << &c;
            }
        }
        if (rated.isEmpty()) {
            continue;
        }
        doc.add(HeadingBlock(
            tr("%1: %2/100").arg(T::dimensionName(framework, dimension.key), ScoreFormat::whole(dimension.score)), 2));
        for (const core::CriterionResult *c : rated) {
            doc.add(HeadingBlock(T::criterionName(framework, c->key), 3));
            const std::optional<int> spread = T::spread(*c);
            QStringList figures;
            figures << tr("Score %1/100").arg(ScoreFormat::whole(c->score));
            if (c->rating) {
                figures << tr("level %1").arg(ScoreFormat::rating(*c->rating));
            }
            if (c->notApplicable) {
                figures << tr("not applicable");
            }
            QStringList ratings;
            for (const core::AssessorValue &value : c->assessors) {
                ratings << QStringLiteral("%1 %2").arg(value.assessor, T::ratingText(value));
            }
            figures << tr("ratings: %1")
                           .arg(ratings.isEmpty() ? ScoreFormat::notAssessed() : ratings.join(QStringLiteral(", ")));
            if (spread) {
                figures << tr("spread %1").arg(QLocale().toString(*spread));
            }
            QList<TextSpan> spans{TextSpan{figures.join(QStringLiteral(" · ")), style.font(Text::Body), {}}};
            if (c->discuss) {
                spans << TextSpan{QStringLiteral(" · ") + tr("to discuss"), style.font(Text::Body, QFont::Bold),
                                  style.warning()};
            }
            // One criterion's paragraphs stay on one page (evidence notes are short; a long one still breaks).
            QList<ParagraphBlock> parts{ParagraphBlock(spans)};
            const QString anchor = T::anchor(framework, c->key, c->rating);
            if (!anchor.isEmpty()) {
                parts << ParagraphBlock(
                    {TextSpan{tr("Level %1 means: ").arg(ScoreFormat::rating(std::round(*c->rating))),
                              style.font(Text::Small, QFont::DemiBold), style.mutedText()},
                     TextSpan{anchor, style.font(Text::Small), style.mutedText()}});
            }
            if (c->consensus) {
                parts << ParagraphBlock({TextSpan{tr("Consensus %1: ").arg(ScoreFormat::rating(*c->consensus)),
                                                  style.font(Text::Small, QFont::DemiBold),
                                                  {}},
                                         TextSpan{c->rationale.isEmpty() ? tr("no rationale recorded") : c->rationale,
                                                  style.font(Text::Small),
                                                  {}}});
            }
            const QString evidence = notes(data, c->key);
            if (!evidence.isEmpty()) {
                parts << ParagraphBlock({TextSpan{tr("Evidence: "), style.font(Text::Small, QFont::DemiBold), {}},
                                         TextSpan{evidence, style.font(Text::Small), {}}});
            }
            for (int i = 0; i < parts.size(); ++i) {
                doc.add(std::move(parts[i])).setSpaceBefore(2).setKeepWithNext(i + 1 < parts.size());
            }
        }
    }
}

void AssessmentReport::addSensitivity(ReportDocument &doc, const AssessmentReportData &data)
{
    const core::AssessmentResult &result = data.result;
    const core::Framework &framework = data.input.framework;
    const core::io::SensitivityReport &sensitivity = data.sensitivity;
    doc.add(HeadingBlock(tr("Sensitivity to the weights"), 1, true));
    doc.add(ParagraphBlock(tr("How far the overall moves when one dimension weight changes by 20 % either way (the "
                              "others renormalised), longest bar first."),
                           ParagraphBlock::Role::Muted));
    charts::TornadoData tornado;
    tornado.baseline = result.overall;
    for (const core::scoring::WeightSwing &swing : sensitivity.swings) {
        tornado.items << charts::TornadoItem{swing.dimension, T::dimensionName(framework, swing.dimension), swing.lower,
                                             swing.upper};
    }
    auto tornadoChart = std::make_shared<charts::TornadoChart>(tornado);
    tornadoChart->setTitleVisible(false);
    doc.add(ChartBlock(tornadoChart, std::clamp<qreal>(90.0 + 30.0 * qreal(tornado.items.size()), 200.0, 330.0)));

    doc.add(HeadingBlock(tr("Band probabilities"), 2));
    doc.add(ParagraphBlock(tr("Share of %1 random weight vectors (Dirichlet, mean = the framework's weights, "
                              "concentration %2, seed %3) that put the partner in each band.")
                               .arg(QLocale().toString(sensitivity.options.draws),
                                    QLocale().toString(sensitivity.options.concentration, 'g', 6),
                                    QString::number(sensitivity.options.seed)),
                           ParagraphBlock::Role::Muted));
    charts::BandProbabilityData bands;
    bands.runs = sensitivity.options.draws;
    bands.current = T::band(framework, result.band);
    for (const core::scoring::BandProbability &b : sensitivity.bands) {
        if (const auto band = T::band(framework, b.band)) {
            bands.bands << charts::BandProbability{*band, b.probability};
        }
    }
    auto bandChart = std::make_shared<charts::BandProbabilityChart>(bands);
    bandChart->setTitleVisible(false);
    doc.add(ChartBlock(bandChart, std::clamp<qreal>(80.0 + 34.0 * qreal(bands.bands.size()), 160.0, 260.0)));

    doc.add(HeadingBlock(tr("Smallest change that flips the verdict"), 2));
    if (const auto &flip = sensitivity.flip; flip && flip->relativeChange >= 1.0) {
        // Mathematically a flip, practically none: say that the verdict does not hinge on the weights.
        doc.add(ParagraphBlock(
            tr("The verdict does not depend on how the dimensions are weighted: the smallest change of a single "
               "weight that moves it to %1 is raising %2 from %3 to %4, %5 times its weight.")
                .arg(ScoreFormat::band(flip->newBand), T::dimensionName(framework, flip->dimension),
                     QLocale().toString(flip->weight, 'g', 4), QLocale().toString(flip->newWeight, 'g', 4),
                     QLocale().toString(flip->newWeight / flip->weight, 'f', 1))));
    } else if (flip) {
        doc.add(ParagraphBlock(
            tr("Changing the weight of %1 from %2 to %3 (%4 %) moves the verdict to %5. No smaller "
               "change of a single dimension weight changes the band.")
                .arg(T::dimensionName(framework, flip->dimension), QLocale().toString(flip->weight, 'g', 4),
                     QLocale().toString(flip->newWeight, 'g', 4),
                     QLocale().toString(100 * flip->relativeChange, 'f', 1), ScoreFormat::band(flip->newBand))));
    } else {
        doc.add(ParagraphBlock(tr("No change of a single dimension weight changes the band.")));
    }
}

void AssessmentReport::addDecisionQuality(ReportDocument &doc, const AssessmentReportData &data)
{
    const core::AssessmentResult &result = data.result;
    const core::Framework &framework = data.input.framework;
    doc.add(HeadingBlock(tr("Decision quality"), 1, true));
    QStringList open;
    for (const QString &key : result.discuss) {
        open << T::criterionName(framework, key);
    }
    QString ahp;
    if (data.pairwiseWeights) {
        const core::scoring::AhpResult &a = *data.pairwiseWeights;
        ahp = tr("Consistency ratio %1 (%2; Saaty's limit is 0.10).")
                  .arg(QLocale().toString(a.cr, 'f', 3),
                       a.isInconsistent() ? tr("inconsistent: revisit the judgments") : tr("consistent"));
    } else {
        ahp = tr("Not applicable: the dimension weights are the framework's, not derived from pairwise comparison.");
    }
    double stability = 0.0;
    for (const core::scoring::BandProbability &b : data.sensitivity.bands) {
        if (b.band == result.band) {
            stability = b.probability;
        }
    }
    doc.add(TableBlock::keyValue(
        {{tr("Coverage"), tr("%1 of the weighted criteria are assessed.").arg(ScoreFormat::percent(result.coverage))},
         {tr("Confidence"), ScoreFormat::confidence(result.confidence)},
         {tr("Unresolved disagreements"),
          open.isEmpty()
              ? tr("None.")
              : QStringLiteral("%1: %2").arg(QLocale().toString(open.size()), QLocale().createSeparatedList(open))},
         {tr("Weights by pairwise comparison"), ahp},
         {tr("Band stability"), result.band.isEmpty()
                                    ? ScoreFormat::notAssessed()
                                    : tr("%1 of the weight draws keep the verdict at %2.")
                                          .arg(ScoreFormat::percent(stability), ScoreFormat::band(result.band))}}));

    doc.add(HeadingBlock(tr("Where the assessors disagree"), 2));
    TableBlock spreads({{tr("Criterion"), 2.2, Qt::AlignLeft},
                        {tr("Ratings"), 2.6, Qt::AlignLeft},
                        {tr("Spread"), 0.7, Qt::AlignRight},
                        {tr("Resolution"), 2.2, Qt::AlignLeft}});
    QList<core::CriterionResult> all = result.criteria;
    all << result.gainInputs;
    for (const core::CriterionResult &c : all) {
        const std::optional<int> spread = T::spread(c);
        if (!spread || *spread < 2) {
            continue;
        }
        QStringList ratings;
        for (const core::AssessorValue &value : c.assessors) {
            ratings << QStringLiteral("%1 %2").arg(value.assessor, T::ratingText(value));
        }
        spreads.addRow({T::criterionName(framework, c.key), ratings.join(QStringLiteral(", ")),
                        QLocale().toString(*spread),
                        c.consensus ? tr("Consensus %1").arg(ScoreFormat::rating(*c.consensus))
                                    : TableCell::colored(tr("Open: to discuss"), doc.style().warning(), true)});
    }
    if (spreads.rowCount() == 0) {
        doc.add(ParagraphBlock(tr("No criterion has ratings 2 or more points apart."), ParagraphBlock::Role::Muted));
    } else {
        doc.add(std::move(spreads));
    }
}

void AssessmentReport::addAppendix(ReportDocument &doc, const AssessmentReportData &data)
{
    const core::Framework &framework = data.input.framework;
    doc.add(HeadingBlock(tr("Appendix"), 1, true));
    doc.add(HeadingBlock(tr("Method"), 2));
    QStringList bands;
    for (const core::BandThreshold &band : framework.bands) {
        bands << tr("%1 from %2").arg(ScoreFormat::band(band.label), QLocale().toString(band.minimum, 'g', 4));
    }
    const QString aggregation = data.input.aggregation == core::Aggregation::Mean ? tr("mean") : tr("median");
    for (const QString &paragraph :
         {tr("Each assessor rates every criterion on an anchored 1–5 scale; a rating v counts as (v − 1) / 4 × 100. "
             "Several assessors' numbers combine by their %1; a consensus agreed in discussion replaces it. Numbers "
             "that spread by 2 points or more without consensus are flagged for discussion.")
              .arg(aggregation),
          tr("The three pillars are computed by models: culture similarity from both culture profiles (each axis 1–7 "
             "with a tolerance), the mutual-gain index as the geometric mean of value to us and value to the partner, "
             "and roadmap alignment from both roadmaps over six years (direction times relative commitment)."),
          tr("A dimension scores the weighted mean of its scored criteria; the overall is the weighted mean of the "
             "assessed dimensions. Bands: %1. A knock-out overrides the band with Not recommended.")
              .arg(QLocale().createSeparatedList(bands)),
          tr("Confidence is High with at least 90 % coverage and no open disagreement, Medium with at least 70 % "
             "coverage, otherwise Low. Sensitivity uses one-at-a-time weight changes and a seeded Monte Carlo over "
             "the dimension weights, so the figures repeat on every computer.")}) {
        doc.add(ParagraphBlock(paragraph, ParagraphBlock::Role::Small));
    }

    doc.add(HeadingBlock(tr("Provenance"), 2));
    doc.add(TableBlock::keyValue(
        {{tr("Application"), data.gitRevision.isEmpty()
                                 ? tr("PartnerFit %1").arg(data.applicationVersion)
                                 : tr("PartnerFit %1, revision %2").arg(data.applicationVersion, data.gitRevision)},
         {tr("Qt"), data.qtVersion},
         {tr("Framework"), tr("%1, version %2").arg(framework.key, QLocale().toString(framework.version))},
         {tr("Workspace file"), data.workspacePath.isEmpty() ? tr("none (read from a file)") : data.workspacePath},
         {tr("Assessment"),
          tr("Record %1, version %2 of %3")
              .arg(QLocale().toString(data.assessment.id), QLocale().toString(data.assessment.version),
                   QLocale().toString(data.input.asOf, QLocale::ShortFormat))},
         {tr("Inputs SHA-256"), data.inputsSha256},
         {tr("Generated"), QLocale().toString(data.generatedAt, QLocale::LongFormat)}}));
    doc.add(ParagraphBlock(tr("The SHA-256 is taken over the compact partnerfit.assessment JSON of the inputs "
                              "(partnerfit-cli assessments export), so the same inputs always give the same value."),
                           ParagraphBlock::Role::Muted));

    doc.add(HeadingBlock(tr("Every assessor's raw ratings"), 2));
    QList<TableBlock::Column> columns{{tr("Criterion"), 2.4, Qt::AlignLeft}};
    for (const QString &assessor : data.assessors) {
        columns << TableBlock::Column{assessor, 1.0, Qt::AlignRight};
    }
    TableBlock raw(columns);
    QStringList keys;
    for (const core::Criterion &c : framework.criteria) {
        if (!c.isComputed()) {
            keys << c.key;
        }
    }
    for (const core::GainInput &g : framework.gainInputs) {
        keys << g.key;
    }
    for (const QString &key : keys) {
        QList<TableCell> row{TableCell(T::criterionName(framework, key))};
        for (const QString &assessor : data.assessors) {
            row << TableCell(ratingOf(data, key, assessor));
        }
        raw.addRow(row);
    }
    doc.add(std::move(raw));
}

} // namespace pf::ui::report
