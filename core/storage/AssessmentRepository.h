// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentRecord.h"
#include "core/model/AssessmentSummary.h"
#include "core/model/StoredScore.h"
#include "core/storage/StorageStatus.h"

#include <QList>

namespace pf::core {

class Workspace;

/**
 * Assessments and their versions. A draft changes in place (optimistically, by revision); a finalised version
 * never changes: revise() makes a new draft version linked to it, which becomes the current one.
 */
class AssessmentRepository
{
public:
    explicit AssessmentRepository(Workspace &workspace);

    /// Stores a new assessment (version 1, draft) with its inputs; returns its id. Assessors are added as people.
    StorageResult<qint64> createDraft(const AssessmentRecord &record);
    StorageResult<AssessmentRecord> get(qint64 id) const;
    /// Saves a draft's fields and inputs, writing only the rows that changed (one transaction, with the revision
    /// check and an audit entry); @p record.revision must be the revision it was read with.
    StorageResult<int> updateDraft(const AssessmentRecord &record);
    /// Sets (adds or replaces) individual ratings of a draft, keyed by criterion and assessor.
    StorageResult<int> setRatings(qint64 id, int expectedRevision, const QList<Rating> &ratings);
    /// Sets (adds or replaces) consensus values of a draft, keyed by criterion.
    StorageResult<int> setConsensus(qint64 id, int expectedRevision, const QList<Consensus> &consensus);
    /// Finalises a draft with its computed score; freezes its framework version.
    StorageResult<int> finalise(qint64 id, int expectedRevision, const StoredScore &score);
    /// Makes a new draft version from the current finalised version @p id; returns the new version's id.
    StorageResult<qint64> revise(qint64 id);
    /// Sets when the partner should be assessed again (allowed on finalised versions: it is planning, not content).
    StorageStatus setNextDue(qint64 id, const QDate &nextDue);
    /// Deletes a draft that is version 1 of its series.
    StorageStatus removeDraft(qint64 id, int expectedRevision);

    /// Stores a version exactly as given (status, current flag, dates, revision, score) without an audit entry;
    /// for whole-workspace import. seriesId 0 makes the new row its own series; previousId must already exist.
    StorageResult<qint64> insertVersion(const AssessmentRecord &record, const std::optional<StoredScore> &score);
    /// Every stored version's id, oldest first.
    StorageResult<QList<qint64>> ids() const;

    /// The current version of every assessment (of one partner when @p partnerId > 0), newest first.
    StorageResult<QList<AssessmentSummary>> listCurrent(qint64 partnerId = 0) const;
    /// Every version of the series @p seriesId, oldest first.
    StorageResult<QList<AssessmentSummary>> history(qint64 seriesId) const;
    /// The cached score of a finalised version, or nullopt.
    std::optional<StoredScore> score(qint64 id) const;

private:
    StorageStatus writeInputs(qint64 id, const AssessmentRecord &record);
    /// Brings a draft's stored inputs to @p record's, writing only the rows that differ.
    StorageStatus syncInputs(const AssessmentRecord &record);
    StorageStatus writeRatings(qint64 id, const QList<Rating> &ratings);
    StorageStatus bumpDraft(qint64 id, int expectedRevision);
    StorageResult<QList<AssessmentSummary>> summaries(const QString &where, const QVariantList &values) const;

    Workspace &m_workspace;
};

} // namespace pf::core
