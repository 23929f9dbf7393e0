// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Imports 100,000 partners from CSV through PartnerCsv and PartnerRepository, next to a bare prepared-insert loop
// through Qt SQL into the same table with the same pragmas, in the same run. Target: import >= half the bare rate.
#include "core/io/PartnerCsv.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace pf::core;

namespace {

const int rows = 100000;

QByteArray makeCsv()
{
    QByteArray csv = "name,website,type,industry,regions,stage,owner,tags,notes\r\n";
    const char *stages[] = {"prospect", "evaluating", "active", "paused", "exited"};
    for (int i = 0; i < rows; ++i) {
        csv += "Partner " + QByteArray::number(i) + ",https://p" + QByteArray::number(i) +
               ".example,reseller,Software,EMEA;APAC," + stages[i % 5] + ",owner" + QByteArray::number(i % 17) +
               ",\"cloud, ai\",\"Met at a fair; follow up, \"\"soon\"\"\"\r\n";
    }
    return csv;
}

double bareInsert(const QString &path)
{
    double rate = 0;
    {
        WorkspaceOptions options;
        options.dailyBackups = false;
        Workspace::create(path, options).workspace.reset();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        QElapsedTimer timer;
        timer.start();
        q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        q.prepare(QStringLiteral("INSERT INTO partner (name, website, partner_type, industry, regions, stage, owner, "
                                 "tags, notes, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, "
                                 "?, ?)"));
        for (int i = 0; i < rows; ++i) {
            q.addBindValue(QStringLiteral("Partner %1").arg(i));
            q.addBindValue(QStringLiteral("https://p%1.example").arg(i));
            q.addBindValue(QStringLiteral("reseller"));
            q.addBindValue(QStringLiteral("Software"));
            q.addBindValue(QStringLiteral("EMEA; APAC"));
            q.addBindValue(QStringLiteral("active"));
            q.addBindValue(QStringLiteral("owner%1").arg(i % 17));
            q.addBindValue(QStringLiteral("cloud; ai"));
            q.addBindValue(QStringLiteral("Met at a fair; follow up, \"soon\""));
            q.addBindValue(QStringLiteral("2026-11-27T00:00:00.000Z"));
            q.addBindValue(QStringLiteral("2026-11-27T00:00:00.000Z"));
            if (!q.exec()) {
                std::fprintf(stderr, "bare insert failed: %s\n", qPrintable(q.lastError().text()));
                return 0;
            }
        }
        q.exec(QStringLiteral("COMMIT"));
        rate = rows / (timer.nsecsElapsed() / 1e9);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return rate;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QByteArray csv = makeCsv();
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    for (int run = 1; run <= runs; ++run) {
        const double bare = bareInsert(dir.filePath(QStringLiteral("bare-%1.partnerfit").arg(run)));

        WorkspaceOptions options;
        options.dailyBackups = false;
        auto workspace = Workspace::create(dir.filePath(QStringLiteral("import-%1.partnerfit").arg(run)), options);
        QElapsedTimer timer;
        timer.start();
        const auto report = io::PartnerCsv::read(csv);
        const qint64 parsed = timer.nsecsElapsed();
        const auto ids = PartnerRepository(*workspace.workspace).addMany(report.valid, QStringLiteral("bench.csv"));
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!ids.ok() || ids.value->size() != rows) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(ids.status.message));
            return 1;
        }
        const double rate = rows / seconds;
        std::printf("run %d: bare prepared insert %.0f rows/s; CSV import %.0f partners/s (%.2f s, parse %.2f s) = "
                    "%.0f%% of bare\n",
                    run, bare, rate, seconds, parsed / 1e9, 100.0 * rate / bare);
    }
    return 0;
}
