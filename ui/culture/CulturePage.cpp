// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CulturePage.h"

#include "ui/assessment/AssessmentEditor.h"
#include "ui/charts/ChartWidget.h"
#include "ui/charts/RadarChart.h"
#include "ui/charts/ResultChartData.h"
#include "ui/common/ScaleButtons.h"
#include "ui/common/ScoreFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>
#include <memory>

namespace pf::ui {

CulturePage::CulturePage(AssessmentEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_summary(new QLabel(this)), m_radar(new charts::ChartWidget(nullptr, this))
{
    setObjectName(QStringLiteral("culturePage"));
    m_summary->setObjectName(QStringLiteral("cultureSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    connect(m_summary, &QLabel::linkActivated, this, &CulturePage::homeProfileRequested);
    m_radar->setObjectName(QStringLiteral("cultureRadar"));
    m_grid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_grid);
    auto *left = new QVBoxLayout;
    left->addWidget(m_grid);
    left->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_radar, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(columns, 1);
    connect(m_editor, &AssessmentEditor::changed, this, &CulturePage::refresh);
    connect(m_editor, &AssessmentEditor::frameworkChanged, this, &CulturePage::rebuild);
    rebuild();
}

void CulturePage::rebuild()
{
    qDeleteAll(m_grid->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_ours.clear();
    m_partner.clear();
    m_fit.clear();
    auto header = [this](const QString &text, int column) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), m_grid);
        m_gridLayout->addWidget(label, 0, column);
    };
    header(tr("Axis (1 ↔ 7)"), 0);
    header(tr("Us"), 1);
    header(tr("Partner"), 2);
    header(tr("Fit"), 3);
    int row = 1;
    for (const core::CultureAxis &axis : m_editor->input().framework.cultureAxes) {
        auto *name = new QLabel(tr("%1 ↔ %2").arg(axis.lowPole, axis.highPole), m_grid);
        name->setToolTip(tr("Weight %1, tolerance %2 points")
                             .arg(QLocale().toString(axis.weight), QLocale().toString(axis.tolerance)));
        auto *ours = new QLabel(m_grid);
        ours->setAlignment(Qt::AlignCenter);
        auto *partner = new ScaleButtons(7, m_grid);
        partner->setObjectName(QStringLiteral("partnerCulture_") + axis.key);
        partner->setAccessibleName(tr("Partner on %1 ↔ %2").arg(axis.lowPole, axis.highPole));
        connect(partner, &ScaleButtons::valueChosen, this, [this, key = axis.key](std::optional<int> value) {
            m_editor->setCultureValue(Side::Partner, key, value ? std::optional<double>(*value) : std::nullopt);
        });
        auto *fit = new QLabel(m_grid);
        fit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_gridLayout->addWidget(name, row, 0);
        m_gridLayout->addWidget(ours, row, 1);
        m_gridLayout->addWidget(partner, row, 2);
        m_gridLayout->addWidget(fit, row, 3);
        m_ours.insert(axis.key, ours);
        m_partner.insert(axis.key, partner);
        m_fit.insert(axis.key, fit);
        ++row;
    }
    m_gridLayout->setColumnStretch(0, 1);
    refresh();
}

QString CulturePage::fitText(const QString &axis) const
{
    const QLabel *label = m_fit.value(axis);
    return label ? label->text() : QString();
}

QString CulturePage::summaryText() const
{
    return m_summary->text();
}

void CulturePage::refresh()
{
    const core::CultureResult &culture = m_editor->result().culture;
    const bool readOnly = m_editor->isReadOnly();
    for (const core::AxisFit &axis : culture.axes) {
        if (QLabel *ours = m_ours.value(axis.axis)) {
            ours->setText(axis.home ? QLocale().toString(*axis.home) : ScoreFormat::notAssessed());
            ours->setToolTip(axis.home ? QString() : tr("Our own position is not set: edit the home profile"));
        }
        if (ScaleButtons *partner = m_partner.value(axis.axis)) {
            partner->setValue(axis.partner ? std::optional<int>(int(std::lround(*axis.partner))) : std::nullopt);
            partner->setReadOnly(readOnly);
        }
        if (QLabel *fit = m_fit.value(axis.axis)) {
            fit->setText(axis.fit ? ScoreFormat::percent(*axis.fit) : ScoreFormat::notAssessed());
            fit->setToolTip(axis.fit ? QString() : tr("Needs a position on both sides"));
        }
    }
    auto radar = std::make_unique<charts::RadarChart>(
        charts::ResultChartData::culture(m_editor->input(), m_editor->result()), tr("Culture profiles"));
    m_radar->setChart(std::move(radar));
    m_summary->setText(
        culture.similarity
            ? tr("Culture profiles are <b>%1 %</b> similar. Our profile is part of the "
                 "<a href=\"home\">home profile</a>.")
                  .arg(ScoreFormat::detail(culture.similarity))
            : tr("Place the partner on the axes below; our own positions come from the "
                 "<a href=\"home\">home profile</a>. The fit needs at least one axis rated on both sides."));
}

} // namespace pf::ui
