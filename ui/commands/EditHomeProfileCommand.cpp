// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditHomeProfileCommand.h"

#include "ui/workspace/WorkspaceEditor.h"

#include <QCoreApplication>

#include <utility>

namespace pf::ui {

EditHomeProfileCommand::EditHomeProfileCommand(WorkspaceEditor *editor, const core::HomeProfile &before,
                                               const core::HomeProfile &after)
    : m_editor(editor), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("pf::ui::EditHomeProfileCommand", "home profile"));
}

void EditHomeProfileCommand::undo()
{
    setObsolete(!m_editor->applyHomeProfile(
        m_before,
        QCoreApplication::translate("pf::ui::EditHomeProfileCommand", "The home profile change could not be undone.")));
}

void EditHomeProfileCommand::redo()
{
    if (std::exchange(m_stored, false)) {
        return;
    }
    setObsolete(!m_editor->applyHomeProfile(
        m_after,
        QCoreApplication::translate("pf::ui::EditHomeProfileCommand", "The home profile change could not be redone.")));
}

} // namespace pf::ui
