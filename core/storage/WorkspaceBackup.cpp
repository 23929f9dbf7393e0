// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceBackup.h"

#include "core/storage/StorageLog.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceFiles.h"
#include "core/storage/WorkspaceProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStorageInfo>

namespace pf::core {

namespace {

QString reasonTag(WorkspaceBackup::Reason reason)
{
    switch (reason) {
    case WorkspaceBackup::Reason::Manual:
        return QStringLiteral("manual");
    case WorkspaceBackup::Reason::Daily:
        return QStringLiteral("daily");
    case WorkspaceBackup::Reason::BeforeMigration:
        return QStringLiteral("before-upgrade");
    case WorkspaceBackup::Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

bool isAutomatic(const QString &fileName)
{
    return fileName.contains(QLatin1String("-daily.")) || fileName.contains(QLatin1String("-before-upgrade."));
}

void prune(const QString &workspacePath, int keep)
{
    int automatic = 0;
    for (const QString &file : WorkspaceBackup::backups(workspacePath)) {
        if (isAutomatic(QFileInfo(file).fileName()) && ++automatic > keep) {
            qCDebug(lcStorage) << "pruning old backup" << file;
            QFile::remove(file);
        }
    }
}

} // namespace

QString WorkspaceBackup::backupDirectory(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

StorageResult<QString> WorkspaceBackup::backup(Workspace &workspace, Reason reason)
{
    const QString directory = backupDirectory(workspace.path());
    if (!WorkspaceFiles::makeOwnerOnlyDirectory(directory)) {
        return StorageResult<QString>::failure(
            StorageError::Io, QCoreApplication::translate(
                                  "pf::core::WorkspaceBackup",
                                  "Cannot create the backup folder %1. Check that there is space and that you may "
                                  "write there.")
                                  .arg(directory));
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QFileInfo info(workspace.path());
    QString target = QDir(directory).filePath(
        QStringLiteral("%1-%2-%3.%4").arg(info.completeBaseName(), stamp, reasonTag(reason), info.suffix()));
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = QDir(directory).filePath(QStringLiteral("%1-%2-%3-%4.%5")
                                              .arg(info.completeBaseName(), stamp)
                                              .arg(n)
                                              .arg(reasonTag(reason), info.suffix()));
    }
    const StorageStatus status = backupTo(workspace, target);
    if (!status.ok()) {
        return StorageResult<QString>::failure(status);
    }
    if (reason == Reason::Daily || reason == Reason::BeforeMigration) {
        prune(workspace.path(), std::max(1, workspace.options().backupsToKeep));
    }
    return StorageResult<QString>::of(target);
}

StorageStatus WorkspaceBackup::backupTo(Workspace &workspace, const QString &target)
{
    if (QFileInfo::exists(target)) {
        return StorageStatus::failure(
            StorageError::Invalid, QCoreApplication::translate("pf::core::WorkspaceBackup",
                                                               "%1 already exists. Choose another name for the backup.")
                                       .arg(target));
    }
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    {
        // VACUUM INTO accepts an empty file: create it owner-only first.
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly)) {
            return StorageStatus::failure(
                StorageError::Io,
                QCoreApplication::translate("pf::core::WorkspaceBackup", "Cannot write the backup %1: %2")
                    .arg(target, file.errorString()));
        }
        file.close();
        WorkspaceFiles::makeOwnerOnlyFile(temporary);
    }
    QSqlQuery query = workspace.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        StorageStatus status = workspace.failure(
            query, QCoreApplication::translate("pf::core::WorkspaceBackup", "write the backup %1").arg(target));
        QFile::remove(temporary);
        return status;
    }
    query.finish();
    if (!WorkspaceFiles::syncFile(temporary)) {
        QFile::remove(temporary);
        return StorageStatus::failure(
            StorageError::Io,
            QCoreApplication::translate("pf::core::WorkspaceBackup", "Cannot flush the backup %1 to disk.")
                .arg(target));
    }
    const StorageStatus verified = verify(temporary);
    if (!verified.ok()) {
        QFile::remove(temporary);
        return StorageStatus::failure(
            StorageError::Io, QCoreApplication::translate("pf::core::WorkspaceBackup",
                                                          "The backup %1 failed its check and was discarded: %2")
                                  .arg(target, verified.message));
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return StorageStatus::failure(
            StorageError::Io,
            QCoreApplication::translate("pf::core::WorkspaceBackup", "Cannot rename the backup into place at %1.")
                .arg(target));
    }
    WorkspaceFiles::syncDirectory(QFileInfo(target).absolutePath());
    qCDebug(lcStorage) << "backup written" << target;
    return StorageStatus::success();
}

QStringList WorkspaceBackup::backups(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    const QDir directory(backupDirectory(workspacePath));
    const QStringList names = directory.entryList({info.completeBaseName() + QStringLiteral("-*.") + info.suffix()},
                                                  QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names) {
        paths << directory.filePath(name);
    }
    return paths;
}

QString WorkspaceBackup::newestGoodBackup(const QString &workspacePath)
{
    for (const QString &file : backups(workspacePath)) {
        if (verify(file).ok()) {
            return file;
        }
    }
    return {};
}

StorageStatus WorkspaceBackup::verify(const QString &file)
{
    return WorkspaceProbe::probe(file, WorkspaceProbe::Check::Full, 2000).status;
}

StorageResult<QString> WorkspaceBackup::backupIfDue(Workspace &workspace)
{
    if (!workspace.options().dailyBackups || !dailyBackupDue(workspace)) {
        return StorageResult<QString>::of(QString());
    }
    return backup(workspace, Reason::Daily);
}

bool WorkspaceBackup::dailyBackupDue(const Workspace &workspace)
{
    QDateTime newest = QDateTime::fromString(workspace.setting(QStringLiteral("created_at")), Qt::ISODateWithMs);
    for (const QString &file : backups(workspace.path())) {
        if (isAutomatic(QFileInfo(file).fileName())) {
            const QDateTime modified = QFileInfo(file).lastModified();
            if (!newest.isValid() || modified > newest) {
                newest = modified;
            }
            break;
        }
    }
    return !newest.isValid() || newest.secsTo(QDateTime::currentDateTimeUtc()) >= 24 * 3600;
}

StorageStatus WorkspaceBackup::restore(const QString &backupFile, const QString &workspacePath, QString *setAside,
                                       const ProgressCallback &progress)
{
    const auto cancelled = [] {
        return StorageStatus::failure(StorageError::Cancelled,
                                      QCoreApplication::translate("pf::core::WorkspaceBackup",
                                                                  "The restore was cancelled; nothing was changed."));
    };
    if (!reportProgress(progress, 0, 3)) {
        return cancelled();
    }
    const StorageStatus verified = verify(backupFile);
    if (!verified.ok()) {
        return StorageStatus::failure(
            verified.error, QCoreApplication::translate("pf::core::WorkspaceBackup", "%1 cannot be restored: %2")
                                .arg(backupFile, verified.message));
    }
    QFile source(backupFile);
    if (!source.open(QIODevice::ReadOnly)) {
        return StorageStatus::failure(
            StorageError::Io, QCoreApplication::translate("pf::core::WorkspaceBackup", "Cannot read the backup %1: %2")
                                  .arg(backupFile, source.errorString()));
    }
    // The last point where stopping changes nothing: from here on the current file is kept aside and replaced.
    if (!reportProgress(progress, 1, 3)) {
        return cancelled();
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString movedAside;
    if (QFileInfo::exists(workspacePath)) {
        WorkspaceOptions options;
        options.dailyBackups = false;
        options.busyTimeoutMs = 1000;
        const WorkspaceProbe::Result probe = WorkspaceProbe::probe(workspacePath, WorkspaceProbe::Check::Quick, 1000);
        if (probe.status.error == StorageError::Locked) {
            return probe.status;
        }
        bool backedUp = false;
        if (probe.status.ok()) {
            // Intact: keep a verified copy; closing the last connection checkpoints and removes the WAL.
            WorkspaceOpenResult current = Workspace::open(workspacePath, options);
            if (current.ok()) {
                const auto safety = backup(*current.workspace, Reason::BeforeRestore);
                if (!safety.ok()) {
                    return safety.status;
                }
                if (setAside) {
                    *setAside = *safety.value;
                }
                backedUp = true;
            }
        }
        if (!backedUp) {
            // Damaged or foreign: move it (and its WAL) aside untouched; a stale WAL must never meet the
            // restored file.
            const QString aside = workspacePath + QStringLiteral(".set-aside-") + stamp;
            if (!QFile::rename(workspacePath, aside)) {
                return StorageStatus::failure(
                    StorageError::Io,
                    QCoreApplication::translate("pf::core::WorkspaceBackup", "Cannot move %1 aside before restoring.")
                        .arg(workspacePath));
            }
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (QFileInfo::exists(workspacePath + suffix)) {
                    QFile::rename(workspacePath + suffix, aside + suffix);
                }
            }
            if (setAside) {
                *setAside = aside;
            }
            movedAside = aside;
        }
    }
    if (QFileInfo::exists(workspacePath + QStringLiteral("-wal"))) {
        return StorageStatus::failure(
            StorageError::Locked,
            QCoreApplication::translate("pf::core::WorkspaceBackup",
                                        "%1 is still in use. Close PartnerFit everywhere it is open and restore "
                                        "again.")
                .arg(workspacePath));
    }
    reportProgress(progress, 2, 3);
    // A file moved aside goes back where it was when the restored one cannot be written: "kept" means kept.
    const auto putBack = [&movedAside, &workspacePath] {
        if (!movedAside.isEmpty() && !QFileInfo::exists(workspacePath) && QFile::rename(movedAside, workspacePath)) {
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (QFileInfo::exists(movedAside + suffix)) {
                    QFile::rename(movedAside + suffix, workspacePath + suffix);
                }
            }
        }
    };
    QSaveFile target(workspacePath);
    // QSaveFile says "Unknown error" when the disk fills up: name the cause when the backup cannot fit.
    const auto writeError = [&target, &source, &workspacePath] {
        const QStorageInfo volume(QFileInfo(workspacePath).absolutePath());
        return volume.isValid() && volume.bytesAvailable() < source.size()
                   ? QCoreApplication::translate("pf::core::WorkspaceBackup",
                                                 "the disk is full (free some space and restore again)")
                   : target.errorString();
    };
    if (!target.open(QIODevice::WriteOnly)) {
        putBack();
        return StorageStatus::failure(StorageError::Io,
                                      QCoreApplication::translate("pf::core::WorkspaceBackup", "Cannot write %1: %2")
                                          .arg(workspacePath, target.errorString()));
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            const QString why = chunk.isEmpty() ? source.errorString() : writeError();
            target.cancelWriting(); // (its error string then only says "canceled")
            putBack();
            return StorageStatus::failure(StorageError::Io,
                                          QCoreApplication::translate("pf::core::WorkspaceBackup",
                                                                      "Cannot write %1: %2. The previous file is kept.")
                                              .arg(workspacePath, why));
        }
    }
    if (!target.commit()) {
        const QString why = writeError();
        putBack();
        return StorageStatus::failure(
            StorageError::Io,
            QCoreApplication::translate("pf::core::WorkspaceBackup", "Cannot write %1: %2. The previous file is kept.")
                .arg(workspacePath, why));
    }
    WorkspaceFiles::makeOwnerOnlyFile(workspacePath);
    qCDebug(lcStorage) << "restored" << workspacePath << "from" << backupFile;
    reportProgress(progress, 3, 3);
    return StorageStatus::success();
}

} // namespace pf::core
