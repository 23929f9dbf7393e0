// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/UndoHistory.h"

#include "support/CatchCompat.h"
#include "ui/common/BackgroundTask.h"

#include <QAction>
#include <QThread>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

#include <atomic>

using pf::ui::UndoHistory;

namespace {

/// Puts its text in a log on redo and takes it out on undo; "note" edits merge like typing does.
class LogCommand : public QUndoCommand
{
public:
    LogCommand(QStringList *log, const QString &text, bool note = false) : m_log(log), m_note(note) { setText(text); }
    void redo() override
    {
        if (!m_log->contains(text())) {
            m_log->append(text());
        }
    }
    void undo() override { m_log->removeOne(text()); }
    int id() const override { return m_note ? 1 : -1; }
    bool mergeWith(const QUndoCommand *) override { return true; }

private:
    QStringList *m_log;
    bool m_note;
};

} // namespace

TEST_CASE("Edit ▸ Undo takes back the newest edit across histories, Redo the oldest undone", "[undo]")
{
    QUndoStack assessment;
    QUndoStack workspace;
    UndoHistory history;
    history.addStack(&assessment);
    history.addStack(&workspace);
    QStringList log;
    CHECK_FALSE(history.undoAction()->isEnabled());
    CHECK(history.undoAction()->text() == QStringLiteral("Undo"));

    assessment.push(new LogCommand(&log, QStringLiteral("rating of Trust")));
    workspace.push(new LogCommand(&log, QStringLiteral("rename of partner Acme")));
    assessment.push(new LogCommand(&log, QStringLiteral("note on Trust"), true));
    CHECK(history.undoAction()->text() == QStringLiteral("Undo note on Trust"));

    // Typing on in the note merges into it and makes it the newest edit again, after a workspace edit.
    workspace.push(new LogCommand(&log, QStringLiteral("home profile")));
    assessment.push(new LogCommand(&log, QStringLiteral("note on Trust"), true));
    CHECK(history.undoAction()->text() == QStringLiteral("Undo note on Trust"));

    history.undoAction()->trigger();
    CHECK(history.undoAction()->text() == QStringLiteral("Undo home profile"));
    history.undo();
    CHECK(history.undoText() == QStringLiteral("rename of partner Acme"));
    history.undo();
    CHECK(history.undoText() == QStringLiteral("rating of Trust"));
    CHECK(log == QStringList{QStringLiteral("rating of Trust")});

    // Redo brings them back oldest first.
    CHECK(history.redoAction()->text() == QStringLiteral("Redo rename of partner Acme"));
    history.redoAction()->trigger();
    CHECK(history.redoText() == QStringLiteral("home profile"));
    history.redo();
    CHECK(history.redoText() == QStringLiteral("note on Trust"));

    // A history that closes (finalising, another assessment) leaves the other's edits to undo.
    assessment.clear();
    CHECK(history.undoText() == QStringLiteral("home profile"));
    CHECK_FALSE(history.canRedo());
    history.undo();
    history.undo();
    CHECK_FALSE(history.canUndo());
    CHECK_FALSE(history.undoAction()->isEnabled());
}

TEST_CASE("Undo and Redo are disabled while a background task runs and come back when it ended", "[undo]")
{
    QUndoStack stack;
    UndoHistory history;
    history.addStack(&stack);
    QStringList log;
    stack.push(new LogCommand(&log, QStringLiteral("rating of Trust")));
    stack.push(new LogCommand(&log, QStringLiteral("rename of partner Acme")));
    stack.undo();
    REQUIRE(history.undoAction()->isEnabled());
    REQUIRE(history.redoAction()->isEnabled());

    QWidget window;
    std::atomic<bool> release{false};
    bool doneRan = false;
    pf::ui::BackgroundTask::run(
        &window, QStringLiteral("Importing…"),
        [&release](pf::ui::TaskProgress &) {
            while (!release) {
                QThread::msleep(5);
            }
        },
        [&doneRan](bool) { doneRan = true; });
    REQUIRE(pf::ui::BackgroundTask::isBusy());
    CHECK_FALSE(history.undoAction()->isEnabled());
    CHECK_FALSE(history.redoAction()->isEnabled());
    // Ctrl+Z meanwhile does nothing (it would wait on the workspace's lock), and an edit does not enable them.
    history.undoAction()->trigger();
    CHECK(log == QStringList{QStringLiteral("rating of Trust")});
    stack.push(new LogCommand(&log, QStringLiteral("home profile")));
    CHECK_FALSE(history.undoAction()->isEnabled());
    history.undo();
    CHECK(log == (QStringList{QStringLiteral("rating of Trust"), QStringLiteral("home profile")}));

    release = true;
    REQUIRE(pf::ui::BackgroundTask::waitForIdle(10000));
    CHECK(doneRan);
    CHECK(history.undoAction()->isEnabled());
    CHECK(history.undoAction()->text() == QStringLiteral("Undo home profile"));
    CHECK_FALSE(history.redoAction()->isEnabled()); // the push discarded the undone edit
    history.undoAction()->trigger();
    CHECK(log == QStringList{QStringLiteral("rating of Trust")});
}
