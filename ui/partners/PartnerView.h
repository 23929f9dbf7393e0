// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace pf::ui {

class AssessmentEditor;
class AssessmentPage;
class CulturePage;
class HistoryPage;
class MutualGainPage;
class OverviewPage;
class RoadmapPage;
class VerdictBadge;

/** The selected partner: a header with the verdict that is always visible, and the pages as tabs. */
class PartnerView : public QWidget
{
    Q_OBJECT

public:
    enum Page { Overview, Assessment, Culture, MutualGain, Roadmap, History };

    explicit PartnerView(AssessmentEditor *editor, QWidget *parent = nullptr);

    /// Name and "type · stage · owner" line of the header.
    void setPartner(const QString &name, const QString &details);
    /// The header's primary action ("Continue assessment", "Finalise", "New health check").
    void setPrimaryAction(QAction *action);

    void showPage(Page page);
    Page currentPage() const;
    /// Goes to the place where @p key is changed: a criterion, a mutual-gain input or a pillar.
    void navigateTo(const QString &key);

    QTabWidget *tabs() const { return m_tabs; }
    AssessmentPage *assessmentPage() const { return m_assessment; }
    OverviewPage *overviewPage() const { return m_overview; }
    CulturePage *culturePage() const { return m_culture; }
    MutualGainPage *mutualGainPage() const { return m_mutualGain; }
    RoadmapPage *roadmapPage() const { return m_roadmap; }
    HistoryPage *historyPage() const { return m_history; }
    /// Adds the History page, which reads the workspace through @p controller.
    void setHistoryPage(HistoryPage *page);
    QString headerText() const;

private:
    void refreshHeader();

    AssessmentEditor *m_editor;
    QLabel *m_name;
    QLabel *m_details;
    VerdictBadge *m_badge;
    QLabel *m_overall;
    QLabel *m_confidence;
    QPushButton *m_primary;
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    AssessmentPage *m_assessment;
    CulturePage *m_culture;
    MutualGainPage *m_mutualGain;
    RoadmapPage *m_roadmap;
    HistoryPage *m_history = nullptr;
};

} // namespace pf::ui
