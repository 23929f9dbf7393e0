// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/WorkspaceScoring.h"
#include "support/CatchCompat.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <random>

using namespace pf::core;
using namespace pf::test;

namespace {

/// Kills in the ctest run; PARTNERFIT_CRASH_KILLS raises it for a longer soak (e.g. 1000).
int killCount()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("PARTNERFIT_CRASH_KILLS");
    return fromEnvironment > 0 ? fromEnvironment : 100;
}

/// (round, op) of a tag "s<round>-<op>", for ordering operations.
std::pair<int, int> order(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^s(\\d+)-(\\d+)$"));
    const auto match = pattern.match(tag);
    return match.hasMatch() ? std::pair{match.captured(1).toInt(), match.captured(2).toInt()} : std::pair{-1, -1};
}

QString snapshot(const AssessmentRecord &record)
{
    AssessmentRecord copy = record;
    copy.current = false;
    QStringList parts{QString::number(copy.id), QString::number(copy.version), copy.finalisedAt,
                      QString::number(copy.revision)};
    for (const Rating &r : copy.ratings) {
        parts << r.criterion << r.assessor << QString::number(r.value) << r.note;
    }
    for (const Consensus &c : copy.consensus) {
        parts << c.criterion << QString::number(c.value) << c.rationale;
    }
    return parts.join(QLatin1Char('|'));
}

struct Reported
{
    QList<std::pair<qint64, QString>> finalised;
    QHash<qint64, QString> lastRate;
    QSet<QString> imports;
    QSet<QString> tags;
};

void seed(const QString &path)
{
    auto workspace = createWorkspace(path);
    const qint64 frameworkId = *WorkspaceScoring::ensureDefaultFramework(*workspace).value;
    for (int i = 0; i < 4; ++i) {
        Partner p;
        p.name = QStringLiteral("Seed %1").arg(i);
        const qint64 partnerId = *PartnerRepository(*workspace).add(p).value;
        AssessmentRecord record;
        record.partnerId = partnerId;
        record.frameworkId = frameworkId;
        record.asOf = QDate(2026, 1, 1 + i);
        record.ratings = {
            Rating{QStringLiteral("leadership_commitment"), QStringLiteral("seed"), RatingState::Rated, 3, {}}};
        REQUIRE(AssessmentRepository(*workspace).createDraft(record).ok());
    }
}

/// Checks everything that must hold after a kill.
void verify(const QString &path, const Reported &reported, QHash<qint64, QString> &finalisedSnapshots)
{
    // Collected, then asserted once: thousands of rows are checked after every kill.
    QStringList failures;
    auto expect = [&failures](bool condition, const QString &what) {
        if (!condition) {
            failures << what;
        }
    };
    auto opened = Workspace::open(path, testOptions());
    INFO(opened.status.message.toStdString());
    REQUIRE(opened.ok());
    Workspace &ws = *opened.workspace;
    QStringList problems;
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(ws.check(&problems).ok());

    AssessmentRepository assessments(ws);
    const QList<AuditEntry> audit = *AuditLog(ws).entries().value;
    QHash<qint64, int> finaliseEntries;
    int reviseEntries = 0;
    QSet<QString> importEntries;
    for (const AuditEntry &e : audit) {
        if (e.action == QLatin1String("finalise")) {
            ++finaliseEntries[e.entityId];
        } else if (e.action == QLatin1String("revise")) {
            ++reviseEntries;
        } else if (e.action == QLatin1String("import") && e.detail.contains(QLatin1String("batch-"))) {
            importEntries.insert(e.detail.section(QLatin1String("batch-"), 1));
        }
    }

    // Every version: ratings written together are present together; finalised ones match the audit log and
    // never change.
    int finalisedCount = 0;
    int laterVersions = 0;
    const QList<qint64> ids = *assessments.ids().value;
    for (const qint64 id : ids) {
        const AssessmentRecord r = *assessments.get(id).value;
        laterVersions += r.version > 1;
        for (const auto &[assessor, size] :
             {std::pair{QStringLiteral("crash-A"), 6}, std::pair{QStringLiteral("crash-C"), 4}}) {
            QSet<QString> notes;
            int count = 0;
            for (const Rating &rating : r.ratings) {
                if (rating.assessor == assessor) {
                    notes.insert(rating.note);
                    ++count;
                }
            }
            expect(
                count == 0 || count == size,
                QStringLiteral("assessment %1 has %2 of %3 ratings by %4").arg(id).arg(count).arg(size).arg(assessor));
            expect(notes.size() <= 1, QStringLiteral("assessment %1 mixes rating edits by %2").arg(id).arg(assessor));
        }
        if (r.isFinalised()) {
            ++finalisedCount;
            // Only the child finalises here, always with six ratings and a consensus in the same transaction.
            QString tag;
            int tagged = 0;
            for (const Rating &rating : r.ratings) {
                if (rating.assessor == QLatin1String("crash-A")) {
                    tag = rating.note;
                    ++tagged;
                }
            }
            bool agreed = false;
            for (const Consensus &c : r.consensus) {
                agreed |= c.rationale == tag;
            }
            expect(tagged == 6 && agreed,
                   QStringLiteral("finalised assessment %1 is missing part of its finalisation").arg(id));
            expect(finaliseEntries.value(id) == 1,
                   QStringLiteral("finalised assessment %1 has %2 finalise audit entries")
                       .arg(id)
                       .arg(finaliseEntries.value(id)));
            expect(assessments.score(id).has_value(), QStringLiteral("finalised assessment %1 has no score").arg(id));
            const QString now = snapshot(r);
            if (finalisedSnapshots.contains(id)) {
                expect(finalisedSnapshots.value(id) == now, QStringLiteral("finalised assessment %1 changed").arg(id));
            }
            finalisedSnapshots.insert(id, now);
        }
    }
    expect(finaliseEntries.size() == finalisedCount, QStringLiteral("finalise audit entries do not match"));
    expect(reviseEntries == laterVersions, QStringLiteral("revise audit entries do not match the versions"));

    for (const auto &[id, tag] : reported.finalised) {
        const auto record = assessments.get(id);
        REQUIRE(record.ok());
        expect(record.value->isFinalised(), QStringLiteral("reported finalisation %1 is not finalised").arg(id));
        int withTag = 0;
        for (const Rating &rating : record.value->ratings) {
            withTag += rating.assessor == QLatin1String("crash-A") && rating.note == tag;
        }
        expect(withTag == 6, QStringLiteral("reported finalisation %1 has %2 of 6 ratings").arg(id).arg(withTag));
        expect(!record.value->consensus.isEmpty(),
               QStringLiteral("reported finalisation %1 lost its consensus").arg(id));
    }
    for (auto it = reported.lastRate.cbegin(); it != reported.lastRate.cend(); ++it) {
        const AssessmentRecord r = *assessments.get(it.key()).value;
        QString note;
        for (const Rating &rating : r.ratings) {
            if (rating.assessor == QLatin1String("crash-C")) {
                note = rating.note;
            }
        }
        // The reported edit, or a later one that committed just before the kill and could not be reported.
        const bool later = !reported.tags.contains(note) && order(note) > order(it.value());
        expect(note == it.value() || later, QStringLiteral("assessment %1: reported rating edit %2 missing, found %3")
                                                .arg(it.key())
                                                .arg(it.value(), note));
    }

    // Imports are whole: 20 partners per batch, each with its contacts, culture and roadmap, and one audit entry.
    QHash<QString, int> batchSizes;
    static const QRegularExpression batchName(QStringLiteral("^(s\\d+-\\d+)-\\d+$"));
    const QList<Partner> partners = *PartnerRepository(ws).list().value;
    for (const Partner &p : partners) {
        const auto match = batchName.match(p.name);
        if (match.hasMatch()) {
            ++batchSizes[match.captured(1)];
            expect(p.contacts.size() == 2 && p.culture.values.size() == 1 && p.roadmap.size() == 1,
                   QStringLiteral("imported partner %1 is incomplete").arg(p.name));
        }
    }
    for (auto it = batchSizes.cbegin(); it != batchSizes.cend(); ++it) {
        expect(it.value() == 20, QStringLiteral("import %1 has %2 of 20 partners").arg(it.key()).arg(it.value()));
        expect(importEntries.contains(it.key()), QStringLiteral("import %1 has no audit entry").arg(it.key()));
    }
    expect(importEntries.size() == batchSizes.size(), QStringLiteral("import audit entries do not match the imports"));
    INFO(failures.mid(0, 20).join(QLatin1Char('\n')).toStdString());
    CHECK(failures.isEmpty());
    for (const QString &tag : reported.imports) {
        expect(batchSizes.value(tag) == 20, QStringLiteral("reported import %1 is missing").arg(tag));
    }
}

} // namespace

TEST_CASE("SIGKILL at random moments never loses or half-writes a committed operation", "[crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.partnerfit"));
    seed(path);
    Reported reported;
    QHash<qint64, QString> finalisedSnapshots;
    std::mt19937 random(20261127);
    const int kills = killCount();
    // A soak run may use a copy of the helper, so rebuilding the tree meanwhile cannot disturb it.
    const QString childPath = qEnvironmentVariable("PARTNERFIT_CRASH_CHILD", QStringLiteral(PARTNERFIT_CRASH_CHILD));
    int operations = 0;
    int killedMidRun = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 1; round <= kills; ++round) {
        QProcess child;
        child.start(childPath, {QStringLiteral("work"), path, QString::number(round)});
        INFO("starting " << childPath.toStdString() << ": " << child.errorString().toStdString());
        REQUIRE(child.waitForStarted(10000));
        const int delay = 15 + int(random() % 90);
        if (!child.waitForFinished(delay)) {
            child.kill(); // SIGKILL on POSIX
            child.waitForFinished(10000);
            ++killedMidRun;
        }
        INFO("child stderr: " << child.readAllStandardError().toStdString());
        REQUIRE(child.exitStatus() == QProcess::CrashExit);
        const QStringList lines =
            QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char(' '));
            ++operations;
            if (f.first() == QLatin1String("FINALISE")) {
                reported.finalised << std::pair{f.at(1).toLongLong(), f.at(2)};
                reported.tags.insert(f.at(2));
            } else if (f.first() == QLatin1String("RATE")) {
                reported.lastRate.insert(f.at(1).toLongLong(), f.at(2));
                reported.tags.insert(f.at(2));
            } else if (f.first() == QLatin1String("IMPORT")) {
                reported.imports.insert(f.at(1));
                reported.tags.insert(f.at(1));
            }
        }
        verify(path, reported, finalisedSnapshots);
    }
    WARN("crash test: " << kills << " SIGKILLs (" << killedMidRun << " while running), " << operations
                        << " committed operations reported (" << reported.finalised.size() << " finalisations, "
                        << reported.imports.size() << " imports), " << timer.elapsed() << " ms");
    CHECK(killedMidRun == kills);
    // The children really worked between kills.
    CHECK(reported.finalised.size() >= 10);
    CHECK(reported.imports.size() >= 10);
    CHECK(reported.lastRate.size() >= 5);
}
