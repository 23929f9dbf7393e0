// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/WorkspaceJson.h"

#include "core/io/AssessmentJson.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/SampleWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceScoring.h"
#include "support/CatchCompat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace pf::core;
using namespace pf::core::io;

namespace {

WorkspaceOptions options()
{
    WorkspaceOptions o;
    o.dailyBackups = false;
    o.actorName = QStringLiteral("importer");
    return o;
}

std::unique_ptr<Workspace> create(const QString &path)
{
    auto result = Workspace::create(path, options());
    INFO(result.status.message.toStdString());
    REQUIRE(result.ok());
    return std::move(result.workspace);
}

} // namespace

TEST_CASE("workspace JSON export -> import -> export is lossless apart from the import's audit entry", "[json]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("sample.partnerfit"));
    REQUIRE(SampleWorkspace::create(source, options()).ok());
    auto first = Workspace::open(source, options());
    REQUIRE(first.ok());
    auto exported = WorkspaceJson::exportWorkspace(*first.workspace);
    REQUIRE(exported.ok());
    const QJsonObject document = *exported.value;
    CHECK(document.value(QStringLiteral("partners")).toArray().size() == 15);
    CHECK(document.value(QStringLiteral("assessments")).toArray().size() > 30);

    auto copy = create(dir.filePath(QStringLiteral("copy.partnerfit")));
    const StorageStatus imported = WorkspaceJson::importWorkspace(*copy, document);
    INFO(imported.message.toStdString());
    REQUIRE(imported.ok());
    CHECK(copy->check().ok());
    QJsonObject again = *WorkspaceJson::exportWorkspace(*copy).value;
    QJsonArray audit = again.value(QStringLiteral("audit")).toArray();
    REQUIRE(audit.size() == document.value(QStringLiteral("audit")).toArray().size() + 1);
    const QJsonObject importEntry = audit.last().toObject();
    CHECK(importEntry.value(QStringLiteral("action")).toString() == QStringLiteral("import"));
    CHECK(importEntry.value(QStringLiteral("actor")).toString() == QStringLiteral("importer"));
    audit.removeLast();
    again.insert(QStringLiteral("audit"), audit);
    CHECK(QJsonDocument(again).toJson() == QJsonDocument(document).toJson());

    // The imported cached scores still match a recomputation from the imported inputs.
    AssessmentRepository assessments(*copy);
    const QList<AssessmentSummary> current = *assessments.listCurrent().value;
    for (const AssessmentSummary &summary : current) {
        if (summary.score) {
            const auto recomputed = WorkspaceScoring::score(*copy, summary.id);
            REQUIRE(recomputed.ok());
            CHECK(recomputed.value->overall == summary.score->overall);
            CHECK(recomputed.value->band == summary.score->band);
        }
    }
}

TEST_CASE("workspace JSON import refuses a non-empty workspace and bad documents, changing nothing", "[json]")
{
    QTemporaryDir dir;
    auto workspace = create(dir.filePath(QStringLiteral("w.partnerfit")));
    CHECK(WorkspaceJson::importWorkspace(*workspace, QJsonObject{{QStringLiteral("format"), QStringLiteral("x")}})
              .message.contains(QStringLiteral("$.format")));
    QJsonObject newer{{QStringLiteral("format"), WorkspaceJson::Format}, {QStringLiteral("version"), 99}};
    CHECK(WorkspaceJson::importWorkspace(*workspace, newer).message.contains(QStringLiteral("update PartnerFit")));
    QJsonObject bad{
        {QStringLiteral("format"), WorkspaceJson::Format},
        {QStringLiteral("version"), 1},
        {QStringLiteral("partners"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Fine")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Broken")},
                                {QStringLiteral("roadmap"),
                                 QJsonArray{QJsonObject{{QStringLiteral("theme"), QStringLiteral("x")},
                                                        {QStringLiteral("commitment"), QStringLiteral("maybe")},
                                                        {QStringLiteral("stance"), QStringLiteral("invest")}}}}}}}};
    const StorageStatus status = WorkspaceJson::importWorkspace(*workspace, bad);
    CHECK(status.message.contains(QStringLiteral("$.partners[1].roadmap[0].commitment")));
    CHECK(PartnerRepository(*workspace).list().value->isEmpty());
    CHECK(AuditLog(*workspace).entries().value->isEmpty());
    Partner p;
    p.name = QStringLiteral("Existing");
    REQUIRE(PartnerRepository(*workspace).add(p).ok());
    CHECK(WorkspaceJson::importWorkspace(*workspace, *WorkspaceJson::exportWorkspace(*workspace).value)
              .message.contains(QStringLiteral("empty workspace")));
}

TEST_CASE("an assessment file imports into a workspace and exports back to the same input", "[json]")
{
    QFile file(QStringLiteral(PARTNERFIT_TEST_DATA_DIR "/scoring/design-example.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto input = AssessmentJson::fromBytes(file.readAll());
    REQUIRE(input.ok());
    QTemporaryDir dir;
    auto workspace = create(dir.filePath(QStringLiteral("a.partnerfit")));
    auto id = WorkspaceScoring::importAssessment(*workspace, *input.value, false);
    INFO(id.status.message.toStdString());
    REQUIRE(id.ok());
    auto partner = PartnerRepository(*workspace).findByName(input.value->partnerName);
    REQUIRE(partner.ok());
    CHECK(partner.value->culture == input.value->partnerCulture);
    auto back = WorkspaceScoring::input(*workspace, *id.value);
    REQUIRE(back.ok());
    CHECK(QJsonDocument(AssessmentJson::toJson(*back.value)).toJson() ==
          QJsonDocument(AssessmentJson::toJson(*input.value)).toJson());
    const auto cached = AssessmentRepository(*workspace).score(*id.value);
    REQUIRE(cached.has_value());
    CHECK(cached->overall == WorkspaceScoring::score(*workspace, *id.value).value->overall);
    // Importing again adds a second assessment to the same partner.
    REQUIRE(WorkspaceScoring::importAssessment(*workspace, *input.value, true).ok());
    CHECK(PartnerRepository(*workspace).list().value->size() == 1);
    CHECK(AssessmentRepository(*workspace).listCurrent(partner.value->id).value->size() == 2);
}
