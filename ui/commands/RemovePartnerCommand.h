// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Partner.h"

#include <QUndoCommand>

namespace pf::ui {

class WorkspaceEditor;

/** A partner without assessments was deleted. Undo brings it back, with its contacts and profile, under its old id
 * when storage still allows. */
class RemovePartnerCommand : public QUndoCommand
{
public:
    /// Made after the partner was removed: the first redo() does not remove it again.
    RemovePartnerCommand(WorkspaceEditor *editor, const core::Partner &partner);

    void undo() override;
    void redo() override;

private:
    WorkspaceEditor *m_editor;
    core::Partner m_partner;
    bool m_stored = true;
};

} // namespace pf::ui
