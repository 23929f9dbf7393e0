// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddPersonCommand.h"

#include "ui/workspace/WorkspaceEditor.h"

#include <QCoreApplication>

#include <utility>

namespace pf::ui {

AddPersonCommand::AddPersonCommand(WorkspaceEditor *editor, const core::Person &person)
    : m_editor(editor), m_person(person)
{
    setText(QCoreApplication::translate("pf::ui::AddPersonCommand", "new person %1").arg(person.name));
}

void AddPersonCommand::undo()
{
    setObsolete(!m_editor->unstorePerson(
        m_person.id,
        QCoreApplication::translate("pf::ui::AddPersonCommand", "Adding %1 could not be undone.").arg(m_person.name)));
}

void AddPersonCommand::redo()
{
    if (std::exchange(m_stored, false)) {
        return;
    }
    setObsolete(!m_editor->restorePerson(
        m_person,
        QCoreApplication::translate("pf::ui::AddPersonCommand", "Adding %1 could not be redone.").arg(m_person.name)));
}

} // namespace pf::ui
