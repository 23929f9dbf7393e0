// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Partner.h"
#include "core/model/Progress.h"
#include "core/storage/StorageStatus.h"

#include <QList>

#include <memory>

namespace pf::core {

class Workspace;

/**
 * Partners with their contacts, culture profile and roadmap. Updates are optimistic: they name the revision
 * they were based on and fail with StorageError::ChangedElsewhere when someone else saved in between.
 */
class PartnerRepository
{
public:
    explicit PartnerRepository(Workspace &workspace);

    /// Every partner, ordered by name.
    StorageResult<QList<Partner>> list() const;
    StorageResult<Partner> get(qint64 id) const;
    /// Exact, case-sensitive name match.
    StorageResult<Partner> findByName(const QString &name) const;
    /// Stores a new partner; returns its id (its revision becomes 1).
    StorageResult<qint64> add(const Partner &partner);
    /// Adds many partners in one transaction with one audit entry naming @p source; all or nothing. @p progress
    /// hears how many are added; when it returns false the transaction is rolled back (StorageError::Cancelled).
    StorageResult<QList<qint64>> addMany(const QList<Partner> &partners, const QString &source,
                                         const ProgressCallback &progress = {});
    /// Saves @p partner, which must carry the revision it was read with; returns the new revision.
    StorageResult<int> update(const Partner &partner);
    /// Deletes a partner that has no assessments.
    StorageStatus remove(qint64 id, int expectedRevision);
    /// Stores a removed partner again (undoing its removal): under its old id when that is still free, otherwise
    /// under a new one; returns the id it got (its revision becomes 1).
    StorageResult<qint64> restore(const Partner &partner);

    /// Checks a partner before saving: a name, a known stage, roadmap years in order.
    static StorageStatus validate(const Partner &partner);

private:
    /// Statements prepared once per repository: a 100,000-row import must not prepare 400,000 times.
    struct Statements;
    Statements &statements();
    /// Inserts @p partner under a new id, or under @p id when it is not 0.
    StorageResult<qint64> insert(const Partner &partner, const QString &now, qint64 id = 0);
    StorageStatus writeChildren(const Partner &partner, qint64 id, bool replace);
    StorageResult<QList<Partner>> load(const QString &where, const QVariantList &values) const;

    Workspace &m_workspace;
    std::shared_ptr<Statements> m_statements;
};

} // namespace pf::core
