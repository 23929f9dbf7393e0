// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Workspace.h"

#include <QString>
#include <QStringList>
#include <QVariant>

namespace pf::test {

/// Options for tests: short busy timeout, no daily backups unless a test asks for them.
core::WorkspaceOptions testOptions();
/// Creates a workspace at @p path and returns it open; fails the test when it cannot.
std::unique_ptr<core::Workspace> createWorkspace(const QString &path,
                                                 const core::WorkspaceOptions &options = testOptions());
/// Runs @p statements on a separate raw connection to @p path (no PartnerFit checks); returns the last error or "".
QString rawExec(const QString &path, const QStringList &statements);
/// The first column of the first row of @p sql on a raw connection.
QVariant rawValue(const QString &path, const QString &sql);

} // namespace pf::test

namespace pf::test {

/** A small tmpfs mounted for a test (needs root and mount rights); unmounted on destruction. */
class TmpfsMount
{
public:
    /// Mounts a tmpfs of @p sizeKiB at @p directory (created if needed).
    TmpfsMount(const QString &directory, int sizeKiB);
    ~TmpfsMount();
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool mounted() const { return m_mounted; }
    /// Why mounting failed (errno text).
    QString error() const { return m_error; }
    bool remountReadOnly();
    QString path() const { return m_directory; }

private:
    QString m_directory;
    QString m_error;
    bool m_mounted = false;
};

} // namespace pf::test
