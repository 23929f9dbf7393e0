// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Partner.h"

#include <QUndoCommand>

namespace pf::ui {

class WorkspaceEditor;

/** A partner's details changed in the partner editor: name, website, type, industry, regions, stage, owner, tags or
 * notes. */
class EditPartnerCommand : public QUndoCommand
{
public:
    /// Made after the change was stored: the first redo() does not store it again.
    EditPartnerCommand(WorkspaceEditor *editor, const core::Partner &before, const core::Partner &after);

    void undo() override;
    void redo() override;

private:
    WorkspaceEditor *m_editor;
    core::Partner m_before;
    core::Partner m_after;
    bool m_stored = true;
};

} // namespace pf::ui
