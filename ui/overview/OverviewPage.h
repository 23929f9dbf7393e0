// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pf::ui {

class AssessmentEditor;
class VerdictBadge;
namespace charts {
class ChartWidget;
}

/**
 * The Overview page: the verdict and why. Band, overall, confidence and coverage; the three
 * pillars (each saying what to fill in when its model lacks input); the biggest contributions
 * and drags; recommendations with their lessons; knock-outs and discuss flags — each a link
 * to the place to fix it.
 */
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(AssessmentEditor *editor, QWidget *parent = nullptr);

    /// Whether the page shows the verdict (band, overall, confidence, coverage) itself. The partner view shows it
    /// once in its header above every page, so there the page starts with the pillars.
    void setVerdictShown(bool shown);
    bool isVerdictShown() const;

    /// The texts shown, for tests and accessibility.
    QString verdictText() const;
    QString pillarText(const QString &dimension) const;
    QString explanationText() const;
    QString recommendationsText() const;
    QString attentionText() const;

signals:
    /// A link asks for the place to change @p key: a criterion key or a pillar dimension key.
    void navigationRequested(const QString &key);

private:
    void refresh();
    QString pillarMessage(const QString &dimension) const;

    AssessmentEditor *m_editor;
    QWidget *m_verdict;
    VerdictBadge *m_badge;
    QLabel *m_overall;
    QLabel *m_confidence;
    QLabel *m_culture;
    QLabel *m_mutualGain;
    QLabel *m_roadmap;
    QLabel *m_explanation;
    charts::ChartWidget *m_contributions;
    charts::ChartWidget *m_radar;
    QLabel *m_recommendations;
    QLabel *m_attention;
};

} // namespace pf::ui
