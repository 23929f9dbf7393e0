// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper process for the crash and concurrency tests. It runs the application's real multi-row operations on a
// workspace in a loop and prints one line per committed operation (after COMMIT returned), so the parent knows
// what must be in the file after it kills this process at a random moment.
//
//   crash_child work PATH SEED       finalise / import / rate in a loop, forever
//   crash_child edit PATH NAME TAG N append N tokens to a partner's notes with optimistic updates
//   crash_child fsize PATH           under a file-size limit (RLIMIT_FSIZE) just above the workspace's files, try
//                                    a large import and report what happened (a disk-full stand-in without root)
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceScoring.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <random>
#include <sys/resource.h>
#include <unistd.h>

using namespace pf::core;

namespace {

void report(const QString &line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    // Unbuffered: a line is either written whole before the kill or not at all.
    [[maybe_unused]] const auto written = ::write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size()));
}

const QStringList finaliseCriteria = {
    QStringLiteral("leadership_commitment"), QStringLiteral("trust_openness"),
    QStringLiteral("learning_capacity"),     QStringLiteral("risk_sharing"),
    QStringLiteral("us_revenue_potential"),  QStringLiteral("partner_revenue_potential")};
const QStringList rateCriteria = {QStringLiteral("power_balance"), QStringLiteral("enablement_plan"),
                                  QStringLiteral("support_capacity"), QStringLiteral("co_selling_marketing")};

QList<Rating> ratings(const QStringList &criteria, const QString &assessor, int value, const QString &note)
{
    QList<Rating> list;
    for (const QString &criterion : criteria) {
        list << Rating{criterion, assessor, RatingState::Rated, value, note};
    }
    return list;
}

int work(const QString &path, quint32 seed)
{
    WorkspaceOptions options;
    options.dailyBackups = false;
    options.busyTimeoutMs = 10000;
    options.actorName = QStringLiteral("crash-child");
    auto opened = Workspace::open(path, options);
    if (!opened.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.status.message));
        return 1;
    }
    Workspace &ws = *opened.workspace;
    AssessmentRepository assessments(ws);
    std::mt19937 random(seed);
    for (int op = 0;; ++op) {
        const QString tag = QStringLiteral("s%1-%2").arg(seed).arg(op);
        const auto current = assessments.listCurrent();
        if (!current.ok() || current.value->isEmpty()) {
            return 2;
        }
        const AssessmentSummary target = current.value->at(random() % current.value->size());
        const int kind = int(random() % 3);
        if (kind == 0) {
            // Finalise: (new version,) ratings, consensus, score cache, audit entries - one transaction.
            WriteTransaction transaction(ws);
            if (!transaction.ok()) {
                continue;
            }
            qint64 id = target.id;
            if (target.status == AssessmentStatus::Finalised) {
                auto revised = assessments.revise(id);
                if (!revised.ok()) {
                    continue;
                }
                id = *revised.value;
            }
            const int revision = assessments.get(id).value->revision;
            const int value = 1 + int(random() % 5);
            auto rated =
                assessments.setRatings(id, revision, ratings(finaliseCriteria, QStringLiteral("crash-A"), value, tag));
            auto agreed =
                rated.ok() ? assessments.setConsensus(id, *rated.value,
                                                      {Consensus{QStringLiteral("trust_openness"), double(value), tag}})
                           : rated;
            auto finalised = agreed.ok() ? WorkspaceScoring::finalise(ws, id, *agreed.value) : agreed;
            if (finalised.ok() && transaction.commit().ok()) {
                report(QStringLiteral("FINALISE %1 %2 %3").arg(id).arg(tag).arg(value));
            }
        } else if (kind == 1) {
            QList<Partner> batch;
            for (int i = 0; i < 20; ++i) {
                Partner p;
                p.name = QStringLiteral("%1-%2").arg(tag).arg(i);
                p.notes = QString(200, QLatin1Char('x'));
                p.contacts = {Contact{QStringLiteral("A"), {}, {}, {}}, Contact{QStringLiteral("B"), {}, {}, {}}};
                p.culture.values = {{QStringLiteral("decision_speed"), 4.0}};
                p.roadmap = {RoadmapItem{QStringLiteral("cloud"), 2026, 2028, Commitment::Planned, Stance::Invest}};
                batch << p;
            }
            if (PartnerRepository(ws).addMany(batch, QStringLiteral("batch-%1").arg(tag)).ok()) {
                report(QStringLiteral("IMPORT %1").arg(tag));
            }
        } else {
            qint64 id = target.id;
            int revision = 0;
            if (target.status == AssessmentStatus::Finalised) {
                auto revised = assessments.revise(id);
                if (!revised.ok()) {
                    continue;
                }
                id = *revised.value;
                report(QStringLiteral("REVISE %1").arg(id));
                revision = 1;
            } else {
                revision = assessments.get(id).value->revision;
            }
            const int value = 1 + int(random() % 5);
            const QList<Rating> rated = ratings(rateCriteria, QStringLiteral("crash-C"), value, tag);
            bool stored = false;
            if (op % 2 == 0) {
                stored = assessments.setRatings(id, revision, rated).ok();
            } else {
                // As the desktop application saves: the whole draft, of which storage writes what changed.
                auto record = assessments.get(id);
                if (!record.ok()) {
                    continue;
                }
                AssessmentRecord edited = *record.value;
                for (const Rating &rating : rated) {
                    auto same = std::find_if(edited.ratings.begin(), edited.ratings.end(), [&](const Rating &r) {
                        return r.criterion == rating.criterion && r.assessor == rating.assessor;
                    });
                    if (same != edited.ratings.end()) {
                        *same = rating;
                    } else {
                        edited.ratings << rating;
                    }
                }
                stored = assessments.updateDraft(edited).ok();
            }
            if (stored) {
                report(QStringLiteral("RATE %1 %2 %3").arg(id).arg(tag).arg(value));
            }
        }
    }
}

int edit(const QString &path, const QString &name, const QString &tag, int count)
{
    WorkspaceOptions options;
    options.dailyBackups = false;
    options.busyTimeoutMs = 10000;
    options.actorName = tag;
    auto opened = Workspace::open(path, options);
    if (!opened.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.status.message));
        return 1;
    }
    PartnerRepository partners(*opened.workspace);
    for (int i = 0; i < count;) {
        auto partner = partners.findByName(name);
        if (!partner.ok()) {
            return 2;
        }
        Partner changed = *partner.value;
        const QString token = QStringLiteral("|%1-%2").arg(tag).arg(i);
        changed.notes += token;
        // Think time between reading and saving, as a user editing a form would have.
        QThread::usleep(2000);
        const auto saved = partners.update(changed);
        if (saved.ok()) {
            report(QStringLiteral("COMMITTED %1").arg(token));
            ++i;
        } else if (saved.status.error == StorageError::ChangedElsewhere) {
            report(QStringLiteral("CONFLICT %1").arg(saved.status.message));
        } else {
            report(QStringLiteral("ERROR %1").arg(saved.status.message));
            return 3;
        }
    }
    return 0;
}

int fsize(const QString &path)
{
    WorkspaceOptions options;
    options.dailyBackups = false;
    auto opened = Workspace::open(path, options);
    if (!opened.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.status.message));
        return 1;
    }
    PartnerRepository partners(*opened.workspace);
    const qsizetype before = partners.list().value->size();
    // Writes past the limit fail with EFBIG instead of killing the process.
    std::signal(SIGXFSZ, SIG_IGN);
    const qint64 largest = std::max(QFileInfo(path).size(), QFileInfo(path + QStringLiteral("-wal")).size());
    const rlim_t limit = rlim_t(largest + 64 * 1024);
    const rlimit rl{limit, limit};
    if (::setrlimit(RLIMIT_FSIZE, &rl) != 0) {
        report(QStringLiteral("UNAVAILABLE setrlimit failed"));
        return 0;
    }
    QList<Partner> batch;
    for (int i = 0; i < 300; ++i) {
        Partner p;
        p.name = QStringLiteral("Too big %1").arg(i);
        p.notes = QString(4000, QLatin1Char('n'));
        batch << p;
    }
    const auto result = partners.addMany(batch, QStringLiteral("too-big.csv"));
    report(result.ok() ? QStringLiteral("WROTE") : QStringLiteral("FAILED %1").arg(result.status.message));
    report(QStringLiteral("PARTNERS %1 %2").arg(before).arg(partners.list().value->size()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("work")) {
        return work(args.at(2), args.at(3).toUInt());
    }
    if (args.size() >= 6 && args.at(1) == QLatin1String("edit")) {
        return edit(args.at(2), args.at(3), args.at(4), args.at(5).toInt());
    }
    if (args.size() >= 3 && args.at(1) == QLatin1String("fsize")) {
        return fsize(args.at(2));
    }
    std::fprintf(stderr, "usage: crash_child work PATH SEED | edit PATH NAME TAG COUNT | fsize PATH\n");
    return 64;
}
