// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetConsensusCommand.h"

#include "ui/assessment/AssessmentEditor.h"

#include <QCoreApplication>

namespace pf::ui {

SetConsensusCommand::SetConsensusCommand(AssessmentEditor *editor, const QString &criterion,
                                         const std::optional<core::Consensus> &before,
                                         const std::optional<core::Consensus> &after)
    : m_editor(editor), m_criterion(criterion), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("pf::ui::SetConsensusCommand", "consensus on %1")
                .arg(editor->displayName(criterion)));
}

void SetConsensusCommand::undo()
{
    m_editor->applyConsensus(m_criterion, m_before);
}

void SetConsensusCommand::redo()
{
    m_editor->applyConsensus(m_criterion, m_after);
}

} // namespace pf::ui
