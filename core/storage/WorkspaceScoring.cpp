// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceScoring.h"

#include "core/io/FrameworkJson.h"
#include "core/io/JsonReader.h"
#include "core/io/ScoreResultJson.h"
#include "core/scoring/AssessmentScorer.h"
#include "core/scoring/AssessmentValidator.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/HomeProfileRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace pf::core {

StorageResult<AssessmentInput> WorkspaceScoring::input(Workspace &workspace, qint64 assessmentId)
{
    auto record = AssessmentRepository(workspace).get(assessmentId);
    if (!record.ok()) {
        return StorageResult<AssessmentInput>::failure(record.status);
    }
    auto framework = FrameworkRepository(workspace).get(record.value->frameworkId);
    if (!framework.ok()) {
        return StorageResult<AssessmentInput>::failure(framework.status);
    }
    const auto object = io::JsonReader::parseObject(framework.value->definition);
    const auto parsed = object.ok() ? io::FrameworkJson::fromJson(*object.value) : io::ReadResult<Framework>{};
    if (!parsed.ok()) {
        return StorageResult<AssessmentInput>::failure(
            StorageError::Corrupt, QCoreApplication::translate("pf::core::WorkspaceScoring",
                                                               "The stored framework %1 version %2 cannot be read: %3")
                                       .arg(framework.value->key)
                                       .arg(framework.value->version)
                                       .arg(object.ok() ? parsed.error.toString() : object.error.toString()));
    }
    auto partner = PartnerRepository(workspace).get(record.value->partnerId);
    AssessmentInput input;
    input.asOf = record.value->asOf;
    input.framework = *parsed.value;
    input.aggregation = record.value->aggregation;
    input.homeCulture = record.value->homeCulture;
    input.homeRoadmap = record.value->homeRoadmap;
    input.partnerName = partner.ok() ? partner.value->name : QString();
    input.partnerCulture = record.value->partnerCulture;
    input.partnerRoadmap = record.value->partnerRoadmap;
    input.ratings = record.value->ratings;
    input.consensus = record.value->consensus;
    return StorageResult<AssessmentInput>::of(input);
}

StorageResult<AssessmentResult> WorkspaceScoring::score(Workspace &workspace, qint64 assessmentId)
{
    auto in = input(workspace, assessmentId);
    if (!in.ok()) {
        return StorageResult<AssessmentResult>::failure(in.status);
    }
    return StorageResult<AssessmentResult>::of(scoring::AssessmentScorer::score(*in.value));
}

StoredScore WorkspaceScoring::summary(const AssessmentResult &result)
{
    StoredScore score;
    score.overall = result.overall;
    score.band = result.band;
    score.confidence = io::ScoreResultJson::confidenceName(result.confidence);
    score.coverage = result.coverage;
    return score;
}

StorageResult<int> WorkspaceScoring::finalise(Workspace &workspace, qint64 assessmentId, int expectedRevision)
{
    WriteTransaction transaction(workspace);
    if (!transaction.ok()) {
        return StorageResult<int>::failure(transaction.status());
    }
    auto in = input(workspace, assessmentId);
    if (!in.ok()) {
        return StorageResult<int>::failure(in.status);
    }
    if (const auto error = scoring::AssessmentValidator::validate(*in.value)) {
        return StorageResult<int>::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::WorkspaceScoring", "The assessment cannot be finalised: %1")
                .arg(error->toString()));
    }
    const StoredScore score = summary(scoring::AssessmentScorer::score(*in.value));
    auto revision = AssessmentRepository(workspace).finalise(assessmentId, expectedRevision, score);
    if (!revision.ok()) {
        return revision;
    }
    const StorageStatus status = transaction.commit();
    return status.ok() ? revision : StorageResult<int>::failure(status);
}

FrameworkRecord WorkspaceScoring::record(const Framework &framework)
{
    FrameworkRecord record;
    record.key = framework.key;
    record.version = framework.version;
    record.name = framework.name;
    record.definition = QJsonDocument(io::FrameworkJson::toJson(framework)).toJson(QJsonDocument::Compact);
    return record;
}

StorageResult<qint64> WorkspaceScoring::ensureFramework(Workspace &workspace, const Framework &framework)
{
    return FrameworkRepository(workspace).ensure(record(framework));
}

StorageResult<qint64> WorkspaceScoring::importAssessment(Workspace &workspace, const AssessmentInput &input,
                                                         bool keepDraft)
{
    if (input.partnerName.trimmed().isEmpty()) {
        return StorageResult<qint64>::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::WorkspaceScoring",
                                        "$.partner.name: the assessment does not name its partner."));
    }
    WriteTransaction transaction(workspace);
    if (!transaction.ok()) {
        return StorageResult<qint64>::failure(transaction.status());
    }
    PartnerRepository partners(workspace);
    auto partner = partners.findByName(input.partnerName.trimmed());
    qint64 partnerId = partner.ok() ? partner.value->id : 0;
    if (!partner.ok()) {
        Partner created;
        created.name = input.partnerName.trimmed();
        created.culture = input.partnerCulture;
        created.roadmap = input.partnerRoadmap;
        auto id = partners.add(created);
        if (!id.ok()) {
            return id;
        }
        partnerId = *id.value;
    }
    HomeProfileRepository homeRepository(workspace);
    auto home = homeRepository.load();
    if (!home.ok()) {
        return StorageResult<qint64>::failure(home.status);
    }
    QStringList themes;
    for (const QList<RoadmapItem> *roadmap : {&input.homeRoadmap, &input.partnerRoadmap}) {
        for (const RoadmapItem &item : *roadmap) {
            themes << item.theme;
        }
    }
    StorageStatus status = StorageStatus::success();
    if (home.value->culture.values.isEmpty() && home.value->roadmap.isEmpty()) {
        // A new workspace adopts the home profile the file was assessed against.
        HomeProfile adopted = *home.value;
        adopted.culture = input.homeCulture;
        adopted.roadmap = input.homeRoadmap;
        status = homeRepository.save(adopted);
    }
    if (status.ok()) {
        status = homeRepository.addThemes(themes);
    }
    auto frameworkId = ensureFramework(workspace, input.framework);
    if (!frameworkId.ok()) {
        return frameworkId;
    }
    AssessmentRecord record;
    record.partnerId = partnerId;
    record.frameworkId = *frameworkId.value;
    record.asOf = input.asOf;
    record.aggregation = input.aggregation;
    record.homeCulture = input.homeCulture;
    record.homeRoadmap = input.homeRoadmap;
    record.partnerCulture = input.partnerCulture;
    record.partnerRoadmap = input.partnerRoadmap;
    record.ratings = input.ratings;
    record.consensus = input.consensus;
    record.title = QCoreApplication::translate("pf::core::WorkspaceScoring", "Imported");
    AssessmentRepository assessments(workspace);
    auto id = status.ok() ? assessments.createDraft(record) : StorageResult<qint64>::failure(status);
    if (!id.ok()) {
        return id;
    }
    if (!keepDraft) {
        auto finalised = finalise(workspace, *id.value, 1);
        if (!finalised.ok()) {
            return StorageResult<qint64>::failure(finalised.status);
        }
    }
    status = transaction.commit();
    return status.ok() ? id : StorageResult<qint64>::failure(status);
}

StorageResult<QStringList> WorkspaceScoring::verifyScoreCache(Workspace &workspace)
{
    AssessmentRepository assessments(workspace);
    const auto ids = assessments.ids();
    if (!ids.ok()) {
        return StorageResult<QStringList>::failure(ids.status);
    }
    QStringList problems;
    for (const qint64 id : *ids.value) {
        const auto cached = assessments.score(id);
        if (!cached) {
            continue;
        }
        const auto result = score(workspace, id);
        if (!result.ok()) {
            problems << QCoreApplication::translate("pf::core::WorkspaceScoring", "assessment %1: %2")
                            .arg(id)
                            .arg(result.status.message);
            continue;
        }
        const StoredScore now = summary(*result.value);
        const bool same = now.overall.has_value() == cached->overall.has_value() &&
                          (!now.overall || std::abs(*now.overall - *cached->overall) <= 1e-9) &&
                          now.band == cached->band && now.confidence == cached->confidence &&
                          std::abs(now.coverage - cached->coverage) <= 1e-9;
        if (!same) {
            problems << QCoreApplication::translate("pf::core::WorkspaceScoring",
                                                    "assessment %1: the stored score (%2, %3) differs from a "
                                                    "recomputation from its inputs (%4, %5)")
                            .arg(id)
                            .arg(cached->overall ? QString::number(*cached->overall, 'f', 2) : QStringLiteral("-"),
                                 cached->band,
                                 now.overall ? QString::number(*now.overall, 'f', 2) : QStringLiteral("-"), now.band);
        }
    }
    return StorageResult<QStringList>::of(problems);
}

StorageResult<qint64> WorkspaceScoring::ensureDefaultFramework(Workspace &workspace)
{
    const auto framework = io::FrameworkJson::builtIn(QStringLiteral("five-lessons"));
    if (!framework.ok()) {
        return StorageResult<qint64>::failure(
            StorageError::Io,
            QCoreApplication::translate("pf::core::WorkspaceScoring", "The built-in framework cannot be read: %1")
                .arg(framework.error.toString()));
    }
    return ensureFramework(workspace, *framework.value);
}

} // namespace pf::core
