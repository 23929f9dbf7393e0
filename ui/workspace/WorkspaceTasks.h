// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QMainWindow;
class QThread;

namespace pf::core {
struct Partner;
}

namespace pf::ui {

class MessageBar;
class WorkspaceController;

/**
 * The long workspace operations of the main window, run off the GUI thread with progress and Cancel
 * (BackgroundTask): importing partners from CSV, creating the sample workspace, checking and backing up the
 * workspace. Each worker opens its own connection to the workspace file; a cancelled operation leaves the
 * workspace (and the disk) as it was. Also decides what a file given to the window (dropped, from the command
 * line, from the desktop) does.
 */
class WorkspaceTasks : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        /// The actions and widgets that must not be used while work runs.
        std::function<QList<QObject *>()> busyTargets;
        /// Opens a workspace the way File ▸ Open does (pending edits stored first, refusals shown).
        std::function<bool(const QString &path)> openWorkspace;
        /// Called after an operation ended, to refresh the window's actions and pages.
        std::function<void()> refresh;
    };

    WorkspaceTasks(QMainWindow *window, WorkspaceController *controller, MessageBar *messageBar, Hooks hooks);
    ~WorkspaceTasks() override;

    /// Reads, checks and imports the partners in @p csvPath into the open workspace, asking before importing only
    /// the valid rows. All partners are added in one transaction: Cancel leaves the workspace unchanged.
    void importPartners(const QString &csvPath);
    /// Creates the sample workspace beside the default one (when it does not exist yet) and opens it.
    void openSample();
    /// Runs the workspace check and reports what it found.
    void check();
    /// Writes a verified backup of the open workspace.
    void backup();
    /// Makes the daily backup when one is due, quietly on a worker thread (a long session calls it from a timer);
    /// only a failure is shown.
    void dailyBackupIfDue();
    /// Writes a verified copy of the open workspace to @p target (which must not exist) and opens the copy.
    void saveAs(const QString &target);
    /// Replaces the open workspace with @p backupFile (verified first; the current file is kept aside), then
    /// reopens it. Cancel before the current file is touched leaves everything as it was.
    void restore(const QString &backupFile);

    /// A workspace file is opened, a CSV file imported; anything else is refused with a status-bar message.
    /// Returns true when the file was accepted.
    bool openFile(const QString &path);
    /// Whether openFile() would accept @p path (by its name).
    static bool canOpen(const QString &path);
    /// The workspace the window opens at start when @p given was named on the command line (may be empty): an
    /// existing workspace file itself, else the default workspace (the window then hands @p given to openFile(),
    /// which imports a CSV file or says what is wrong; a missing workspace is never created behind the user's back).
    static QString workspaceAtStart(const QString &given);

signals:
    /// An operation ended (successfully, with an error, or cancelled).
    void finished();

private:
    void store(const QString &csvPath, const QList<core::Partner> &partners);
    /// False (and says why) when no workspace is open or other work still runs.
    bool ready();
    void showStatus(const QString &text);

    QMainWindow *m_window;
    WorkspaceController *m_controller;
    MessageBar *m_messageBar;
    Hooks m_hooks;
    QThread *m_dailyBackup = nullptr;
};

} // namespace pf::ui
