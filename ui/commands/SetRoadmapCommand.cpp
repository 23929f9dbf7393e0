// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetRoadmapCommand.h"

#include <QCoreApplication>

namespace pf::ui {

SetRoadmapCommand::SetRoadmapCommand(AssessmentEditor *editor, Side side, const QList<core::RoadmapItem> &before,
                                     const QList<core::RoadmapItem> &after)
    : m_editor(editor), m_side(side), m_before(before), m_after(after)
{
    setText(side == Side::Home ? QCoreApplication::translate("pf::ui::SetRoadmapCommand", "our roadmap")
                               : QCoreApplication::translate("pf::ui::SetRoadmapCommand", "partner roadmap"));
}

void SetRoadmapCommand::undo()
{
    m_editor->applyRoadmap(m_side, m_before);
}

void SetRoadmapCommand::redo()
{
    m_editor->applyRoadmap(m_side, m_after);
}

} // namespace pf::ui
