// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Time to store one rating edit of a full draft (every criterion and value input rated by three assessors, with
// notes, consensus, both culture profiles and roadmaps), as the desktop application stores it: through
// AssessmentRepository::updateDraft (one BEGIN IMMEDIATE transaction, revision check, audit entry, full sync).
// Next to it, in the same run, the floor: a bare single-row UPDATE in its own BEGIN IMMEDIATE transaction.
// Uses only API that existed before saves wrote only what changed, so the same source measures either version.
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceScoring.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pf::core;

namespace {

constexpr int Saves = 60;
const QStringList Assessors{QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("chloé")};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double percentile90(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() * 9 / 10);
}

/// Rows inserted, updated or deleted on the workspace's connection so far.
qint64 totalChanges(Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    return query.exec(QStringLiteral("SELECT total_changes()")) && query.next() ? query.value(0).toLongLong() : -1;
}

/// Rows in the draft's input tables.
qint64 inputRows(Workspace &workspace, qint64 id)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM rating WHERE assessment_id = ?) + (SELECT COUNT(*) FROM consensus WHERE "
        "assessment_id = ?) + (SELECT COUNT(*) FROM assessment_culture WHERE assessment_id = ?) + (SELECT "
        "COUNT(*) FROM assessment_roadmap_item WHERE assessment_id = ?)"));
    for (int i = 0; i < 4; ++i) {
        query.addBindValue(id);
    }
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    WorkspaceOptions options;
    options.dailyBackups = false;
    auto created = Workspace::create(dir.filePath(QStringLiteral("save.partnerfit")), options);
    if (!created.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(created.status.message));
        return 1;
    }
    Workspace &ws = *created.workspace;
    Partner partner;
    partner.name = QStringLiteral("Nordlicht Systems");
    const qint64 partnerId = *PartnerRepository(ws).add(partner).value;
    AssessmentRecord draft;
    draft.partnerId = partnerId;
    draft.frameworkId = *WorkspaceScoring::ensureDefaultFramework(ws).value;
    draft.asOf = QDate(2026, 11, 27);
    draft.title = QStringLiteral("Selection 2026");
    AssessmentRepository assessments(ws);
    const qint64 id = *assessments.createDraft(draft).value;
    const Framework framework = WorkspaceScoring::input(ws, id).value->framework;
    QStringList keys;
    for (const Criterion &criterion : framework.criteria) {
        keys << criterion.key;
    }
    for (const GainInput &input : framework.gainInputs) {
        keys << input.key;
    }
    AssessmentRecord full = *assessments.get(id).value;
    for (int i = 0; i < keys.size(); ++i) {
        for (const QString &assessor : Assessors) {
            full.ratings << Rating{
                keys.at(i), assessor, RatingState::Rated, 1 + static_cast<int>((i + assessor.size()) % 5),
                QStringLiteral("Evidence for %1 from the workshop with %2.").arg(keys.at(i), assessor)};
        }
        if (i % 3 == 0) {
            full.consensus << Consensus{keys.at(i), 3.0, QStringLiteral("Agreed in the review meeting.")};
        }
    }
    for (const CultureAxis &axis : framework.cultureAxes) {
        full.homeCulture.values.insert(axis.key, 4.0);
        full.partnerCulture.values.insert(axis.key, 2.5);
    }
    for (int i = 0; i < 6; ++i) {
        full.homeRoadmap << RoadmapItem{QStringLiteral("Theme %1").arg(i), 2026, 2028 + i % 3, Commitment::Planned,
                                        Stance::Invest};
        full.partnerRoadmap << RoadmapItem{QStringLiteral("Theme %1").arg(i), 2027, 2030, Commitment::Committed,
                                           Stance::Maintain};
    }
    const auto first = assessments.updateDraft(full);
    if (!first.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(first.status.message));
        return 1;
    }
    full.revision = *first.value;
    std::printf("full draft: %lld input rows (%lld ratings by %lld assessors, %lld consensus values, culture and "
                "roadmaps)\n",
                inputRows(ws, id), static_cast<long long>(full.ratings.size()),
                static_cast<long long>(Assessors.size()), static_cast<long long>(full.consensus.size()));

    // Alternate: one rating edit saved through the repository, then one bare UPDATE transaction.
    QList<double> saves;
    QList<double> bare;
    QList<double> rows;
    QList<double> walBytes;
    QElapsedTimer timer;
    QSqlQuery query(ws.database());
    // No automatic checkpoints while measuring: the write-ahead log then grows by exactly what each save wrote.
    query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    const QString wal = ws.path() + QStringLiteral("-wal");
    for (int round = 0; round < Saves; ++round) {
        Rating &rating = full.ratings[(round * 7) % full.ratings.size()];
        rating.value = rating.value % 5 + 1;
        const qint64 changesBefore = totalChanges(ws);
        const qint64 walBefore = QFileInfo(wal).size();
        timer.start();
        const auto saved = assessments.updateDraft(full);
        saves << timer.nsecsElapsed() / 1e6;
        rows << double(totalChanges(ws) - changesBefore);
        walBytes << double(QFileInfo(wal).size() - walBefore);
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.status.message));
            return 1;
        }
        full.revision = *saved.value;

        timer.restart();
        query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        query.prepare(QStringLiteral("UPDATE workspace_setting SET value = ? WHERE key = 'created_at'"));
        query.addBindValue(QStringLiteral("2026-11-27T00:00:00.%1Z").arg(round, 3, 10, QLatin1Char('0')));
        query.exec();
        query.exec(QStringLiteral("COMMIT"));
        bare << timer.nsecsElapsed() / 1e6;
    }
    std::printf("one rating edit on the full draft, saved (median of %d): %.2f ms (90th percentile %.2f ms); "
                "a bare single-row UPDATE transaction: %.2f ms (90th percentile %.2f ms)\n",
                Saves, median(saves), percentile90(saves), median(bare), percentile90(bare));
    std::printf("each save changed %.0f rows (SQLite total_changes) and appended %.0f KiB to the write-ahead log\n",
                median(rows), median(walBytes) / 1024.0);
    return 0;
}
