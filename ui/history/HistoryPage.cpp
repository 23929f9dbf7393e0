// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPage.h"

#include "core/storage/WorkspaceScoring.h"
#include "ui/charts/ChartWidget.h"
#include "ui/charts/TrendChart.h"
#include "ui/common/ScoreFormat.h"
#include "ui/workspace/WorkspaceController.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace pf::ui {

HistoryPage::HistoryPage(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_trend(new charts::ChartWidget(nullptr, this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("historyPage"));
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Version"), tr("Status"), tr("Overall"), tr("Band")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Assessment history"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_trend, 3);
    layout->addWidget(m_table, 2);
}

QString HistoryPage::summaryText() const
{
    return m_summary->text();
}

void HistoryPage::refresh()
{
    const QList<core::AssessmentSummary> history = m_controller->history();
    m_table->setRowCount(int(history.size()));
    charts::TrendData trend;
    charts::TrendSeries overall{QStringLiteral("overall"), tr("Overall"), {}, true};
    QList<charts::TrendSeries> dimensions;
    int row = 0;
    for (const core::AssessmentSummary &summary : history) {
        const bool finalised = summary.status == core::AssessmentStatus::Finalised;
        const QStringList cells{
            QLocale().toString(summary.asOf, QLocale::ShortFormat),
            summary.kind == core::AssessmentKind::HealthCheck ? tr("Health check") : tr("Selection"),
            QLocale().toString(summary.version),
            finalised ? tr("Finalised") : tr("Draft"),
            summary.score ? ScoreFormat::detail(summary.score->overall) : ScoreFormat::notAssessed(),
            summary.score ? ScoreFormat::band(summary.score->band) : QString(),
        };
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        ++row;
        // The trend follows what was decided: the newest finalised version of each assessment
        // (a revision corrects a check; it is not a new one).
        const bool superseded =
            std::any_of(history.cbegin(), history.cend(), [&](const core::AssessmentSummary &other) {
                return other.seriesId == summary.seriesId && other.status == core::AssessmentStatus::Finalised &&
                       other.version > summary.version;
            });
        if (!finalised || superseded || !m_controller->workspace()) {
            continue;
        }
        const auto scored = core::WorkspaceScoring::score(*m_controller->workspace(), summary.id);
        if (!scored.ok()) {
            continue;
        }
        trend.dates.append(summary.asOf);
        overall.values.append(scored.value->overall);
        for (const core::DimensionResult &dimension : scored.value->dimensions) {
            auto it = std::find_if(dimensions.begin(), dimensions.end(),
                                   [&](const charts::TrendSeries &s) { return s.key == dimension.key; });
            if (it == dimensions.end()) {
                dimensions.append({dimension.key, dimension.key, {}, false});
                it = dimensions.end() - 1;
            }
            // Pad series that started later so values stay aligned with the dates.
            while (it->values.size() < trend.dates.size() - 1) {
                it->values.append(std::nullopt);
            }
            it->values.append(dimension.score);
        }
    }
    trend.series = {overall};
    for (charts::TrendSeries &series : dimensions) {
        while (series.values.size() < trend.dates.size()) {
            series.values.append(std::nullopt);
        }
        trend.series.append(series);
    }
    // Dimension names from the editor's framework are the same keys; show them readably.
    for (charts::TrendSeries &series : trend.series) {
        if (!series.emphasised) {
            QString label = series.key;
            label.replace(QLatin1Char('_'), QLatin1Char(' '));
            label[0] = label.at(0).toUpper();
            series.label = label;
        }
    }
    const QList<int> drops = charts::TrendChart::drops(overall, trend.dropThreshold);
    m_trend->setChart(std::make_unique<charts::TrendChart>(trend, tr("Health over time")));
    if (history.isEmpty()) {
        m_summary->setText(tr("No assessments yet."));
    } else if (drops.isEmpty()) {
        m_summary->setText(tr("Assessment versions: %1; the overall never fell by 10 points or more between checks.")
                               .arg(history.size()));
    } else {
        QStringList when;
        for (int index : drops) {
            when << QLocale().toString(trend.dates.at(index), QLocale::ShortFormat);
        }
        m_summary->setText(tr("The overall fell by 10 points or more at: %1. Look at what changed.")
                               .arg(when.join(QStringLiteral(", "))));
    }
}

} // namespace pf::ui
