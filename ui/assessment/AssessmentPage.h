// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace pf::ui {

class AssessmentEditor;
class RatingRow;

/** The Assessment page: every criterion grouped by dimension, rated by the chosen assessor. */
class AssessmentPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentPage(AssessmentEditor *editor, QWidget *parent = nullptr);

    /// Rebuilds the rows for the editor's framework (after a new assessment is loaded).
    void rebuild();
    QString currentAssessor() const;
    void setCurrentAssessor(const QString &name);
    /// Scrolls to @p key's row and gives it the keyboard focus.
    void focusCriterion(const QString &key);
    RatingRow *row(const QString &key) const;

    /// The name "Add me" adds: the configured user name or the OS user.
    static QString defaultAssessorName();
    /// In the main window the buttons add people to the workspace: they trigger @p addMe and @p addAssessor
    /// (and show the first's text) instead of adding a name to this assessment only.
    void setPeopleActions(QAction *addMe, QAction *addAssessor);

signals:
    /// A computed criterion's row asks for the page of its model ("culture", "mutual_gain", "roadmap").
    void modelPageRequested(const QString &dimension);

private:
    void refresh();
    void refreshAssessors();
    void addAssessor();
    void discuss(const QString &key);

    AssessmentEditor *m_editor;
    QComboBox *m_assessor;
    QPushButton *m_addMe;
    QPushButton *m_addOther;
    QAction *m_addMeAction = nullptr;
    QAction *m_addAssessorAction = nullptr;
    QLabel *m_summary;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QHash<QString, RatingRow *> m_rows;
    QHash<QString, QLabel *> m_computedLabels;
    QHash<QString, QLabel *> m_dimensionLabels;
};

} // namespace pf::ui
