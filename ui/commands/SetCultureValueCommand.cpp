// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetCultureValueCommand.h"

#include <QCoreApplication>

namespace pf::ui {

SetCultureValueCommand::SetCultureValueCommand(AssessmentEditor *editor, Side side, const QString &axis,
                                               std::optional<double> before, std::optional<double> after)
    : m_editor(editor), m_side(side), m_axis(axis), m_before(before), m_after(after)
{
    const QString name = editor->displayName(axis);
    setText(side == Side::Home
                ? QCoreApplication::translate("pf::ui::SetCultureValueCommand", "our culture on %1").arg(name)
                : QCoreApplication::translate("pf::ui::SetCultureValueCommand", "partner culture on %1").arg(name));
}

void SetCultureValueCommand::undo()
{
    m_editor->applyCultureValue(m_side, m_axis, m_before);
}

void SetCultureValueCommand::redo()
{
    m_editor->applyCultureValue(m_side, m_axis, m_after);
}

} // namespace pf::ui
