// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Person.h"

#include <QUndoCommand>

namespace pf::ui {

class WorkspaceEditor;

/** A person who had rated nothing was removed from the workspace's people. */
class RemovePersonCommand : public QUndoCommand
{
public:
    /// Made after the change was stored: the first redo() does not store it again.
    RemovePersonCommand(WorkspaceEditor *editor, const core::Person &person);

    void undo() override;
    void redo() override;

private:
    WorkspaceEditor *m_editor;
    core::Person m_person;
    bool m_stored = true;
};

} // namespace pf::ui
