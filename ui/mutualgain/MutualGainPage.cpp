// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MutualGainPage.h"

#include "ui/assessment/AssessmentEditor.h"
#include "ui/assessment/RatingRow.h"
#include "ui/charts/ChartWidget.h"
#include "ui/charts/QuadrantChart.h"
#include "ui/charts/ResultChartData.h"
#include "ui/common/ScoreFormat.h"

#include <QLabel>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <memory>

namespace pf::ui {

MutualGainPage::MutualGainPage(AssessmentEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_summary(new QLabel(this)), m_quadrant(new charts::ChartWidget(nullptr, this))
{
    setObjectName(QStringLiteral("mutualGainPage"));
    m_summary->setObjectName(QStringLiteral("mutualGainSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Rows wrap their texts to the width there is; they never scroll sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_inputs = new QWidget;
    m_inputsLayout = new QVBoxLayout(m_inputs);
    scroll->setWidget(m_inputs);

    m_quadrant->setObjectName(QStringLiteral("quadrantChart"));
    auto *right = new QVBoxLayout;
    right->addWidget(m_quadrant);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 3);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(columns, 1);
    connect(m_editor, &AssessmentEditor::changed, this, &MutualGainPage::refresh);
    connect(m_editor, &AssessmentEditor::frameworkChanged, this, &MutualGainPage::rebuild);
    rebuild();
}

void MutualGainPage::rebuild()
{
    qDeleteAll(m_inputs->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_rows.clear();
    while (m_inputsLayout->count() > 0) {
        delete m_inputsLayout->takeAt(0);
    }
    for (const core::GainSide side : {core::GainSide::Us, core::GainSide::Partner}) {
        auto *heading = new QLabel(
            side == core::GainSide::Us ? tr("<b>Value to us</b>") : tr("<b>Value to the partner</b>"), m_inputs);
        heading->setContentsMargins(0, 8, 0, 2);
        m_inputsLayout->addWidget(heading);
        for (const core::GainInput &input : m_editor->input().framework.gainInputs) {
            if (input.side != side) {
                continue;
            }
            auto *row = new RatingRow(input.key, input.name, input.description, input.anchors, m_inputs);
            connect(row, &RatingRow::rated, this, [this](const QString &key, core::RatingState state, int value) {
                if (!m_editor->currentAssessor().isEmpty()) {
                    m_editor->rate(key, m_editor->currentAssessor(), state, value);
                }
            });
            connect(row, &RatingRow::noteEdited, this, [this](const QString &key, const QString &note) {
                if (!m_editor->currentAssessor().isEmpty()) {
                    m_editor->setNote(key, m_editor->currentAssessor(), note);
                }
            });
            m_rows.insert(input.key, row);
            m_inputsLayout->addWidget(row);
        }
    }
    m_inputsLayout->addStretch();
    refresh();
}

QString MutualGainPage::summaryText() const
{
    return QTextDocumentFragment::fromHtml(m_summary->text()).toPlainText();
}

void MutualGainPage::refresh()
{
    const core::AssessmentResult &result = m_editor->result();
    const QString assessor = m_editor->currentAssessor();
    for (const core::CriterionResult &input : result.gainInputs) {
        if (RatingRow *row = m_rows.value(input.key)) {
            row->setState(input, m_editor->rating(input.key, assessor));
            row->setReadOnly(assessor.isEmpty() || m_editor->isReadOnly());
        }
    }
    m_quadrant->setChart(std::make_unique<charts::QuadrantChart>(
        charts::ResultChartData::mutualGain(m_editor->input().partnerName, result), tr("Who gains")));
    const core::MutualGainResult &gain = result.mutualGain;
    if (!gain.index) {
        m_summary->setText(tr("Rate at least one input on each side: mutual gain is the geometric mean of the value "
                              "to us and the value to the partner, so a win-win needs both. Rating as %1.")
                               .arg(assessor.isEmpty() ? tr("nobody yet — add an assessor on the Assessment page")
                                                       : assessor.toHtmlEscaped()));
        return;
    }
    static const QHash<core::GainQuadrant, const char *> quadrants = {
        {core::GainQuadrant::WinWin, QT_TR_NOOP("Win-win: both sides gain.")},
        {core::GainQuadrant::WeWin, QT_TR_NOOP("We win, they do not: extractive and unstable.")},
        {core::GainQuadrant::TheyWin, QT_TR_NOOP("They win, we do not.")},
        {core::GainQuadrant::LoseLose, QT_TR_NOOP("Lose-lose: neither side gains much.")},
    };
    m_summary->setText(tr("Value to us <b>%1</b> · to the partner <b>%2</b> · mutual-gain index <b>%3</b> · "
                          "balance <b>%4</b>. %5")
                           .arg(ScoreFormat::detail(gain.us), ScoreFormat::detail(gain.partner),
                                ScoreFormat::detail(gain.index),
                                gain.balance ? QLocale().toString(*gain.balance, 'f', 2) : ScoreFormat::notAssessed(),
                                tr(quadrants.value(gain.quadrant, ""))));
}

} // namespace pf::ui
