// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/StorageStatus.h"

namespace pf::core {

class Workspace;

/**
 * A write transaction that begins with BEGIN IMMEDIATE (so it waits for, or fails on, another writer up front)
 * and rolls back unless commit() succeeds. Nested transactions join the outermost one.
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(Workspace &workspace);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Whether BEGIN succeeded.
    bool ok() const { return m_status.ok(); }
    const StorageStatus &status() const { return m_status; }
    /// Commits (the outermost transaction) and returns what happened; a failed commit rolls back.
    StorageStatus commit();
    /// Rolls back now; a nested rollback makes the outermost transaction roll back too.
    void rollback();

private:
    Workspace &m_workspace;
    StorageStatus m_status;
    bool m_active = false;
};

} // namespace pf::core
