// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pf::ui {

class WorkspaceController;
namespace charts {
class ChartWidget;
}

/** The History page: every assessment and health check of the partner over time, the trend of the overall and each
 * dimension, and drops of 10 points or more between consecutive checks. */
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(WorkspaceController *controller, QWidget *parent = nullptr);

    /// Reloads the selected partner's history from the workspace.
    void refresh();
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;

private:
    WorkspaceController *m_controller;
    QLabel *m_summary;
    charts::ChartWidget *m_trend;
    QTableWidget *m_table;
};

} // namespace pf::ui
