// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Consensus.h"

#include <QUndoCommand>

#include <optional>

namespace pf::ui {

class AssessmentEditor;

/** A consensus value and rationale was recorded, changed or withdrawn for one criterion. */
class SetConsensusCommand : public QUndoCommand
{
public:
    SetConsensusCommand(AssessmentEditor *editor, const QString &criterion,
                        const std::optional<core::Consensus> &before, const std::optional<core::Consensus> &after);

    void undo() override;
    void redo() override;

private:
    AssessmentEditor *m_editor;
    QString m_criterion;
    std::optional<core::Consensus> m_before;
    std::optional<core::Consensus> m_after;
};

} // namespace pf::ui
