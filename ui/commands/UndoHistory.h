// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

class QAction;
class QUndoCommand;
class QUndoStack;

namespace pf::ui {

/**
 * Edit ▸ Undo and Redo over several undo stacks (the assessment being edited, the workspace) as one history:
 * Undo takes back the newest edit whichever stack holds it, Redo brings back the oldest undone one. Each stack
 * keeps its own life: the assessment's closes when it is finalised or another is opened, the workspace's when
 * another workspace is opened. The actions name the edit: "Undo rename of partner Acme".
 */
class UndoHistory : public QObject
{
    Q_OBJECT

public:
    explicit UndoHistory(QObject *parent = nullptr);

    void addStack(QUndoStack *stack);
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    bool canUndo() const { return nextUndo() != nullptr; }
    bool canRedo() const { return nextRedo() != nullptr; }
    QString undoText() const;
    QString redoText() const;
    void undo();
    void redo();

signals:
    /// What can be undone or redone changed.
    void changed();

private slots:
    /// Actions and texts from the stacks; both actions are disabled while a background task runs.
    void sync();

private:
    quint64 stamp(const QUndoCommand *command) const { return m_stamps.value(command); }
    QUndoStack *nextUndo() const;
    QUndoStack *nextRedo() const;

    QList<QUndoStack *> m_stacks;
    /// When each command was first seen on its stack: the order of the edits across stacks.
    QHash<const QUndoCommand *, quint64> m_stamps;
    quint64 m_clock = 0;
    QHash<const QUndoStack *, int> m_lastIndex;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace pf::ui
