// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Partner.h"

#include <QUndoCommand>

namespace pf::ui {

class WorkspaceEditor;

/** A partner was added. Undo removes it again while nothing is attached to it; redo brings it back under its old id
 * when storage still allows. */
class AddPartnerCommand : public QUndoCommand
{
public:
    /// Made after the change was stored: the first redo() does not store it again.
    AddPartnerCommand(WorkspaceEditor *editor, const core::Partner &partner);

    void undo() override;
    void redo() override;

private:
    WorkspaceEditor *m_editor;
    core::Partner m_partner;
    bool m_stored = true;
};

} // namespace pf::ui
