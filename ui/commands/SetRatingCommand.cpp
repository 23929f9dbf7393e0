// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetRatingCommand.h"

#include "ui/assessment/AssessmentEditor.h"

#include <QCoreApplication>

namespace pf::ui {

namespace {
constexpr int NoteCommandId = 0x5046'0001;
}

SetRatingCommand::SetRatingCommand(AssessmentEditor *editor, const QString &criterion, const QString &assessor,
                                   const std::optional<core::Rating> &before, const std::optional<core::Rating> &after,
                                   Kind kind)
    : m_editor(editor), m_criterion(criterion), m_assessor(assessor), m_before(before), m_after(after), m_kind(kind)
{
    const QString name = editor->displayName(criterion);
    setText(kind == Kind::Note ? QCoreApplication::translate("pf::ui::SetRatingCommand", "note on %1").arg(name)
                               : QCoreApplication::translate("pf::ui::SetRatingCommand", "rating of %1").arg(name));
}

void SetRatingCommand::undo()
{
    m_editor->applyRating(m_criterion, m_assessor, m_before);
}

void SetRatingCommand::redo()
{
    m_editor->applyRating(m_criterion, m_assessor, m_after);
}

int SetRatingCommand::id() const
{
    return m_kind == Kind::Note ? NoteCommandId : -1;
}

bool SetRatingCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetRatingCommand *>(other);
    if (next->m_criterion != m_criterion || next->m_assessor != m_assessor) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

} // namespace pf::ui
