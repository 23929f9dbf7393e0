// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditPersonCommand.h"

#include "ui/workspace/WorkspaceEditor.h"

#include <QCoreApplication>

#include <utility>

namespace pf::ui {

EditPersonCommand::EditPersonCommand(WorkspaceEditor *editor, const core::Person &before, const core::Person &after)
    : m_editor(editor), m_before(before), m_after(after)
{
    setText(before.name != after.name
                ? QCoreApplication::translate("pf::ui::EditPersonCommand", "rename of %1").arg(before.name)
                : QCoreApplication::translate("pf::ui::EditPersonCommand", "role of %1").arg(after.name));
}

void EditPersonCommand::undo()
{
    setObsolete(!m_editor->applyPerson(
        m_before, QCoreApplication::translate("pf::ui::EditPersonCommand", "The change could not be undone.")));
}

void EditPersonCommand::redo()
{
    if (std::exchange(m_stored, false)) {
        return;
    }
    setObsolete(!m_editor->applyPerson(
        m_after, QCoreApplication::translate("pf::ui::EditPersonCommand", "The change could not be redone.")));
}

} // namespace pf::ui
