// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/SensitivityReport.h"
#include "core/model/AssessmentInput.h"
#include "core/model/AssessmentResult.h"
#include "core/model/AssessmentSummary.h"
#include "core/model/Partner.h"
#include "core/scoring/AhpResult.h"
#include "core/scoring/MonteCarloOptions.h"
#include "core/storage/StorageStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace pf::core {
class Workspace;
}

namespace pf::ui::report {

/** Everything an assessment report shows, as plain values: gathered from the workspace on the thread that owns it,
 *  then handed to AssessmentReport::build() on any thread. */
struct AssessmentReportData
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::report::AssessmentReportData)

public:
    core::Partner partner;
    /// The stored assessment (title, kind, status, version); default values for an assessment read from a file.
    core::AssessmentSummary assessment;
    core::AssessmentInput input;
    core::AssessmentResult result;
    core::io::SensitivityReport sensitivity;
    /// Set when the dimension weights came from a pairwise comparison (AHP); nullopt for the framework's weights.
    std::optional<core::scoring::AhpResult> pairwiseWeights;
    /// Everyone who rated, in the order they first appear in the ratings.
    QStringList assessors;
    QString workspacePath;
    /// inputsDigest(input).
    QString inputsSha256;
    QDateTime generatedAt;
    QString applicationVersion;
    QString gitRevision;
    QString qtVersion;

    /// Scores @p input and runs the sensitivity analyses; fills provenance (digest, versions, now).
    static AssessmentReportData fromInput(core::AssessmentInput input,
                                          const core::scoring::MonteCarloOptions &options = {});
    /// The newest assessment of the partner named @p partnerName in @p workspace; must run on the workspace's
    /// thread. Fails with the storage's message when the partner does not exist or has no assessment.
    static core::StorageResult<AssessmentReportData> gather(core::Workspace &workspace, const QString &partnerName,
                                                            const core::scoring::MonteCarloOptions &options = {});

    /// The stored assessment version @p assessmentId (any version, draft or finalised) and its partner; must run on
    /// the workspace's thread.
    static core::StorageResult<AssessmentReportData>
    gatherAssessment(core::Workspace &workspace, qint64 assessmentId,
                     const core::scoring::MonteCarloOptions &options = {});

    /// SHA-256 (hex) of the canonical serialisation of @p input: the compact partnerfit.assessment JSON
    /// (AssessmentJson::toJson, object keys sorted), so the same inputs always give the same digest.
    static QString inputsDigest(const core::AssessmentInput &input);
};

} // namespace pf::ui::report
