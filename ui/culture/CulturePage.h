// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace pf::ui {

class AssessmentEditor;
class ScaleButtons;
namespace charts {
class ChartWidget;
}

/** The Culture page: both organisations on the culture axes, the partner's editable, and the fit per axis. */
class CulturePage : public QWidget
{
    Q_OBJECT

public:
    explicit CulturePage(AssessmentEditor *editor, QWidget *parent = nullptr);

    void rebuild();
    ScaleButtons *partnerButtons(const QString &axis) const { return m_partner.value(axis); }
    QString fitText(const QString &axis) const;
    QString summaryText() const;

signals:
    /// The user wants to change our own profile.
    void homeProfileRequested();

private:
    void refresh();

    AssessmentEditor *m_editor;
    QLabel *m_summary;
    charts::ChartWidget *m_radar;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QHash<QString, QLabel *> m_ours;
    QHash<QString, ScaleButtons *> m_partner;
    QHash<QString, QLabel *> m_fit;
};

} // namespace pf::ui
