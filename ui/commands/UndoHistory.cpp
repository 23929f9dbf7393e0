// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UndoHistory.h"

#include "ui/common/BackgroundTask.h"

#include <QAction>
#include <QUndoStack>

namespace pf::ui {

UndoHistory::UndoHistory(QObject *parent) : QObject(parent), m_undo(new QAction(this)), m_redo(new QAction(this))
{
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, this, &UndoHistory::undo);
    connect(m_redo, &QAction::triggered, this, &UndoHistory::redo);
    // While a background task writes to the workspace, an undo would wait on its lock: both wait until it ended.
    connect(BackgroundTask::busyNotifier(), SIGNAL(busyChanged(bool)), this, SLOT(sync()));
    sync();
}

void UndoHistory::addStack(QUndoStack *stack)
{
    m_stacks << stack;
    m_lastIndex.insert(stack, stack->index());
    connect(stack, &QUndoStack::indexChanged, this, [this, stack](int index) {
        // The same index again with the newest command on top: an edit merged into it (typing a note goes on),
        // which makes it the newest edit again.
        if (index > 0 && index == m_lastIndex.value(stack) && index == stack->count()) {
            m_stamps.insert(stack->command(index - 1), ++m_clock);
        }
        m_lastIndex.insert(stack, index);
        sync();
    });
    // A cleared stack whose index was already 0 only says so through these.
    connect(stack, &QUndoStack::canUndoChanged, this, &UndoHistory::sync);
    connect(stack, &QUndoStack::canRedoChanged, this, &UndoHistory::sync);
    connect(stack, &QUndoStack::undoTextChanged, this, &UndoHistory::sync);
    connect(stack, &QObject::destroyed, this, [this, stack] {
        m_stacks.removeAll(stack);
        m_lastIndex.remove(stack);
        sync();
    });
    sync();
}

void UndoHistory::sync()
{
    // Commands deleted since the last look go; new ones are stamped now, after every one already known.
    QHash<const QUndoCommand *, quint64> stamps;
    for (QUndoStack *stack : std::as_const(m_stacks)) {
        for (int i = 0; i < stack->count(); ++i) {
            const QUndoCommand *command = stack->command(i);
            stamps.insert(command, m_stamps.contains(command) ? m_stamps.value(command) : ++m_clock);
        }
    }
    m_stamps = stamps;
    // Menu texts treat '&' as a mnemonic marker: "Trust & openness" must show its ampersand.
    const QString undo = QString(undoText()).replace(QLatin1Char('&'), QLatin1String("&&"));
    const QString redo = QString(redoText()).replace(QLatin1Char('&'), QLatin1String("&&"));
    const bool idle = !BackgroundTask::isBusy();
    m_undo->setEnabled(idle && canUndo());
    m_undo->setText(undo.isEmpty() ? tr("Undo") : tr("Undo %1").arg(undo));
    m_redo->setEnabled(idle && canRedo());
    m_redo->setText(redo.isEmpty() ? tr("Redo") : tr("Redo %1").arg(redo));
    emit changed();
}

QUndoStack *UndoHistory::nextUndo() const
{
    QUndoStack *next = nullptr;
    for (QUndoStack *stack : m_stacks) {
        if (stack->canUndo() &&
            (!next || stamp(stack->command(stack->index() - 1)) > stamp(next->command(next->index() - 1)))) {
            next = stack;
        }
    }
    return next;
}

QUndoStack *UndoHistory::nextRedo() const
{
    QUndoStack *next = nullptr;
    for (QUndoStack *stack : m_stacks) {
        if (stack->canRedo() &&
            (!next || stamp(stack->command(stack->index())) < stamp(next->command(next->index())))) {
            next = stack;
        }
    }
    return next;
}

QString UndoHistory::undoText() const
{
    QUndoStack *stack = nextUndo();
    return stack ? stack->undoText() : QString();
}

QString UndoHistory::redoText() const
{
    QUndoStack *stack = nextRedo();
    return stack ? stack->redoText() : QString();
}

void UndoHistory::undo()
{
    if (BackgroundTask::isBusy()) {
        return;
    }
    if (QUndoStack *stack = nextUndo()) {
        stack->undo();
    }
}

void UndoHistory::redo()
{
    if (BackgroundTask::isBusy()) {
        return;
    }
    if (QUndoStack *stack = nextRedo()) {
        stack->redo();
    }
}

} // namespace pf::ui
