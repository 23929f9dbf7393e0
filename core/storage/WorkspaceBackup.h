// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Progress.h"
#include "core/storage/StorageStatus.h"

#include <QString>
#include <QStringList>

namespace pf::core {

class Workspace;

/**
 * Backups of a workspace: VACUUM INTO a temporary name, verify the copy, then rename it into place.
 * They live in "<name>-backups" next to the workspace; automatic ones are pruned to the newest N.
 */
class WorkspaceBackup
{
public:
    enum class Reason { Manual, Daily, BeforeMigration, BeforeRestore };

    /// The folder holding the backups of the workspace at @p workspacePath.
    static QString backupDirectory(const QString &workspacePath);
    /// Writes a verified backup into the backup folder; returns its path. Prunes automatic backups.
    static StorageResult<QString> backup(Workspace &workspace, Reason reason);
    /// Writes a verified copy of @p workspace to @p target, which must not exist.
    static StorageStatus backupTo(Workspace &workspace, const QString &target);
    /// The backups of the workspace at @p workspacePath, newest first.
    static QStringList backups(const QString &workspacePath);
    /// The newest backup that passes integrity_check, or empty.
    static QString newestGoodBackup(const QString &workspacePath);
    /// Checks that @p file is a readable, intact workspace (integrity_check), without modifying it.
    static StorageStatus verify(const QString &file);
    /// Makes the daily backup when one is due and daily backups are on; returns its path, or an empty path when
    /// none was due. Opening a workspace calls it; a long session (the GUI) calls it from a timer.
    static StorageResult<QString> backupIfDue(Workspace &workspace);
    /// True when no automatic backup was made in the last 24 hours (counting from creation).
    static bool dailyBackupDue(const Workspace &workspace);
    /**
     * Replaces the workspace at @p workspacePath with @p backupFile after verifying the backup. An intact current
     * workspace is backed up first; a damaged one is moved aside unchanged (never modified). The workspace must
     * not be open anywhere. @p setAside receives where the previous file went.
     */
    /// @p progress hears the steps (verify, keep the current file, copy); returning false before the current file is
    /// touched stops with StorageError::Cancelled and changes nothing.
    static StorageStatus restore(const QString &backupFile, const QString &workspacePath, QString *setAside = nullptr,
                                 const ProgressCallback &progress = {});
};

} // namespace pf::core
