// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Rating.h"

#include <QUndoCommand>

#include <optional>

namespace pf::ui {

class AssessmentEditor;

/** One assessor's rating or evidence note on one criterion changed. */
class SetRatingCommand : public QUndoCommand
{
public:
    enum class Kind { Value, Note };

    SetRatingCommand(AssessmentEditor *editor, const QString &criterion, const QString &assessor,
                     const std::optional<core::Rating> &before, const std::optional<core::Rating> &after, Kind kind);

    void undo() override;
    void redo() override;
    int id() const override;
    /// Typing a note is one edit, not one per keystroke.
    bool mergeWith(const QUndoCommand *other) override;

private:
    AssessmentEditor *m_editor;
    QString m_criterion;
    QString m_assessor;
    std::optional<core::Rating> m_before;
    std::optional<core::Rating> m_after;
    Kind m_kind;
};

} // namespace pf::ui
