// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pf::ui {

class AssessmentEditor;
class RatingRow;
namespace charts {
class ChartWidget;
}

/** The Mutual gain page: the value inputs for us and for the partner, rated per assessor, and where that places the
 * partnership. */
class MutualGainPage : public QWidget
{
    Q_OBJECT

public:
    explicit MutualGainPage(AssessmentEditor *editor, QWidget *parent = nullptr);

    void rebuild();
    RatingRow *row(const QString &key) const { return m_rows.value(key); }
    QString summaryText() const;

private:
    void refresh();

    AssessmentEditor *m_editor;
    QLabel *m_summary;
    charts::ChartWidget *m_quadrant;
    QWidget *m_inputs = nullptr;
    QVBoxLayout *m_inputsLayout = nullptr;
    QHash<QString, RatingRow *> m_rows;
};

} // namespace pf::ui
