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
};

} // namespace pf::core
