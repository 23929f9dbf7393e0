// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FrameworkRecord.h"
#include "core/storage/StorageStatus.h"

#include <QList>

namespace pf::core {

class Workspace;

/** Framework versions; a version used by a finalised assessment is frozen and can no longer change. */
class FrameworkRepository
{
public:
    explicit FrameworkRepository(Workspace &workspace);

    StorageResult<QList<FrameworkRecord>> list() const;
    StorageResult<FrameworkRecord> get(qint64 id) const;
    StorageResult<FrameworkRecord> find(const QString &key, int version) const;
    /// The id of the stored version equal to @p record (same key, version and definition), adding it when absent.
    /// A different definition under an existing key and version is refused.
    StorageResult<qint64> ensure(const FrameworkRecord &record);
    StorageResult<qint64> add(const FrameworkRecord &record);
    /// Changes the definition of an unfrozen version.
    StorageStatus updateDefinition(qint64 id, const QByteArray &definition);
    /// Freezes a version (inside the caller's transaction when there is one).
    StorageStatus freeze(qint64 id);

private:
    Workspace &m_workspace;
};

} // namespace pf::core
