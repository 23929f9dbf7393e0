// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentInput.h"
#include "core/model/AssessmentResult.h"
#include "core/model/FrameworkRecord.h"
#include "core/model/StoredScore.h"
#include "core/storage/StorageStatus.h"

#include <QStringList>

namespace pf::core {

class Workspace;

/** Connects stored assessments to the scoring engine: builds inputs, finalises with the computed score cache. */
class WorkspaceScoring
{
public:
    /// The scoring input of a stored assessment version (its framework version, snapshots, ratings, consensus).
    static StorageResult<AssessmentInput> input(Workspace &workspace, qint64 assessmentId);
    /// Scores a stored assessment version from its stored inputs.
    static StorageResult<AssessmentResult> score(Workspace &workspace, qint64 assessmentId);
    /// The headline of a result as the score cache keeps it.
    static StoredScore summary(const AssessmentResult &result);
    /// Scores the draft and finalises it with that score, in one transaction; returns the new revision.
    static StorageResult<int> finalise(Workspace &workspace, qint64 assessmentId, int expectedRevision);
    /// A storable record of @p framework (its JSON definition).
    static FrameworkRecord record(const Framework &framework);
    /// The id of @p framework's version in the workspace, storing it when absent.
    static StorageResult<qint64> ensureFramework(Workspace &workspace, const Framework &framework);
    /// Adds an exchange-file assessment to the partner it names, creating the partner, new assessors, new themes
    /// and the framework version when absent; finalises it unless @p keepDraft. Returns the new assessment's id.
    static StorageResult<qint64> importAssessment(Workspace &workspace, const AssessmentInput &input, bool keepDraft);
    /// Recomputes every finalised version from its stored inputs and lists those whose cached score differs
    /// (the cache must always be reproducible). Empty when all match.
    static StorageResult<QStringList> verifyScoreCache(Workspace &workspace);
    /// The built-in default framework ("five-lessons") stored in the workspace; its id.
    static StorageResult<qint64> ensureDefaultFramework(Workspace &workspace);
};

} // namespace pf::core
