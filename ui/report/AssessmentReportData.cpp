// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentReportData.h"

#include "core/BuildInfo.h"
#include "core/io/AssessmentJson.h"
#include "core/scoring/AssessmentScorer.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceScoring.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>

namespace pf::ui::report {

QString AssessmentReportData::inputsDigest(const core::AssessmentInput &input)
{
    const QByteArray canonical = QJsonDocument(core::io::AssessmentJson::toJson(input)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

AssessmentReportData AssessmentReportData::fromInput(core::AssessmentInput input,
                                                     const core::scoring::MonteCarloOptions &options)
{
    AssessmentReportData data;
    data.result = core::scoring::AssessmentScorer::score(input);
    data.sensitivity = core::io::SensitivityReport::compute(data.result, input.framework, options);
    for (const core::Rating &rating : input.ratings) {
        if (!data.assessors.contains(rating.assessor)) {
            data.assessors << rating.assessor;
        }
    }
    data.inputsSha256 = inputsDigest(input);
    data.partner.name = input.partnerName;
    data.assessment.partnerName = input.partnerName;
    data.assessment.frameworkKey = input.framework.key;
    data.assessment.frameworkVersion = input.framework.version;
    data.assessment.asOf = input.asOf;
    data.input = std::move(input);
    data.generatedAt = QDateTime::currentDateTime();
    data.applicationVersion = core::BuildInfo::version();
    data.gitRevision = core::BuildInfo::gitRevision();
    data.qtVersion = core::BuildInfo::qtVersion();
    return data;
}

core::StorageResult<AssessmentReportData> AssessmentReportData::gather(core::Workspace &workspace,
                                                                       const QString &partnerName,
                                                                       const core::scoring::MonteCarloOptions &options)
{
    using Result = core::StorageResult<AssessmentReportData>;
    auto partner = core::PartnerRepository(workspace).findByName(partnerName);
    if (!partner.ok()) {
        return Result::failure(partner.status);
    }
    auto list = core::AssessmentRepository(workspace).listCurrent(partner.value->id);
    if (!list.ok()) {
        return Result::failure(list.status);
    }
    if (list.value->isEmpty()) {
        return Result::failure(
            core::StorageError::NotFound,
            tr("%1 has no assessment yet: assess the partner before exporting a report.").arg(partner.value->name));
    }
    return gatherAssessment(workspace, list.value->first().id, options);
}

core::StorageResult<AssessmentReportData>
AssessmentReportData::gatherAssessment(core::Workspace &workspace, qint64 assessmentId,
                                       const core::scoring::MonteCarloOptions &options)
{
    using Result = core::StorageResult<AssessmentReportData>;
    auto record = core::AssessmentRepository(workspace).get(assessmentId);
    if (!record.ok()) {
        return Result::failure(record.status);
    }
    auto partner = core::PartnerRepository(workspace).get(record.value->partnerId);
    if (!partner.ok()) {
        return Result::failure(partner.status);
    }
    auto input = core::WorkspaceScoring::input(workspace, assessmentId);
    if (!input.ok()) {
        return Result::failure(input.status);
    }
    AssessmentReportData data = fromInput(std::move(*input.value), options);
    data.partner = *partner.value;
    const core::AssessmentRecord &r = *record.value;
    data.assessment.id = r.id;
    data.assessment.seriesId = r.seriesId;
    data.assessment.version = r.version;
    data.assessment.partnerId = r.partnerId;
    data.assessment.partnerName = partner.value->name;
    data.assessment.kind = r.kind;
    data.assessment.status = r.status;
    data.assessment.asOf = r.asOf;
    data.assessment.nextDue = r.nextDue;
    data.assessment.title = r.title;
    data.workspacePath = QFileInfo(workspace.path()).absoluteFilePath();
    return Result::of(std::move(data));
}

} // namespace pf::ui::report
