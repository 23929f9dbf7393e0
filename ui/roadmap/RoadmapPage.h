// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/assessment/AssessmentEditor.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace pf::ui {

class RoadmapItemsModel;
namespace charts {
class ChartWidget;
}

/** The Roadmap page: both sides' roadmap items in editable tables, alignment near and far, and the themes. */
class RoadmapPage : public QWidget
{
    Q_OBJECT

public:
    explicit RoadmapPage(AssessmentEditor *editor, QWidget *parent = nullptr);

    RoadmapItemsModel *model(Side side) const;
    QString summaryText() const;
    /// Appends an item for @p side starting in the assessment's year (what "Add item" does).
    void addItem(Side side);
    void removeSelected(Side side);

private:
    QWidget *makeSide(Side side, const QString &title);
    void refresh();

    AssessmentEditor *m_editor;
    QLabel *m_summary;
    charts::ChartWidget *m_timeline;
    RoadmapItemsModel *m_home;
    RoadmapItemsModel *m_partner;
    QTableView *m_homeView = nullptr;
    QTableView *m_partnerView = nullptr;
    QList<QPushButton *> m_editButtons;
};

} // namespace pf::ui
