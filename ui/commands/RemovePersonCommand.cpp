// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemovePersonCommand.h"

#include "ui/workspace/WorkspaceEditor.h"

#include <QCoreApplication>

#include <utility>

namespace pf::ui {

RemovePersonCommand::RemovePersonCommand(WorkspaceEditor *editor, const core::Person &person)
    : m_editor(editor), m_person(person)
{
    setText(QCoreApplication::translate("pf::ui::RemovePersonCommand", "removal of %1").arg(person.name));
}

void RemovePersonCommand::undo()
{
    setObsolete(!m_editor->restorePerson(
        m_person, QCoreApplication::translate("pf::ui::RemovePersonCommand", "Removing %1 could not be undone.")
                      .arg(m_person.name)));
}

void RemovePersonCommand::redo()
{
    if (std::exchange(m_stored, false)) {
        return;
    }
    setObsolete(!m_editor->unstorePerson(
        m_person.id, QCoreApplication::translate("pf::ui::RemovePersonCommand", "Removing %1 could not be redone.")
                         .arg(m_person.name)));
}

} // namespace pf::ui
