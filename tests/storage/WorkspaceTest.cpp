// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceFiles.h"
#include "core/storage/WorkspaceLocation.h"
#include "core/storage/WorkspaceSchema.h"
#include "core/storage/WriteTransaction.h"
#include "support/CatchCompat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pf::core;
using namespace pf::test;

namespace {

QVariant pragma(Workspace &workspace, const QString &name)
{
    QSqlQuery query(workspace.database());
    query.exec(QStringLiteral("PRAGMA ") + name);
    query.next();
    return query.value(0);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

/// Creates a closed workspace with a little data and returns its path.
QString closedWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("ws.partnerfit"))
{
    const QString path = dir.filePath(name);
    auto workspace = createWorkspace(path);
    WriteTransaction transaction(*workspace);
    REQUIRE(workspace->setSetting(QStringLiteral("note"), QStringLiteral("hello")).ok());
    REQUIRE(transaction.commit().ok());
    return path;
}

/// Opens @p path expecting a refusal of @p kind; checks that the file's bytes did not change.
StorageStatus expectRefusal(const QString &path, StorageError kind, const WorkspaceOptions &options = testOptions())
{
    const QByteArray before = WorkspaceFiles::sha256(path);
    const qint64 walBefore = QFileInfo(path + QStringLiteral("-wal")).size();
    auto result = Workspace::open(path, options);
    INFO(result.status.message.toStdString());
    CHECK_FALSE(result.ok());
    CHECK(result.status.error == kind);
    CHECK_FALSE(result.status.message.isEmpty());
    result.workspace.reset();
    CHECK(WorkspaceFiles::sha256(path) == before);
    // A read-only look may leave an empty WAL index behind, never content.
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == walBefore);
    return result.status;
}

} // namespace

TEST_CASE("a new workspace is stamped, in WAL mode with full sync and foreign keys, owner-only", "[workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.partnerfit"));
    auto workspace = createWorkspace(path);
    CHECK(pragma(*workspace, QStringLiteral("application_id")).toLongLong() == WorkspaceSchema::applicationId);
    CHECK(pragma(*workspace, QStringLiteral("user_version")).toInt() == WorkspaceSchema::currentVersion);
    CHECK(pragma(*workspace, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(*workspace, QStringLiteral("synchronous")).toInt() == 2);
    CHECK(pragma(*workspace, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(*workspace, QStringLiteral("busy_timeout")).toInt() == 200);
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".creating")));
    CHECK(workspace->check().ok());
}

TEST_CASE("create refuses an existing file and leaves it unchanged", "[workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.partnerfit"));
    writeFile(path, "precious");
    const QByteArray before = WorkspaceFiles::sha256(path);
    auto result = Workspace::create(path, testOptions());
    CHECK_FALSE(result.ok());
    CHECK(result.status.message.contains(QStringLiteral("already exists")));
    CHECK(WorkspaceFiles::sha256(path) == before);
}

TEST_CASE("the default workspace is created in an owner-only folder as an owner-only file", "[workspace]")
{
    QDir(WorkspaceLocation::defaultDirectory()).removeRecursively();
    auto result = Workspace::openDefault(testOptions());
    INFO(result.status.message.toStdString());
    REQUIRE(result.ok());
    CHECK(result.workspace->path() == QFileInfo(WorkspaceLocation::defaultWorkspacePath()).absoluteFilePath());
    CHECK((QFile::permissions(WorkspaceLocation::defaultDirectory()) & 0x0077) == 0);
    CHECK((QFile::permissions(WorkspaceLocation::defaultWorkspacePath()) & 0x0077) == 0);
    result.workspace.reset();
    // The second start opens the same file instead of creating another one.
    auto again = Workspace::openDefault(testOptions());
    CHECK(again.ok());
    again.workspace.reset();
    QDir(WorkspaceLocation::defaultDirectory()).removeRecursively();
}

TEST_CASE("refusals leave the file's bytes unchanged", "[workspace][refusal]")
{
    QTemporaryDir dir;

    SECTION("a text file is not a workspace")
    {
        const QString path = dir.filePath(QStringLiteral("notes.partnerfit"));
        writeFile(path, QByteArray("These are my notes, not a database.\n").repeated(10));
        const auto status = expectRefusal(path, StorageError::NotAWorkspace);
        CHECK(status.message.contains(QStringLiteral("not a PartnerFit workspace")));
    }
    SECTION("an empty file is not a workspace")
    {
        const QString path = dir.filePath(QStringLiteral("empty.partnerfit"));
        writeFile(path, {});
        expectRefusal(path, StorageError::NotAWorkspace);
    }
    SECTION("another application's SQLite database is not a workspace")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        REQUIRE(rawExec(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")})
                    .isEmpty());
        const auto status = expectRefusal(path, StorageError::NotAWorkspace);
        CHECK(status.message.contains(QStringLiteral("not a PartnerFit workspace")));
    }
    SECTION("a workspace from a newer PartnerFit")
    {
        const QString path = closedWorkspace(dir);
        REQUIRE(rawExec(path, {QStringLiteral("PRAGMA user_version = 99")}).isEmpty());
        const auto status = expectRefusal(path, StorageError::NewerVersion);
        CHECK(status.message.contains(QStringLiteral("newer PartnerFit")));
        CHECK(status.message.contains(QStringLiteral("99")));
    }
    SECTION("a corrupt workspace is refused and the newest good backup is offered")
    {
        const QString path = closedWorkspace(dir);
        QString backupPath;
        {
            auto result = Workspace::open(path, testOptions());
            REQUIRE(result.ok());
            auto backup = WorkspaceBackup::backup(*result.workspace, WorkspaceBackup::Reason::Manual);
            REQUIRE(backup.ok());
            backupPath = *backup.value;
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 8192);
        // Scribble over the second page (a table's b-tree page): the header still looks fine.
        file.seek(4096);
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        auto result = Workspace::open(path, testOptions());
        CHECK(result.status.error == StorageError::Corrupt);
        CHECK(result.suggestedBackup == backupPath);
        CHECK(result.status.message.contains(backupPath));
        expectRefusal(path, StorageError::Corrupt);
    }
    SECTION("a workspace locked by another program")
    {
        const QString path = closedWorkspace(dir);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        {
            QSqlQuery query(db);
            REQUIRE(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
            REQUIRE(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            REQUIRE(query.exec(QStringLiteral("INSERT INTO workspace_setting (key, value) VALUES ('x', 'y')")));
            const auto status = expectRefusal(path, StorageError::Locked);
            CHECK(status.message.contains(QStringLiteral("locked")));
            query.exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }
    SECTION("a workspace on a network share")
    {
        const QString path = closedWorkspace(dir);
        WorkspaceOptions options = testOptions();
        options.fileSystemType = [](const QString &) {
            return QByteArrayLiteral("nfs4");
        };
        const auto status = expectRefusal(path, StorageError::NetworkShare, options);
        CHECK(status.message.contains(QStringLiteral("network share")));
    }
}

TEST_CASE("network file systems are recognised by type", "[workspace]")
{
    for (const char *type : {"nfs", "NFS4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "afpfs"}) {
        CHECK(WorkspaceFiles::isNetworkFileSystem(type));
    }
    for (const char *type : {"ext4", "xfs", "btrfs", "tmpfs", "apfs", "NTFS", "overlay", ""}) {
        CHECK_FALSE(WorkspaceFiles::isNetworkFileSystem(type));
    }
    CHECK_FALSE(WorkspaceFiles::isNetworkFileSystem(WorkspaceFiles::fileSystemType(QDir::tempPath())));
}

TEST_CASE("a workspace in a read-only location is refused unchanged", "[workspace][refusal]")
{
    QTemporaryDir dir;
    TmpfsMount mount(dir.filePath(QStringLiteral("mnt")), 4096);
    if (!mount.mounted()) {
        WARN("SKIPPED: cannot mount a tmpfs to test a read-only location (" << mount.error().toStdString()
                                                                            << "); needs root with mount rights");
        return;
    }
    const QString path = mount.path() + QStringLiteral("/ro.partnerfit");
    createWorkspace(path).reset();
    REQUIRE(mount.remountReadOnly());
    const auto status = expectRefusal(path, StorageError::ReadOnlyLocation);
    CHECK(status.message.contains(QStringLiteral("read-only")));
    auto create = Workspace::create(mount.path() + QStringLiteral("/new.partnerfit"), testOptions());
    CHECK(create.status.error == StorageError::ReadOnlyLocation);
}

TEST_CASE("a schema-1 workspace is backed up and migrated forward", "[workspace][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.partnerfit"));
    REQUIRE(QFile::copy(QStringLiteral(PARTNERFIT_TEST_DATA_DIR "/schema1.partnerfit"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = WorkspaceFiles::sha256(path);
    auto result = Workspace::open(path, testOptions());
    INFO(result.status.message.toStdString());
    REQUIRE(result.ok());
    CHECK(result.migratedFrom == 1);
    REQUIRE_FALSE(result.backupMade.isEmpty());
    CHECK(result.backupMade.contains(QStringLiteral("before-upgrade")));
    CHECK(rawValue(result.backupMade, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(rawValue(result.backupMade, QStringLiteral("SELECT count(*) FROM partner")).toInt() == 2);
    CHECK(WorkspaceBackup::verify(result.backupMade).ok());
    CHECK(pragma(*result.workspace, QStringLiteral("user_version")).toInt() == WorkspaceSchema::currentVersion);
    QSqlQuery query(result.workspace->database());
    REQUIRE(query.exec(QStringLiteral("SELECT name FROM partner ORDER BY id")));
    QStringList names;
    while (query.next()) {
        names << query.value(0).toString();
    }
    CHECK(names == QStringList{QStringLiteral("Acme GmbH"), QStringLiteral("Société Générale Ôptique")});
    REQUIRE(query.exec(QStringLiteral("SELECT next_due FROM assessment WHERE id = 1")));
    REQUIRE(query.next());
    CHECK(query.value(0).isNull());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM score_cache")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    query.finish();
    QStringList problems;
    CHECK(result.workspace->check(&problems).ok());
    CHECK(problems.isEmpty());
    result.workspace.reset();
    CHECK(original != WorkspaceFiles::sha256(path));
    // Opening again does not migrate or back up again.
    auto again = Workspace::open(path, testOptions());
    REQUIRE(again.ok());
    CHECK(again.migratedFrom == 0);
    CHECK(again.backupMade.isEmpty());
}

TEST_CASE("backups are verified copies, automatic ones are pruned to the configured number", "[workspace][backup]")
{
    QTemporaryDir dir;
    WorkspaceOptions options = testOptions();
    options.backupsToKeep = 2;
    const QString path = dir.filePath(QStringLiteral("b.partnerfit"));
    auto workspace = createWorkspace(path, options);
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        auto backup = WorkspaceBackup::backup(*workspace, WorkspaceBackup::Reason::Daily);
        REQUIRE(backup.ok());
        made << *backup.value;
        CHECK(QFileInfo(*backup.value).size() > 0);
        CHECK(WorkspaceBackup::verify(*backup.value).ok());
        CHECK_FALSE(QFileInfo::exists(*backup.value + QStringLiteral(".part")));
    }
    auto manual = WorkspaceBackup::backup(*workspace, WorkspaceBackup::Reason::Manual);
    REQUIRE(manual.ok());
    const QStringList kept = WorkspaceBackup::backups(path);
    CHECK(kept.size() == 3);
    CHECK(kept.contains(*manual.value));
    CHECK(kept.contains(made.at(3)));
    CHECK(kept.contains(made.at(2)));
    CHECK_FALSE(kept.contains(made.at(0)));
    CHECK((QFile::permissions(*manual.value) & 0x0077) == 0);
    auto duplicate = WorkspaceBackup::backupTo(*workspace, *manual.value);
    CHECK_FALSE(duplicate.ok());
}

TEST_CASE("a daily backup is made on open when the last one is older than a day", "[workspace][backup]")
{
    QTemporaryDir dir;
    WorkspaceOptions options = testOptions();
    options.dailyBackups = true;
    const QString path = dir.filePath(QStringLiteral("d.partnerfit"));
    {
        auto workspace = createWorkspace(path, options);
        CHECK(WorkspaceBackup::backups(path).isEmpty());
        WriteTransaction transaction(*workspace);
        REQUIRE(workspace->setSetting(QStringLiteral("created_at"), QStringLiteral("2020-01-01T00:00:00.000Z")).ok());
        REQUIRE(transaction.commit().ok());
    }
    auto first = Workspace::open(path, options);
    REQUIRE(first.ok());
    CHECK(first.backupMade.contains(QStringLiteral("-daily.")));
    first.workspace.reset();
    auto second = Workspace::open(path, options);
    REQUIRE(second.ok());
    CHECK(second.backupMade.isEmpty());
    CHECK(WorkspaceBackup::backups(path).size() == 1);
    // During a long session the GUI asks again; nothing is due within the day.
    auto during = WorkspaceBackup::backupIfDue(*second.workspace);
    REQUIRE(during.ok());
    CHECK(during.value->isEmpty());
    CHECK(WorkspaceBackup::backups(path).size() == 1);
}

TEST_CASE("restore brings back a backup and keeps the replaced workspace", "[workspace][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.partnerfit"));
    QString backupPath;
    {
        auto workspace = createWorkspace(path);
        WriteTransaction t1(*workspace);
        REQUIRE(workspace->setSetting(QStringLiteral("state"), QStringLiteral("before")).ok());
        REQUIRE(t1.commit().ok());
        backupPath = *WorkspaceBackup::backup(*workspace, WorkspaceBackup::Reason::Manual).value;
        WriteTransaction t2(*workspace);
        REQUIRE(workspace->setSetting(QStringLiteral("state"), QStringLiteral("after")).ok());
        REQUIRE(t2.commit().ok());
    }
    SECTION("over an intact workspace")
    {
        QString aside;
        REQUIRE(WorkspaceBackup::restore(backupPath, path, &aside).ok());
        CHECK(aside.contains(QStringLiteral("before-restore")));
        CHECK(rawValue(aside, QStringLiteral("SELECT value FROM workspace_setting WHERE key = 'state'")).toString() ==
              QStringLiteral("after"));
        auto restored = Workspace::open(path, testOptions());
        REQUIRE(restored.ok());
        CHECK(restored.workspace->setting(QStringLiteral("state")) == QStringLiteral("before"));
    }
    SECTION("over a corrupt workspace, which is set aside unchanged")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(8192, '\x00'));
        file.close();
        const QByteArray corrupt = WorkspaceFiles::sha256(path);
        QString aside;
        REQUIRE(WorkspaceBackup::restore(backupPath, path, &aside).ok());
        CHECK(aside.contains(QStringLiteral(".set-aside-")));
        CHECK(WorkspaceFiles::sha256(aside) == corrupt);
        auto restored = Workspace::open(path, testOptions());
        REQUIRE(restored.ok());
        CHECK(restored.workspace->setting(QStringLiteral("state")) == QStringLiteral("before"));
    }
    SECTION("a backup that is not a workspace is refused and nothing changes")
    {
        const QString bogus = dir.filePath(QStringLiteral("bogus.partnerfit"));
        writeFile(bogus, QByteArray(5000, 'x'));
        const QByteArray before = WorkspaceFiles::sha256(path);
        CHECK_FALSE(WorkspaceBackup::restore(bogus, path).ok());
        CHECK(WorkspaceFiles::sha256(path) == before);
    }
}

TEST_CASE("writes use BEGIN IMMEDIATE: a second writer waits, then reports the lock", "[workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.partnerfit"));
    auto first = createWorkspace(path);
    auto second = Workspace::open(path, testOptions());
    REQUIRE(second.ok());
    WriteTransaction holding(*first);
    REQUIRE(holding.ok());
    WriteTransaction waiting(*second.workspace);
    CHECK_FALSE(waiting.ok());
    CHECK(waiting.status().error == StorageError::Locked);
    CHECK(waiting.status().message.contains(QStringLiteral("another program")));
    REQUIRE(holding.commit().ok());
    WriteTransaction now(*second.workspace);
    CHECK(now.ok());
}

TEST_CASE("a nested transaction's rollback cancels the outer one, commits raise the revision", "[workspace]")
{
    QTemporaryDir dir;
    auto workspace = createWorkspace(dir.filePath(QStringLiteral("n.partnerfit")));
    int changes = 0;
    QObject::connect(workspace.get(), &Workspace::changed, [&changes] { ++changes; });
    {
        WriteTransaction outer(*workspace);
        REQUIRE(workspace->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        {
            WriteTransaction inner(*workspace);
            inner.rollback();
        }
        CHECK_FALSE(outer.commit().ok());
    }
    CHECK(workspace->setting(QStringLiteral("k")).isEmpty());
    CHECK(changes == 0);
    CHECK(workspace->revision() == 0);
    {
        WriteTransaction transaction(*workspace);
        REQUIRE(workspace->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        REQUIRE(workspace->audit(QStringLiteral("set"), QStringLiteral("setting"), 0, QStringLiteral("k")).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(workspace->setting(QStringLiteral("k")) == QStringLiteral("v"));
    CHECK(changes == 1);
    CHECK(workspace->revision() == 1);
}

TEST_CASE("workspace check reports broken foreign keys and broken invariants", "[workspace]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.partnerfit"));
    createWorkspace(path).reset();
    REQUIRE(rawExec(path, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                           QStringLiteral("INSERT INTO contact (partner_id, position, name) VALUES (42, 0, 'Ghost')")})
                .isEmpty());
    auto result = Workspace::open(path, testOptions());
    REQUIRE(result.ok());
    QStringList problems;
    const auto status = result.workspace->check(&problems);
    CHECK_FALSE(status.ok());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(QStringLiteral("foreign_key_check: contact")));
}
