// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include "VerdictBadge.h"
#include "ui/assessment/AssessmentEditor.h"
#include "ui/charts/ChartWidget.h"
#include "ui/charts/ContributionBarsChart.h"
#include "ui/charts/RadarChart.h"
#include "ui/charts/ResultChartData.h"
#include "ui/common/ScoreFormat.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace pf::ui {
namespace {

QLabel *makeLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString link(const QString &key, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(key, text.toHtmlEscaped());
}

QString plain(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

} // namespace

OverviewPage::OverviewPage(AssessmentEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_verdict(new QWidget)
    , m_badge(new VerdictBadge(m_verdict))
    , m_overall(new QLabel(m_verdict))
    , m_confidence(new QLabel(m_verdict))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *content = new QWidget;
    m_verdict->setParent(content);
    m_culture = makeLabel(content, "pillar_culture");
    m_mutualGain = makeLabel(content, "pillar_mutual_gain");
    m_roadmap = makeLabel(content, "pillar_roadmap");
    m_explanation = makeLabel(content, "explanation");
    m_recommendations = makeLabel(content, "recommendations");
    m_attention = makeLabel(content, "attention");
    m_contributions = new charts::ChartWidget(nullptr, content);
    m_contributions->setObjectName(QStringLiteral("contributionsChart"));
    m_radar = new charts::ChartWidget(nullptr, content);
    m_radar->setObjectName(QStringLiteral("dimensionRadar"));

    m_badge->setObjectName(QStringLiteral("verdictBadge"));
    m_overall->setObjectName(QStringLiteral("overallScore"));
    QFont big = m_overall->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setWeight(QFont::Bold);
    m_overall->setFont(big);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    m_confidence->setForegroundRole(QPalette::PlaceholderText);

    auto *verdict = new QHBoxLayout(m_verdict);
    verdict->setContentsMargins(0, 0, 0, 0);
    verdict->addWidget(m_overall);
    verdict->addSpacing(12);
    auto *verdictText = new QVBoxLayout;
    verdictText->addWidget(m_badge);
    verdictText->addWidget(m_confidence);
    verdict->addLayout(verdictText);
    verdict->addStretch();

    auto group = [content](const QString &title, QWidget *body) {
        auto *box = new QGroupBox(title, content);
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(body);
        return box;
    };
    auto *pillars = new QGridLayout;
    pillars->addWidget(group(tr("Cultural fit"), m_culture), 0, 0);
    pillars->addWidget(group(tr("Mutual gain"), m_mutualGain), 0, 1);
    pillars->addWidget(group(tr("Roadmap alignment"), m_roadmap), 0, 2);
    for (int column = 0; column < 3; ++column) {
        pillars->setColumnStretch(column, 1);
    }

    auto *why = new QWidget(content);
    auto *whyLayout = new QVBoxLayout(why);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->addWidget(m_contributions);
    whyLayout->addWidget(m_explanation);
    auto *middle = new QHBoxLayout;
    middle->addWidget(group(tr("Why this score"), why), 3);
    middle->addWidget(group(tr("Dimensions"), m_radar), 2);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_verdict);
    layout->addLayout(pillars);
    layout->addWidget(group(tr("Needs attention"), m_attention));
    layout->addLayout(middle);
    layout->addWidget(group(tr("Recommendations"), m_recommendations));
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    for (QLabel *label : {m_culture, m_mutualGain, m_roadmap, m_explanation, m_recommendations, m_attention}) {
        connect(label, &QLabel::linkActivated, this, &OverviewPage::navigationRequested);
    }
    connect(m_editor, &AssessmentEditor::changed, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::setVerdictShown(bool shown)
{
    m_verdict->setVisible(shown);
}

bool OverviewPage::isVerdictShown() const
{
    return !m_verdict->isHidden();
}

QString OverviewPage::verdictText() const
{
    return QStringLiteral("%1 %2 %3").arg(m_overall->text(), m_badge->text(), m_confidence->text());
}

QString OverviewPage::pillarText(const QString &dimension) const
{
    if (dimension == QLatin1String("culture")) {
        return plain(m_culture);
    }
    if (dimension == QLatin1String("mutual_gain")) {
        return plain(m_mutualGain);
    }
    return plain(m_roadmap);
}

QString OverviewPage::explanationText() const
{
    return plain(m_explanation);
}

QString OverviewPage::recommendationsText() const
{
    return plain(m_recommendations);
}

QString OverviewPage::attentionText() const
{
    return plain(m_attention);
}

QString OverviewPage::pillarMessage(const QString &dimension) const
{
    const core::AssessmentResult &result = m_editor->result();
    const core::DimensionResult *score = result.dimension(dimension);
    QString head = QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span>")
                       .arg(ScoreFormat::whole(score ? score->score : std::nullopt));
    if (dimension == QLatin1String("culture")) {
        if (!result.culture.similarity) {
            return head + QStringLiteral("<br>") +
                   link(dimension, tr("Place both organisations on at least one culture axis to compute the fit."));
        }
        return head + QStringLiteral("<br>") +
               tr("Culture profiles are %1 % similar.").arg(ScoreFormat::detail(result.culture.similarity));
    }
    if (dimension == QLatin1String("mutual_gain")) {
        const core::MutualGainResult &gain = result.mutualGain;
        if (!gain.index) {
            return head + QStringLiteral("<br>") +
                   link(dimension, tr("Rate at least one value-to-us and one value-to-partner input."));
        }
        static const QHash<core::GainQuadrant, const char *> quadrants = {
            {core::GainQuadrant::WinWin, QT_TR_NOOP("win-win")},
            {core::GainQuadrant::WeWin, QT_TR_NOOP("we win, they do not: extractive and unstable")},
            {core::GainQuadrant::TheyWin, QT_TR_NOOP("they win, we do not")},
            {core::GainQuadrant::LoseLose, QT_TR_NOOP("lose-lose")},
        };
        return head + QStringLiteral("<br>") +
               tr("Value to us %1, to the partner %2: %3.")
                   .arg(ScoreFormat::whole(gain.us), ScoreFormat::whole(gain.partner),
                        tr(quadrants.value(gain.quadrant, "")));
    }
    const core::RoadmapResult &roadmap = result.roadmap;
    if (!roadmap.direction) {
        return head + QStringLiteral("<br>") +
               link(dimension, tr("List roadmap items for both organisations to compare where you are headed."));
    }
    const int year = m_editor->input().asOf.year();
    QString horizon;
    if (roadmap.horizon == core::ExpectedHorizon::ShortTerm) {
        horizon = tr("Alignment in %1–%2 is %3/100: expect a short-term partnership (lesson 4).")
                      .arg(year + 3)
                      .arg(year + 5)
                      .arg(ScoreFormat::whole(roadmap.far));
    } else if (roadmap.horizon == core::ExpectedHorizon::LongTerm) {
        horizon = tr("Aligned for the long term (%1/100 in %2–%3).")
                      .arg(ScoreFormat::whole(roadmap.far))
                      .arg(year + 3)
                      .arg(year + 5);
    } else {
        horizon = tr("Nothing on our roadmap for %1–%2 yet.").arg(year + 3).arg(year + 5);
    }
    return head + QStringLiteral("<br>") + horizon;
}

void OverviewPage::refresh()
{
    const core::AssessmentResult &result = m_editor->result();

    m_badge->showResult(result, m_editor->input().framework);
    m_overall->setText(ScoreFormat::whole(result.overall));
    m_overall->setToolTip(result.overall ? tr("Overall %1 of 100").arg(ScoreFormat::detail(result.overall))
                                         : tr("Rate criteria on the Assessment page to compute the overall score"));
    m_confidence->setText(tr("%1 · %2 of the weight assessed")
                              .arg(ScoreFormat::confidence(result.confidence), ScoreFormat::percent(result.coverage)));

    m_culture->setText(pillarMessage(QStringLiteral("culture")));
    m_mutualGain->setText(pillarMessage(QStringLiteral("mutual_gain")));
    m_roadmap->setText(pillarMessage(QStringLiteral("roadmap")));

    // Why this score: the bars add up to the overall; the biggest drags link to where to improve them.
    const charts::ContributionData contributions = charts::ResultChartData::contributions(m_editor->input(), result);
    auto contributionChart = std::make_unique<charts::ContributionBarsChart>(contributions);
    contributionChart->setTitleVisible(false);
    QStringList drags;
    for (int index : contributionChart->drags()) {
        const charts::ContributionItem &item = contributions.items.at(index);
        drags << tr("%1 at %2/100 costs %3 points")
                     .arg(link(item.key, item.label), ScoreFormat::whole(item.score),
                          ScoreFormat::detail(item.maxContribution - item.contribution.value_or(0.0)));
    }
    m_contributions->setChart(std::move(contributionChart));
    m_explanation->setText(!result.overall   ? tr("Nothing is scored yet. Rate criteria on the Assessment page.")
                           : drags.isEmpty() ? tr("No criterion drags the score down by a point or more.")
                                             : tr("<b>Biggest drags</b>: %1").arg(drags.join(QStringLiteral(" · "))));
    auto radar = std::make_unique<charts::RadarChart>(charts::ResultChartData::dimensions(m_editor->input(), result));
    radar->setTitleVisible(false);
    m_radar->setChart(std::move(radar));

    QStringList recommendations;
    for (const core::Recommendation &r : result.recommendations) {
        recommendations << r.text.toHtmlEscaped(); // the text names its lesson
    }
    m_recommendations->setText(recommendations.isEmpty() ? tr("No recommendations: nothing triggered a rule.")
                                                         : recommendations.join(QStringLiteral("<br>")));

    QStringList attention;
    for (const core::KnockoutResult &k : result.knockouts) {
        attention << tr("<b>Knock-out</b>: %1 — %2")
                         .arg(link(k.criterion, m_editor->displayName(k.criterion)), k.reason.toHtmlEscaped());
    }
    for (const QString &key : result.discuss) {
        attention << tr("<b>Discuss</b>: assessors disagree on %1 by 2 points or more")
                         .arg(link(key, m_editor->displayName(key)));
    }
    m_attention->setText(attention.isEmpty() ? tr("Nothing needs attention.") : attention.join(QStringLiteral("<br>")));
}

} // namespace pf::ui
