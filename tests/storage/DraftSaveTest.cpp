// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a draft writes only what changed: one rating edit is one row, not the whole assessment.
#include "StorageTestSupport.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/WorkspaceScoring.h"
#include "support/CatchCompat.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <tuple>

using namespace pf::core;
using namespace pf::test;

namespace {

/// Rows inserted, updated or deleted on the workspace's connection so far (SQLite's total_changes()).
qint64 totalChanges(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    REQUIRE(query.exec(QStringLiteral("SELECT total_changes()")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/// rowid of every rating of @p id, keyed "criterion/person id": a rewritten row gets a new rowid.
QMap<QString, qint64> ratingRowIds(Workspace &workspace, qint64 id)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT criterion, person_id, rowid FROM rating WHERE assessment_id = ?"));
    query.addBindValue(id);
    REQUIRE(query.exec());
    QMap<QString, qint64> rows;
    while (query.next()) {
        rows.insert(query.value(0).toString() + QLatin1Char('/') + query.value(1).toString(),
                    query.value(2).toLongLong());
    }
    return rows;
}

/// A full draft: every criterion of the default framework rated by two assessors, with profiles and roadmaps.
AssessmentRecord fullDraft(Workspace &workspace)
{
    Partner partner;
    partner.name = QStringLiteral("Nordlicht Systems");
    const qint64 partnerId = *PartnerRepository(workspace).add(partner).value;
    AssessmentRecord r;
    r.partnerId = partnerId;
    r.frameworkId = *WorkspaceScoring::ensureDefaultFramework(workspace).value;
    r.asOf = QDate(2026, 11, 27);
    r.title = QStringLiteral("Selection 2026");
    const QStringList axes{QStringLiteral("decision_speed"), QStringLiteral("risk_appetite"),
                           QStringLiteral("structure")};
    for (const QString &axis : axes) {
        r.homeCulture.values.insert(axis, 4.0);
        r.partnerCulture.values.insert(axis, 3.0);
    }
    for (int i = 0; i < 4; ++i) {
        r.homeRoadmap << RoadmapItem{QStringLiteral("theme %1").arg(i), 2026, 2028 + i, Commitment::Planned,
                                     Stance::Invest};
        r.partnerRoadmap << RoadmapItem{QStringLiteral("theme %1").arg(i), 2027, 2029, Commitment::Committed,
                                        Stance::Invest};
    }
    for (int c = 0; c < 40; ++c) {
        const QString criterion = QStringLiteral("criterion_%1").arg(c, 2, 10, QLatin1Char('0'));
        for (const QString &assessor : {QStringLiteral("ana"), QStringLiteral("ben")}) {
            r.ratings << Rating{criterion, assessor, RatingState::Rated, 1 + c % 5, QStringLiteral("note %1").arg(c)};
        }
        if (c % 4 == 0) {
            r.consensus << Consensus{criterion, 3.0, QStringLiteral("agreed")};
        }
    }
    return r;
}

/// @p record as get() returns it: ratings by criterion then assessor, consensus by criterion.
AssessmentRecord normalised(AssessmentRecord record)
{
    std::sort(record.ratings.begin(), record.ratings.end(), [](const Rating &a, const Rating &b) {
        return std::tie(a.criterion, a.assessor) < std::tie(b.criterion, b.assessor);
    });
    std::sort(record.consensus.begin(), record.consensus.end(),
              [](const Consensus &a, const Consensus &b) { return a.criterion < b.criterion; });
    return record;
}

} // namespace

TEST_CASE("saving a draft after one rating changed writes that rating only", "[repository][save]")
{
    QTemporaryDir dir;
    auto workspace = createWorkspace(dir.filePath(QStringLiteral("save.partnerfit")));
    AssessmentRepository assessments(*workspace);
    const auto id = assessments.createDraft(fullDraft(*workspace));
    REQUIRE(id.ok());
    AssessmentRecord draft = *assessments.get(*id.value).value;
    REQUIRE(draft.ratings.size() == 80);
    const auto rowsBefore = ratingRowIds(*workspace, draft.id);

    AssessmentRecord edited = draft;
    edited.ratings[17].value = edited.ratings[17].value == 5 ? 4 : 5;
    const qint64 before = totalChanges(*workspace);
    const auto saved = assessments.updateDraft(edited);
    REQUIRE(saved.ok());
    // The revision bump, the rating and the audit entry: three rows, not the whole assessment.
    CHECK(totalChanges(*workspace) - before == 3);
    CHECK(ratingRowIds(*workspace, draft.id) == rowsBefore); // updated in place, nothing rewritten
    edited.revision = *saved.value;
    CHECK(*assessments.get(draft.id).value == normalised(edited));

    // Saving again with nothing changed writes the revision and the audit entry only.
    const qint64 again = totalChanges(*workspace);
    const auto unchanged = assessments.updateDraft(edited);
    REQUIRE(unchanged.ok());
    CHECK(totalChanges(*workspace) - again == 2);
}

TEST_CASE("a draft save adds, changes and removes each kind of input row", "[repository][save]")
{
    QTemporaryDir dir;
    auto workspace = createWorkspace(dir.filePath(QStringLiteral("save.partnerfit")));
    AssessmentRepository assessments(*workspace);
    const qint64 id = *assessments.createDraft(fullDraft(*workspace)).value;
    AssessmentRecord edited = *assessments.get(id).value;

    edited.title = QStringLiteral("Selection 2026, second look");
    edited.homeCulture.values[QStringLiteral("structure")] = std::nullopt;
    edited.homeCulture.values.remove(QStringLiteral("risk_appetite"));
    edited.partnerCulture.values.insert(QStringLiteral("openness"), 2.5);
    edited.homeRoadmap[1].stance = Stance::Divest;
    edited.homeRoadmap.removeLast();
    edited.partnerRoadmap << RoadmapItem{QStringLiteral("edge"), 2028, 2030, Commitment::Exploring, Stance::Maintain};
    edited.ratings[0].state = RatingState::NotApplicable;
    edited.ratings[0].value = 0;
    edited.ratings[1].note.clear();
    edited.ratings.removeAt(5);
    edited.ratings << Rating{QStringLiteral("criterion_03"), QStringLiteral("  chloé  "), RatingState::Rated, 2,
                             QStringLiteral("new assessor")};
    edited.consensus[0].value = 4.5;
    edited.consensus[1].rationale = QStringLiteral("revisited");
    edited.consensus.removeLast();
    edited.consensus << Consensus{QStringLiteral("criterion_01"), 2.0, {}};

    const auto saved = assessments.updateDraft(edited);
    REQUIRE(saved.ok());
    edited.revision = *saved.value;
    edited.ratings.last().assessor = QStringLiteral("chloé"); // stored under the trimmed name
    CHECK(*assessments.get(id).value == normalised(edited));
    QStringList problems;
    CHECK(workspace->check(&problems).ok());
    CHECK(problems.isEmpty());

    SECTION("a save based on an old revision changes nothing and says it was changed elsewhere")
    {
        AssessmentRecord stale = edited;
        stale.revision -= 1;
        stale.ratings[2].value = stale.ratings[2].value == 1 ? 2 : 1;
        const qint64 before = totalChanges(*workspace);
        CHECK(assessments.updateDraft(stale).status.error == StorageError::ChangedElsewhere);
        CHECK(totalChanges(*workspace) == before);
        CHECK(*assessments.get(id).value == normalised(edited));
    }
    SECTION("an invalid rating refuses the whole save")
    {
        AssessmentRecord invalid = edited;
        invalid.ratings[3].value = 9;
        invalid.title = QStringLiteral("not stored");
        CHECK(assessments.updateDraft(invalid).status.error == StorageError::Invalid);
        CHECK(*assessments.get(id).value == normalised(edited));
    }
}
