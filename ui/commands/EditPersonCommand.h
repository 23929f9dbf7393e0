// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Person.h"

#include <QUndoCommand>

namespace pf::ui {

class WorkspaceEditor;

/** A person was renamed or their role changed. */
class EditPersonCommand : public QUndoCommand
{
public:
    /// Made after the change was stored: the first redo() does not store it again.
    EditPersonCommand(WorkspaceEditor *editor, const core::Person &before, const core::Person &after);

    void undo() override;
    void redo() override;

private:
    WorkspaceEditor *m_editor;
    core::Person m_before;
    core::Person m_after;
    bool m_stored = true;
};

} // namespace pf::ui
