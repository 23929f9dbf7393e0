// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddPartnerCommand.h"

#include "ui/workspace/WorkspaceEditor.h"

#include <QCoreApplication>

#include <utility>

namespace pf::ui {

AddPartnerCommand::AddPartnerCommand(WorkspaceEditor *editor, const core::Partner &partner)
    : m_editor(editor), m_partner(partner)
{
    setText(QCoreApplication::translate("pf::ui::AddPartnerCommand", "new partner %1").arg(partner.name));
}

void AddPartnerCommand::undo()
{
    setObsolete(!m_editor->unstorePartner(
        m_partner.id, QCoreApplication::translate("pf::ui::AddPartnerCommand", "Adding %1 could not be undone.")
                          .arg(m_partner.name)));
}

void AddPartnerCommand::redo()
{
    if (std::exchange(m_stored, false)) {
        return;
    }
    setObsolete(!m_editor->restorePartner(
        m_partner, QCoreApplication::translate("pf::ui::AddPartnerCommand", "Adding %1 could not be redone.")
                       .arg(m_partner.name)));
}

} // namespace pf::ui
