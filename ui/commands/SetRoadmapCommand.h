// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/RoadmapItem.h"
#include "ui/assessment/AssessmentEditor.h"

#include <QUndoCommand>

namespace pf::ui {

/** One side's roadmap items changed (an item added, edited or removed). */
class SetRoadmapCommand : public QUndoCommand
{
public:
    SetRoadmapCommand(AssessmentEditor *editor, Side side, const QList<core::RoadmapItem> &before,
                      const QList<core::RoadmapItem> &after);

    void undo() override;
    void redo() override;

private:
    AssessmentEditor *m_editor;
    Side m_side;
    QList<core::RoadmapItem> m_before;
    QList<core::RoadmapItem> m_after;
};

} // namespace pf::ui
