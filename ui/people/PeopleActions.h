// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pf::core {
struct StorageStatus;
}

namespace pf::ui {

class AssessmentEditor;
class WorkspaceEditor;

/**
 * The people actions of the main window: Partner ▸ People… (the list to add, rename, give a role and remove),
 * Add Me (yourself as an assessor in one click, chosen to rate at once) and Add Assessor… (a colleague). Every
 * change is an undoable edit of the workspace.
 */
class PeopleActions : public QObject
{
    Q_OBJECT

public:
    PeopleActions(WorkspaceEditor *workspace, AssessmentEditor *assessment, QWidget *window, QObject *parent = nullptr);

    QAction *peopleAction() const { return m_people; }
    QAction *addMeAction() const { return m_addMe; }
    QAction *addAssessorAction() const { return m_addAssessor; }

    /// Adds the user (asking once for their name as colleagues know it) and makes them the one who rates.
    void addMe();
    /// Asks for a colleague's name, adds them and makes them the one who rates.
    void addAssessor();
    void showPeople();

    /// The user's full name as the operating system knows it, else their login name.
    static QString osFullName();

signals:
    /// An edit was refused; @p doing says which.
    void failed(const core::StorageStatus &status, const QString &doing);

private:
    void update();
    /// Adds @p name unless they are among the people already; true when they are there now.
    bool ensurePerson(const QString &name);

    WorkspaceEditor *m_workspace;
    AssessmentEditor *m_assessment;
    QWidget *m_window;
    QAction *m_people;
    QAction *m_addMe;
    QAction *m_addAssessor;
};

} // namespace pf::ui
