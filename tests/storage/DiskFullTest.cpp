// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceFiles.h"
#include "support/CatchCompat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace pf::core;
using namespace pf::test;

namespace {

QList<Partner> bigBatch(const QString &prefix, int count)
{
    QList<Partner> batch;
    for (int i = 0; i < count; ++i) {
        Partner p;
        p.name = QStringLiteral("%1 %2").arg(prefix).arg(i);
        p.notes = QString(4000, QLatin1Char('n'));
        batch << p;
    }
    return batch;
}

/// Fills the volume of @p directory; returns the filler file's path.
QString fillDisk(const QString &directory)
{
    const QString filler = QDir(directory).filePath(QStringLiteral("filler.bin"));
    QFile file(filler);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray chunk(4096, 'f');
    while (file.write(chunk) == chunk.size() && file.flush()) {
    }
    file.close();
    return filler;
}

} // namespace

TEST_CASE("a write that does not fit on the disk is reported and leaves the workspace as it was", "[diskfull]")
{
    QTemporaryDir dir;
    TmpfsMount mount(dir.filePath(QStringLiteral("small")), 1024);
    if (!mount.mounted()) {
        WARN("SKIPPED: cannot mount a 1 MiB tmpfs to fill the disk (" << mount.error().toStdString()
                                                                      << "); the disk-full test needs root with mount "
                                                                         "rights");
        return;
    }
    const QString path = mount.path() + QStringLiteral("/full.partnerfit");
    auto workspace = createWorkspace(path);
    PartnerRepository partners(*workspace);
    REQUIRE(partners.addMany(bigBatch(QStringLiteral("Before"), 5), QStringLiteral("setup")).ok());
    const QList<Partner> before = *partners.list().value;
    const QString exported = mount.path() + QStringLiteral("/partners.csv");
    REQUIRE(WorkspaceFiles::saveFile(exported, "old export\n"));

    const QString filler = fillDisk(mount.path());

    const auto failed = partners.addMany(bigBatch(QStringLiteral("After"), 200), QStringLiteral("too-big.csv"));
    INFO(failed.status.message.toStdString());
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.status.message.contains(QStringLiteral("disk is full")));
    CHECK(failed.status.message.contains(QStringLiteral("nothing was changed")));
    CHECK(*partners.list().value == before);
    CHECK(workspace->check().ok());

    const auto backup = WorkspaceBackup::backup(*workspace, WorkspaceBackup::Reason::Manual);
    CHECK_FALSE(backup.ok());
    CHECK(WorkspaceBackup::backups(path).isEmpty());
    const QStringList leftovers = QDir(WorkspaceBackup::backupDirectory(path)).entryList(QDir::Files);
    CHECK(leftovers.isEmpty());

    QString error;
    CHECK_FALSE(WorkspaceFiles::saveFile(exported, QByteArray(200000, 'x'), &error));
    CHECK_FALSE(error.isEmpty());
    QFile old(exported);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "old export\n");
    old.close();

    // With space again, the same write succeeds: the failure was the disk, and nothing was left half-done.
    REQUIRE(QFile::remove(filler));
    CHECK(partners.addMany(bigBatch(QStringLiteral("After"), 20), QStringLiteral("retry.csv")).ok());
    workspace.reset();
    auto reopened = Workspace::open(path, testOptions());
    REQUIRE(reopened.ok());
    CHECK(reopened.workspace->check().ok());
    CHECK(PartnerRepository(*reopened.workspace).list().value->size() == 25);
}

TEST_CASE("creating a workspace on a full disk fails cleanly without leaving a file", "[diskfull]")
{
    QTemporaryDir dir;
    TmpfsMount mount(dir.filePath(QStringLiteral("tiny")), 256);
    if (!mount.mounted()) {
        WARN("SKIPPED: cannot mount a tmpfs (" << mount.error().toStdString() << ")");
        return;
    }
    fillDisk(mount.path());
    const QString path = mount.path() + QStringLiteral("/new.partnerfit");
    auto result = Workspace::create(path, testOptions());
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.status.message.isEmpty());
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".creating")));
}

TEST_CASE("a write beyond the file-size limit (RLIMIT_FSIZE) is reported and changes nothing", "[diskfull]")
{
    // Works without root: a child process lowers its own file-size limit, then tries a large import.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("limited.partnerfit"));
    {
        auto workspace = createWorkspace(path);
        REQUIRE(
            PartnerRepository(*workspace).addMany(bigBatch(QStringLiteral("Kept"), 3), QStringLiteral("setup")).ok());
    }
    const QByteArray before = WorkspaceFiles::sha256(path);
    QProcess child;
    child.start(QStringLiteral(PARTNERFIT_CRASH_CHILD), {QStringLiteral("fsize"), path});
    REQUIRE(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    INFO(output.toStdString() << QString::fromUtf8(child.readAllStandardError()).toStdString());
    REQUIRE(child.exitCode() == 0);
    if (output.startsWith(QLatin1String("UNAVAILABLE"))) {
        WARN("SKIPPED: RLIMIT_FSIZE cannot be set here");
        return;
    }
    CHECK(output.contains(QStringLiteral("FAILED Could not")));
    CHECK(output.contains(QStringLiteral("PARTNERS 3 3")));
    auto reopened = Workspace::open(path, testOptions());
    REQUIRE(reopened.ok());
    CHECK(reopened.workspace->check().ok());
    CHECK(PartnerRepository(*reopened.workspace).list().value->size() == 3);
    reopened.workspace.reset();
    CHECK(WorkspaceFiles::sha256(path) == before);
}

TEST_CASE("a restore over a damaged workspace that does not fit puts the damaged file back where it was",
          "[diskfull][backup]")
{
    QTemporaryDir dir;
    TmpfsMount mount(dir.filePath(QStringLiteral("small")), 1024);
    if (!mount.mounted()) {
        WARN("SKIPPED: cannot mount a 1 MiB tmpfs (" << mount.error().toStdString() << ")");
        return;
    }
    // A backup (outside the small disk) larger than the room left on it.
    const QString backupPath = dir.filePath(QStringLiteral("big-backup.partnerfit"));
    {
        auto big = createWorkspace(backupPath);
        REQUIRE(
            PartnerRepository(*big).addMany(bigBatch(QStringLiteral("Restored"), 400), QStringLiteral("setup")).ok());
    }
    REQUIRE(QFileInfo(backupPath).size() > 1024 * 1024);
    // The workspace on the small disk is damaged: restore moves it aside rather than backing it up.
    const QString path = mount.path() + QStringLiteral("/damaged.partnerfit");
    const QByteArray damaged(64 * 1024, 'x');
    REQUIRE(WorkspaceFiles::saveFile(path, damaged));

    QString setAside;
    const StorageStatus status = WorkspaceBackup::restore(backupPath, path, &setAside);
    INFO(status.message.toStdString());
    REQUIRE_FALSE(status.ok());
    CHECK(status.message.contains(QStringLiteral("previous file is kept")));
    CHECK(status.message.contains(QStringLiteral("disk is full")));
    // Kept means where the user left it, byte for byte, and nothing half-written beside it.
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == damaged);
    CHECK(QDir(mount.path()).entryList(QDir::Files) == QStringList{QStringLiteral("damaged.partnerfit")});
}
