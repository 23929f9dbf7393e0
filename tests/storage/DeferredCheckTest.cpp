// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening with the quick_check deferred (as the GUI does, to show its window sooner): a damaged file is still
// refused, with the newest good backup offered, and nothing is ever stored in it before the check passed.
#include "StorageTestSupport.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceFiles.h"
#include "core/storage/WorkspaceSchema.h"
#include "core/storage/WriteTransaction.h"
#include "support/CatchCompat.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <optional>

using namespace pf::core;
using namespace pf::test;

namespace {

WorkspaceOptions deferred()
{
    WorkspaceOptions options = testOptions();
    options.deferQuickCheck = true;
    return options;
}

struct CheckOutcome
{
    StorageStatus status;
    QString suggestedBackup;
};

/// Runs the event loop until @p workspace reports its deferred check (or 10 s pass).
std::optional<CheckOutcome> waitForReport(Workspace &workspace)
{
    std::optional<CheckOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&workspace, &Workspace::checkFinished, &loop,
                     [&](const StorageStatus &status, const QString &backup) {
                         outcome = CheckOutcome{status, backup};
                         loop.quit();
                     });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return outcome;
}

/// A workspace with one partner and a manual backup, then damaged past its header; returns the backup's path.
QString damagedWorkspace(const QString &path)
{
    QString backupPath;
    {
        auto workspace = createWorkspace(path);
        Partner partner;
        partner.name = QStringLiteral("Acme");
        REQUIRE(PartnerRepository(*workspace).add(partner).ok());
        auto backup = WorkspaceBackup::backup(*workspace, WorkspaceBackup::Reason::Manual);
        REQUIRE(backup.ok());
        backupPath = *backup.value;
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > 8192);
    // Scribble over the second page (a table's b-tree page): the header still looks fine.
    file.seek(4096);
    file.write(QByteArray(4096, '\x5a'));
    file.close();
    return backupPath;
}

} // namespace

TEST_CASE("a sound workspace opened with the check deferred reports it passed and takes writes", "[workspace][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sound.partnerfit"));
    createWorkspace(path).reset();
    auto result = Workspace::open(path, deferred());
    REQUIRE(result.ok());
    Workspace &workspace = *result.workspace;
    Partner partner;
    partner.name = QStringLiteral("Acme");
    CHECK(PartnerRepository(workspace).add(partner).ok()); // waits for the check if it still runs
    CHECK(workspace.waitForCheck().ok());
    CHECK_FALSE(workspace.isCheckPending());
    const auto outcome = waitForReport(workspace);
    REQUIRE(outcome.has_value());
    CHECK(outcome->status.ok());
    CHECK(outcome->suggestedBackup.isEmpty());
    CHECK(PartnerRepository(workspace).list().value->size() == 1);
}

TEST_CASE("a damaged workspace opened with the check deferred is refused before anything is stored",
          "[workspace][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.partnerfit"));
    const QString backupPath = damagedWorkspace(path);
    const QByteArray bytes = WorkspaceFiles::sha256(path);

    auto result = Workspace::open(path, deferred());
    // The header is intact, so the workspace opens; the damage is found by the check that follows.
    REQUIRE(result.ok());
    Workspace &workspace = *result.workspace;

    SECTION("a write waits for the check and is refused with its message")
    {
        Partner partner;
        partner.name = QStringLiteral("Never stored");
        const auto added = PartnerRepository(workspace).add(partner);
        CHECK(added.status.error == StorageError::Corrupt);
        CHECK(added.status.message.contains(QStringLiteral("damaged")));
        CHECK(added.status.message.contains(backupPath));
        WriteTransaction transaction(workspace);
        CHECK(transaction.status().error == StorageError::Corrupt);
    }
    SECTION("the event loop hears the refusal and the newest good backup, once")
    {
        const auto outcome = waitForReport(workspace);
        REQUIRE(outcome.has_value());
        CHECK(outcome->status.error == StorageError::Corrupt);
        CHECK(outcome->status.message.contains(backupPath));
        CHECK(outcome->suggestedBackup == backupPath);
        CHECK(workspace.waitForCheck().error == StorageError::Corrupt);
        int reports = 0;
        QObject::connect(&workspace, &Workspace::checkFinished, [&] { ++reports; });
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
        CHECK(reports == 0);
    }
    result.workspace.reset();
    CHECK(WorkspaceFiles::sha256(path) == bytes);
}

TEST_CASE("a workspace that needs an upgrade is checked before it opens, even when the check is deferred",
          "[workspace][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.partnerfit"));
    damagedWorkspace(path);
    // Claim an older format: opening would migrate (write), so the check must run first and refuse it.
    REQUIRE(
        rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(WorkspaceSchema::currentVersion - 1)}).isEmpty());
    const QByteArray bytes = WorkspaceFiles::sha256(path);
    auto result = Workspace::open(path, deferred());
    CHECK_FALSE(result.ok());
    CHECK(result.status.error == StorageError::Corrupt);
    CHECK_FALSE(result.suggestedBackup.isEmpty());
    CHECK(WorkspaceFiles::sha256(path) == bytes);
}

TEST_CASE("a damaged workspace with a write-ahead log left behind is checked before it opens", "[workspace][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.partnerfit"));
    createWorkspace(path).reset();
    // Copy the file while another connection has committed into its log without checkpointing, as a crash would
    // leave it; then damage the copy past its header.
    const QString copy = dir.filePath(QStringLiteral("left.partnerfit"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO workspace_setting (key, value) VALUES ('note', 'in the log')")));
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
    {
        QFile file(copy);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.size() > 5 * 4096);
        // Pages 3 to 5 (not the ones the log holds newer copies of).
        file.seek(2 * 4096);
        file.write(QByteArray(3 * 4096, '\x5a'));
    }
    const QByteArray bytes = WorkspaceFiles::sha256(copy);
    const QByteArray log = WorkspaceFiles::sha256(copy + QStringLiteral("-wal"));
    auto result = Workspace::open(copy, deferred());
    CHECK_FALSE(result.ok());
    CHECK(result.status.error == StorageError::Corrupt);
    CHECK(WorkspaceFiles::sha256(copy) == bytes);
    CHECK(WorkspaceFiles::sha256(copy + QStringLiteral("-wal")) == log);
}
