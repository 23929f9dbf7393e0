// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceProbe.h"

#include "core/storage/WorkspaceSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace pf::core {

namespace {

bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
}

} // namespace

WorkspaceProbe::Result WorkspaceProbe::probe(const QString &path, Check check, int busyTimeoutMs)
{
    Result result;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = StorageStatus::failure(
            StorageError::Io,
            QCoreApplication::translate("pf::core::Workspace",
                                        "Cannot read %1: %2. Check that the file exists and that you may read it.")
                .arg(path, file.errorString()));
        return result;
    }
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        result.status = StorageStatus::failure(
            StorageError::NotAWorkspace,
            QCoreApplication::translate(
                "pf::core::Workspace",
                "%1 is not a PartnerFit workspace. Choose a .partnerfit file, or create a new workspace.")
                .arg(name));
        return result;
    }

    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("pf-probe-%1").arg(counter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        auto fail = [&](const QSqlError &error) {
            if (isBusy(error)) {
                result.status = StorageStatus::failure(
                    StorageError::Locked,
                    QCoreApplication::translate("pf::core::Workspace",
                                                "%1 is locked by another program. Close PartnerFit (or the other "
                                                "program using the file) elsewhere and try again.")
                        .arg(name));
            } else {
                result.status = StorageStatus::failure(
                    StorageError::Corrupt,
                    QCoreApplication::translate("pf::core::Workspace",
                                                "%1 is damaged and cannot be read (%2). It was not changed; restore "
                                                "it from a backup.")
                        .arg(name, error.databaseText()));
            }
        };
        if (!db.open()) {
            fail(db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
                fail(query.lastError());
            } else {
                const qint64 applicationId = query.value(0).toLongLong();
                query.finish();
                query.exec(QStringLiteral("PRAGMA user_version"));
                query.next();
                result.schemaVersion = query.value(0).toInt();
                query.finish();
                if (applicationId != WorkspaceSchema::applicationId) {
                    result.status = StorageStatus::failure(
                        StorageError::NotAWorkspace,
                        QCoreApplication::translate("pf::core::Workspace",
                                                    "%1 is a database, but not a PartnerFit workspace. Choose a "
                                                    ".partnerfit file, or create a new workspace.")
                            .arg(name));
                } else if (result.schemaVersion > WorkspaceSchema::currentVersion) {
                    result.status = StorageStatus::failure(
                        StorageError::NewerVersion,
                        QCoreApplication::translate(
                            "pf::core::Workspace",
                            "%1 was saved by a newer PartnerFit (workspace format %2; this version reads up to %3). "
                            "Update PartnerFit to open it.")
                            .arg(name)
                            .arg(result.schemaVersion)
                            .arg(WorkspaceSchema::currentVersion));
                } else if (check != Check::None) {
                    const QString sql = check == Check::Full ? QStringLiteral("PRAGMA integrity_check")
                                                             : QStringLiteral("PRAGMA quick_check");
                    if (!query.exec(sql)) {
                        fail(query.lastError());
                    } else {
                        QStringList problems;
                        while (query.next()) {
                            const QString line = query.value(0).toString();
                            if (line != QLatin1String("ok")) {
                                problems << line;
                            }
                        }
                        if (query.lastError().isValid()) {
                            fail(query.lastError());
                        } else if (!problems.isEmpty()) {
                            result.status = StorageStatus::failure(
                                StorageError::Corrupt,
                                QCoreApplication::translate(
                                    "pf::core::Workspace",
                                    "%1 is damaged (%2). It was not changed; restore it from a backup.")
                                    .arg(name, problems.first()));
                        }
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace pf::core
