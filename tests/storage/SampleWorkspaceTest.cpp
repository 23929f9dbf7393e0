// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SampleWorkspace.h"

#include "StorageTestSupport.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/HomeProfileRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/WorkspaceScoring.h"
#include "support/CatchCompat.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace pf::core;
using namespace pf::test;

TEST_CASE("the sample workspace has something true for every screen", "[sample]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.partnerfit"));
    const StorageStatus status = SampleWorkspace::create(path, testOptions());
    INFO(status.message.toStdString());
    REQUIRE(status.ok());
    auto opened = Workspace::open(path, testOptions());
    REQUIRE(opened.ok());
    Workspace &ws = *opened.workspace;
    CHECK(ws.check().ok());

    const QList<Partner> partners = *PartnerRepository(ws).list().value;
    CHECK(partners.size() >= 15);
    QSet<QString> types;
    QSet<QString> stages;
    bool diacritics = false;
    bool cjk = false;
    bool arabic = false;
    bool bold = false;
    for (const Partner &p : partners) {
        types.insert(p.type);
        stages.insert(p.stage);
        diacritics |= p.name.contains(QRegularExpression(QStringLiteral("[éèêôöüäßçñá]")));
        cjk |= p.name.contains(QRegularExpression(QStringLiteral("[\\x{4E00}-\\x{9FFF}]")));
        arabic |= p.name.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]")));
        bold |= p.notes.contains(QStringLiteral("<b>"));
        CHECK_FALSE(p.culture.values.isEmpty());
        CHECK_FALSE(p.roadmap.isEmpty());
    }
    CHECK(types == QSet<QString>{QStringLiteral("reseller"), QStringLiteral("technology"),
                                 QStringLiteral("distributor"), QStringLiteral("strategic_alliance")});
    const QStringList allStages = Partner::stages();
    CHECK(stages == QSet<QString>(allStages.cbegin(), allStages.cend()));
    CHECK(diacritics);
    CHECK(cjk);
    CHECK(arabic);
    CHECK(bold);
    CHECK(PersonRepository(ws).list().value->size() == 3);
    CHECK_FALSE(HomeProfileRepository(ws).load().value->roadmap.isEmpty());

    AssessmentRepository assessments(ws);
    const auto current = *assessments.listCurrent().value;
    int healthChecks = 0;
    int knockedOut = 0;
    int drafts = 0;
    int revised = 0;
    int withConsensus = 0;
    int withDiscuss = 0;
    QDate earliest = QDate::currentDate();
    for (const AssessmentSummary &a : current) {
        healthChecks += a.kind == AssessmentKind::HealthCheck;
        drafts += a.status == AssessmentStatus::Draft;
        revised += a.version > 1;
        earliest = std::min(earliest, a.asOf);
        if (a.score && a.score->band == QStringLiteral("Not recommended")) {
            ++knockedOut;
        }
        const AssessmentRecord record = *assessments.get(a.id).value;
        withConsensus += !record.consensus.isEmpty();
        if (a.score) {
            // The cache equals a recomputation from the stored inputs.
            const auto result = WorkspaceScoring::score(ws, a.id);
            REQUIRE(result.ok());
            CHECK(result.value->overall == a.score->overall);
            withDiscuss += !result.value->discuss.isEmpty();
        }
    }
    CHECK(healthChecks >= 10);
    CHECK(knockedOut >= 1);
    CHECK(drafts >= 1);
    CHECK(revised >= 1);
    CHECK(withConsensus >= 5);
    CHECK(withDiscuss >= 1);
    CHECK(earliest.daysTo(QDate::currentDate()) >= 700);
}
