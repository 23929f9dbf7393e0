// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/HomeProfile.h"

#include <QUndoCommand>

namespace pf::ui {

class WorkspaceEditor;

/** Our home profile changed: culture, roadmap or themes. */
class EditHomeProfileCommand : public QUndoCommand
{
public:
    /// Made after the change was stored: the first redo() does not store it again.
    EditHomeProfileCommand(WorkspaceEditor *editor, const core::HomeProfile &before, const core::HomeProfile &after);

    void undo() override;
    void redo() override;

private:
    WorkspaceEditor *m_editor;
    core::HomeProfile m_before;
    core::HomeProfile m_after;
    bool m_stored = true;
};

} // namespace pf::ui
