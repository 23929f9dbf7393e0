// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pf::core {

/** File-system helpers for workspace files: network shares, writability, owner-only permissions, durability. */
class WorkspaceFiles
{
public:
    /// True for file-system types SQLite cannot lock reliably (NFS, SMB/CIFS, AFP, 9p, sshfs...).
    static bool isNetworkFileSystem(const QByteArray &type);
    /// The file-system type of the volume holding @p directory, as QStorageInfo reports it.
    static QByteArray fileSystemType(const QString &directory);
    /// True when @p path can be written (works for root too: a read-only mount is detected).
    static bool isWritable(const QString &path);
    /// Creates @p directory (and parents) and restricts it to its owner (0700 on POSIX).
    static bool makeOwnerOnlyDirectory(const QString &directory);
    /// Restricts @p file to its owner (0600 on POSIX).
    static bool makeOwnerOnlyFile(const QString &file);
    /// Flushes a file's data to the disk.
    static bool syncFile(const QString &file);
    /// Flushes a directory entry (after a rename) to the disk; a no-op where unsupported.
    static bool syncDirectory(const QString &directory);
    /// Writes @p bytes to @p path atomically through QSaveFile; on failure the old file is untouched and
    /// @p error says why.
    static bool saveFile(const QString &path, const QByteArray &bytes, QString *error = nullptr);
    /// Hex SHA-256 of a file's bytes (empty when unreadable).
    static QByteArray sha256(const QString &file);
    /// "2026-11-27T02:33:00.123Z": the UTC timestamp format used in storage.
    static QString nowUtc();
};

} // namespace pf::core
