// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a workspace of 10,000 partners and 50,000 finalised assessments (with cached scores) and lists them with
// their scores, next to a bare open + SELECT loop through Qt SQL in the same run. Target: open-and-list < 1 s.
#include "core/storage/AssessmentRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceScoring.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace pf::core;

namespace {

const int partnerCount = 10000;
const int assessmentCount = 50000;

bool build(const QString &path)
{
    WorkspaceOptions options;
    options.dailyBackups = false;
    auto created = Workspace::create(path, options);
    if (!created.ok()) {
        return false;
    }
    Workspace &ws = *created.workspace;
    WriteTransaction transaction(ws);
    const qint64 frameworkId = *WorkspaceScoring::ensureDefaultFramework(ws).value;
    QList<Partner> partners;
    for (int i = 0; i < partnerCount; ++i) {
        Partner p;
        p.name = QStringLiteral("Partner %1").arg(i, 5, 10, QLatin1Char('0'));
        p.stage = Partner::stages().at(i % 5);
        partners << p;
    }
    const auto ids = PartnerRepository(ws).addMany(partners, QStringLiteral("bench"));
    if (!ids.ok()) {
        return false;
    }
    AssessmentRepository assessments(ws);
    for (int i = 0; i < assessmentCount; ++i) {
        AssessmentRecord r;
        r.partnerId = ids.value->at(i % partnerCount);
        r.frameworkId = frameworkId;
        r.kind = i < partnerCount ? AssessmentKind::Selection : AssessmentKind::HealthCheck;
        r.status = AssessmentStatus::Finalised;
        r.asOf = QDate(2022, 1, 1).addDays(i / partnerCount * 180 + i % 90);
        r.createdAt = QStringLiteral("2026-01-01T00:00:00.000Z");
        r.createdBy = QStringLiteral("bench");
        r.finalisedAt = r.createdAt;
        StoredScore score{40.0 + (i % 50), QStringLiteral("Promising"), QStringLiteral("High"), 0.9, r.createdAt};
        if (!assessments.insertVersion(r, score).ok()) {
            return false;
        }
    }
    return transaction.commit().ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.partnerfit"));
    QElapsedTimer timer;
    timer.start();
    if (!build(path)) {
        std::fprintf(stderr, "building the workspace failed\n");
        return 1;
    }
    std::printf("built %d partners and %d assessments in %.1f s\n", partnerCount, assessmentCount,
                timer.nsecsElapsed() / 1e9);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    for (int run = 1; run <= runs; ++run) {
        // Bare: open a connection and read the same join in a prepared select loop.
        timer.restart();
        qint64 bareRows = 0;
        double checksum = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT a.id, p.name, a.as_of, s.overall, s.band FROM assessment a JOIN partner p "
                                     "ON p.id = a.partner_id LEFT JOIN score_cache s ON s.assessment_id = a.id WHERE "
                                     "a.is_current = 1 ORDER BY p.name, a.as_of DESC"));
            q.exec();
            while (q.next()) {
                ++bareRows;
                checksum += q.value(3).toDouble();
                (void)q.value(1).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bare"));
        const double bare = timer.nsecsElapsed() / 1e9;

        timer.restart();
        WorkspaceOptions options;
        options.dailyBackups = false;
        auto opened = Workspace::open(path, options);
        const double openSeconds = timer.nsecsElapsed() / 1e9;
        const auto partners = PartnerRepository(*opened.workspace).list();
        const auto list = AssessmentRepository(*opened.workspace).listCurrent();
        const double total = timer.nsecsElapsed() / 1e9;
        if (!list.ok() || list.value->size() != assessmentCount || partners.value->size() != partnerCount) {
            std::fprintf(stderr, "listing failed\n");
            return 1;
        }
        std::printf("run %d: bare open+select %lld rows %.3f s; PartnerFit open (with quick_check) %.3f s + list %d "
                    "partners and %lld assessments with scores = %.3f s total\n",
                    run, bareRows, bare, openSeconds, int(partners.value->size()), qint64(list.value->size()), total);
        (void)checksum;
    }
    return 0;
}
