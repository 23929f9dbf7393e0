// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditPartnerCommand.h"

#include "ui/workspace/WorkspaceEditor.h"

#include <QCoreApplication>

#include <utility>

namespace pf::ui {

EditPartnerCommand::EditPartnerCommand(WorkspaceEditor *editor, const core::Partner &before, const core::Partner &after)
    : m_editor(editor), m_before(before), m_after(after)
{
    if (before.name != after.name) {
        setText(QCoreApplication::translate("pf::ui::EditPartnerCommand", "rename of partner %1").arg(before.name));
    } else if (before.stage != after.stage) {
        setText(QCoreApplication::translate("pf::ui::EditPartnerCommand", "stage of %1").arg(after.name));
    } else {
        setText(QCoreApplication::translate("pf::ui::EditPartnerCommand", "details of %1").arg(after.name));
    }
}

void EditPartnerCommand::undo()
{
    // A refused store drops the command: storage still holds the edited partner, which there is no undoing now.
    setObsolete(!m_editor->applyPartner(
        m_before, QCoreApplication::translate("pf::ui::EditPartnerCommand", "The change could not be undone.")));
}

void EditPartnerCommand::redo()
{
    if (std::exchange(m_stored, false)) {
        return;
    }
    setObsolete(!m_editor->applyPartner(
        m_after, QCoreApplication::translate("pf::ui::EditPartnerCommand", "The change could not be redone.")));
}

} // namespace pf::ui
