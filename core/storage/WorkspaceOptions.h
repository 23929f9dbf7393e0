// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace pf::core {

/** How a workspace is opened: timeouts, automatic backups, and who is recorded in the audit log. */
struct WorkspaceOptions
{
    /// How long a write waits for another process's write to finish before giving up as "locked".
    int busyTimeoutMs = 5000;
    /// Daily automatic backups while the workspace is in use (a backup before a migration is always made).
    bool dailyBackups = true;
    /// How many automatic backups (daily and pre-migration) to keep; manual backups are never pruned.
    int backupsToKeep = 7;
    /// The name written to the audit log; empty means the operating-system user.
    QString actorName;
    /// Returns the file-system type of a folder (e.g. "ext4", "nfs"); empty uses QStorageInfo. Tests inject one.
    std::function<QByteArray(const QString &directory)> fileSystemType;
    /// Runs opening's quick_check (and then the daily backup) in the background, after the workspace is open, so
    /// that a window can show it first. No write is stored until the check has passed (a write waits for it, and
    /// fails with its refusal when the file is damaged); Workspace::checkFinished reports the outcome. A workspace
    /// that needs an upgrade, or has a write-ahead log left behind, is always checked before it opens.
    bool deferQuickCheck = false;
};

} // namespace pf::core
