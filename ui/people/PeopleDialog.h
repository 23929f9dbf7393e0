// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace pf::ui {

class MessageBar;
class PeopleActions;
class WorkspaceEditor;

/**
 * Partner ▸ People…: everyone who can rate partners in the workspace. Names and roles are edited in place;
 * Add Person…, Add Me and Remove beside the list. Each change is stored at once and can be undone (Ctrl+Z works
 * here too); a refusal — a duplicate name, removing someone who has rated — shows above the list with the reason.
 */
class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    PeopleDialog(WorkspaceEditor *workspace, PeopleActions *actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    MessageBar *messageBar() const { return m_message; }
    /// Selects the row of @p name; false when there is none.
    bool selectPerson(const QString &name);
    void addPerson();
    void removeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void cellEdited(int row, int column);
    void updateButtons();

    WorkspaceEditor *m_workspace;
    PeopleActions *m_actions;
    MessageBar *m_message;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_addMe;
    QPushButton *m_remove;
    bool m_refreshing = false;
    bool m_editing = false;
};

} // namespace pf::ui
