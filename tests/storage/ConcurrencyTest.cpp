// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "core/storage/AuditLog.h"
#include "core/storage/PartnerRepository.h"
#include "support/CatchCompat.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace pf::core;
using namespace pf::test;

TEST_CASE("two processes editing one partner lose nothing, the loser is told it changed elsewhere", "[concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.partnerfit"));
    {
        auto workspace = createWorkspace(path);
        Partner p;
        p.name = QStringLiteral("Shared GmbH");
        REQUIRE(PartnerRepository(*workspace).add(p).ok());
    }
    const int count = 25;
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(PARTNERFIT_CRASH_CHILD), {QStringLiteral("edit"), path, QStringLiteral("Shared GmbH"),
                                                         QStringLiteral("one"), QString::number(count)});
    second.start(QStringLiteral(PARTNERFIT_CRASH_CHILD), {QStringLiteral("edit"), path, QStringLiteral("Shared GmbH"),
                                                          QStringLiteral("two"), QString::number(count)});
    REQUIRE(first.waitForFinished(60000));
    REQUIRE(second.waitForFinished(60000));
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    const QString output = QString::fromUtf8(first.readAllStandardOutput() + second.readAllStandardOutput());
    QStringList committed;
    int conflicts = 0;
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("COMMITTED "))) {
            committed << line.mid(10);
        } else if (line.startsWith(QLatin1String("CONFLICT "))) {
            ++conflicts;
            CHECK(line.contains(QStringLiteral("changed elsewhere")));
        } else {
            FAIL_CHECK(line.toStdString());
        }
    }
    CHECK(committed.size() == 2 * count);
    WARN("concurrency test: " << committed.size() << " committed edits, " << conflicts
                              << " refused as changed elsewhere");
    CHECK(conflicts > 0);

    auto opened = Workspace::open(path, testOptions());
    REQUIRE(opened.ok());
    const Partner result = *PartnerRepository(*opened.workspace).findByName(QStringLiteral("Shared GmbH")).value;
    for (const QString &token : committed) {
        CHECK(result.notes.count(token + QLatin1Char('|')) + (result.notes.endsWith(token) ? 1 : 0) == 1);
    }
    CHECK(result.notes.count(QLatin1Char('|')) == 2 * count);
    CHECK(result.revision == 1 + 2 * count);
    CHECK(AuditLog(*opened.workspace).entries(QStringLiteral("partner"), result.id).value->size() == 1 + 2 * count);
}

TEST_CASE("a stale edit from a second connection is refused, not written over the first", "[concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.partnerfit"));
    auto a = createWorkspace(path);
    auto b = Workspace::open(path, testOptions());
    REQUIRE(b.ok());
    Partner p;
    p.name = QStringLiteral("Contested Ltd");
    const qint64 id = *PartnerRepository(*a).add(p).value;
    Partner inA = *PartnerRepository(*a).get(id).value;
    Partner inB = *PartnerRepository(*b.workspace).get(id).value;
    inA.owner = QStringLiteral("ana");
    inB.owner = QStringLiteral("ben");
    REQUIRE(PartnerRepository(*a).update(inA).ok());
    const auto stale = PartnerRepository(*b.workspace).update(inB);
    CHECK(stale.status.error == StorageError::ChangedElsewhere);
    CHECK(stale.status.message.contains(QStringLiteral("Reload")));
    CHECK(PartnerRepository(*b.workspace).get(id).value->owner == QStringLiteral("ana"));
}
