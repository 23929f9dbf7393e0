// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AuditEntry.h"
#include "core/storage/StorageStatus.h"

#include <QList>

namespace pf::core {

class Workspace;

/** Reads the audit log (entries are written by the repositories, in the same transaction as the change). */
class AuditLog
{
public:
    explicit AuditLog(Workspace &workspace);

    /// Entries oldest first; only those about @p entity (e.g. "partner") when given.
    StorageResult<QList<AuditEntry>> entries(const QString &entity = {}, qint64 entityId = 0) const;

    /// The id of the newest entry (0 when the log is empty).
    qint64 lastId() const;
    /// Replaces the entries after @p afterId with @p entries, kept verbatim (whole-workspace import, which adds
    /// its own entry afterwards). Must run inside the import's WriteTransaction.
    StorageStatus replaceAfter(qint64 afterId, const QList<AuditEntry> &entries);

private:
    Workspace &m_workspace;
};

} // namespace pf::core
