// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/assessment/AssessmentEditor.h"

#include <QUndoCommand>

#include <optional>

namespace pf::ui {

/** One side's position on one culture axis changed. */
class SetCultureValueCommand : public QUndoCommand
{
public:
    SetCultureValueCommand(AssessmentEditor *editor, Side side, const QString &axis, std::optional<double> before,
                           std::optional<double> after);

    void undo() override;
    void redo() override;

private:
    AssessmentEditor *m_editor;
    Side m_side;
    QString m_axis;
    std::optional<double> m_before;
    std::optional<double> m_after;
};

} // namespace pf::ui
