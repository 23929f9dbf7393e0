// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "core/storage/StorageCodec.h"
#include "core/storage/StorageLog.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceFiles.h"
#include "core/storage/WorkspaceLocation.h"
#include "core/storage/WorkspaceProbe.h"
#include "core/storage/WorkspaceSchema.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <atomic>
#include <iterator>
#include <utility>

namespace pf::core {

namespace {

StorageStatus checkLocation(const QString &path, const WorkspaceOptions &options, bool mustExist)
{
    const QFileInfo info(path);
    const QString directory = info.absolutePath();
    const QByteArray type =
        options.fileSystemType ? options.fileSystemType(directory) : WorkspaceFiles::fileSystemType(directory);
    if (WorkspaceFiles::isNetworkFileSystem(type)) {
        return StorageStatus::failure(
            StorageError::NetworkShare,
            QCoreApplication::translate(
                "pf::core::Workspace",
                "%1 is on a network share (%2), where the file cannot be locked safely and could be damaged. Copy "
                "it to a folder on this computer and open it there.")
                .arg(path, QString::fromLatin1(type)));
    }
    if (!WorkspaceFiles::isWritable(directory) || (mustExist && !WorkspaceFiles::isWritable(path))) {
        return StorageStatus::failure(
            StorageError::ReadOnlyLocation,
            QCoreApplication::translate("pf::core::Workspace",
                                        "%1 is in a read-only location, so changes could not be saved. Copy it to "
                                        "a folder you can write to and open it there.")
                .arg(path));
    }
    return StorageStatus::success();
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pf-workspace-%1").arg(counter.fetch_add(1));
}

/// Sets the pragmas every read-write connection runs with. The statements cannot take bound values.
StorageStatus configure(QSqlDatabase &db, const WorkspaceOptions &options)
{
    QSqlQuery query(db);
    const QString statements[] = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
            return StorageStatus::failure(
                code == 5 || code == 6 ? StorageError::Locked : StorageError::Io,
                QCoreApplication::translate("pf::core::Workspace",
                                            "Cannot prepare the workspace for use: %1. Close other programs "
                                            "using it and try again.")
                    .arg(query.lastError().databaseText()));
        }
        if (sql.contains(QLatin1String("journal_mode")) &&
            (!query.next() || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)) {
            return StorageStatus::failure(
                StorageError::Locked,
                QCoreApplication::translate("pf::core::Workspace",
                                            "Cannot switch the workspace to write-ahead logging; another program may "
                                            "be using it. Close it and try again."));
        }
        query.finish();
    }
    return StorageStatus::success();
}

StorageStatus runMigration(QSqlDatabase &db, int toVersion)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return StorageStatus::failure(
            StorageError::Locked, QCoreApplication::translate("pf::core::Workspace", "Cannot upgrade the workspace: %1")
                                      .arg(query.lastError().databaseText()));
    }
    QStringList statements = WorkspaceSchema::migrationStatements(toVersion);
    statements << QStringLiteral("PRAGMA user_version = %1").arg(toVersion);
    if (toVersion == 1) {
        statements << QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceSchema::applicationId);
    }
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            const QString message = query.lastError().databaseText();
            query.exec(QStringLiteral("ROLLBACK"));
            return StorageStatus::failure(
                StorageError::Io,
                QCoreApplication::translate("pf::core::Workspace",
                                            "Upgrading the workspace to format %1 failed (%2); it was left as it "
                                            "was.")
                    .arg(toVersion)
                    .arg(message));
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString message = query.lastError().databaseText();
        query.exec(QStringLiteral("ROLLBACK"));
        return StorageStatus::failure(
            StorageError::Io,
            QCoreApplication::translate("pf::core::Workspace", "Upgrading the workspace to format %1 failed (%2); it "
                                                               "was left as it was.")
                .arg(toVersion)
                .arg(message));
    }
    qCDebug(lcStorage) << "migrated workspace to schema" << toVersion;
    return StorageStatus::success();
}

} // namespace

/** What the background quick_check found; written by its thread, read after it finished. */
struct Workspace::DeferredCheck
{
    StorageStatus status;
    QString suggestedBackup;
    bool reported = false;
};

Workspace::Workspace(QString path, QString connectionName, WorkspaceOptions options)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_options(std::move(options))
{}

Workspace::~Workspace()
{
    if (m_checkThread) {
        m_checkThread->wait();
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

WorkspaceOpenResult Workspace::open(const QString &path, const WorkspaceOptions &options)
{
    WorkspaceOpenResult result;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        result.status = StorageStatus::failure(
            StorageError::NotFound,
            QCoreApplication::translate("pf::core::Workspace",
                                        "There is no workspace at %1. Check the path, or create a new workspace there.")
                .arg(path));
        return result;
    }
    if (info.isDir()) {
        result.status = StorageStatus::failure(
            StorageError::NotAWorkspace,
            QCoreApplication::translate("pf::core::Workspace", "%1 is a folder, not a PartnerFit workspace file.")
                .arg(path));
        return result;
    }
    result.status = checkLocation(path, options, true);
    if (!result.status.ok()) {
        return result;
    }
    // Closing a read-write connection checkpoints its write-ahead log into the file: with a log left behind (a
    // crash, another program using the file), the check must come first, or a damaged file could be written to.
    bool deferCheck = options.deferQuickCheck && QFileInfo(path + QStringLiteral("-wal")).size() == 0;
    WorkspaceProbe::Result probe = WorkspaceProbe::probe(
        path, deferCheck ? WorkspaceProbe::Check::None : WorkspaceProbe::Check::Quick, options.busyTimeoutMs);
    if (probe.status.ok() && deferCheck && probe.schemaVersion < WorkspaceSchema::currentVersion) {
        // An upgrade writes to the file: check it first.
        deferCheck = false;
        probe = WorkspaceProbe::probe(path, WorkspaceProbe::Check::Quick, options.busyTimeoutMs);
    }
    if (!probe.status.ok()) {
        result.status = probe.status;
        if (probe.status.error == StorageError::Corrupt) {
            result.suggestedBackup = WorkspaceBackup::newestGoodBackup(path);
            if (!result.suggestedBackup.isEmpty()) {
                result.status.message += QLatin1Char(' ') + QCoreApplication::translate("pf::core::Workspace",
                                                                                        "The newest good backup is %1.")
                                                                .arg(result.suggestedBackup);
            }
        }
        return result;
    }

    const QString connection = newConnectionName();
    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), connection, options));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            result.status = StorageStatus::failure(
                StorageError::Io, QCoreApplication::translate("pf::core::Workspace", "Cannot open %1: %2")
                                      .arg(path, db.lastError().databaseText()));
            return result;
        }
        result.status = configure(db, options);
        if (!result.status.ok()) {
            return result;
        }
        if (probe.schemaVersion < WorkspaceSchema::currentVersion) {
            const auto backup = WorkspaceBackup::backup(*workspace, WorkspaceBackup::Reason::BeforeMigration);
            if (!backup.ok()) {
                result.status = StorageStatus::failure(
                    backup.status.error,
                    QCoreApplication::translate("pf::core::Workspace",
                                                "The workspace needs an upgrade, but the backup made before upgrading "
                                                "failed, so nothing was changed: %1")
                        .arg(backup.status.message));
                return result;
            }
            result.backupMade = *backup.value;
            for (int version = probe.schemaVersion + 1; version <= WorkspaceSchema::currentVersion; ++version) {
                result.status = runMigration(db, version);
                if (!result.status.ok()) {
                    result.status.message +=
                        QLatin1Char(' ') +
                        QCoreApplication::translate("pf::core::Workspace", "A backup from before the upgrade is at %1.")
                            .arg(result.backupMade);
                    return result;
                }
            }
            result.migratedFrom = probe.schemaVersion;
        }
    }
    if (deferCheck) {
        // The daily backup follows the check (a damaged file must not replace a good backup).
        workspace->startDeferredCheck();
    } else if (result.backupMade.isEmpty()) {
        const auto backup = WorkspaceBackup::backupIfDue(*workspace);
        if (backup.ok()) {
            result.backupMade = *backup.value;
        } else {
            // The workspace itself is fine; a failed daily backup must not keep the user out.
            qCWarning(lcStorage) << "daily backup failed:" << backup.status.message;
        }
    }
    result.workspace = std::move(workspace);
    return result;
}

WorkspaceOpenResult Workspace::create(const QString &path, const WorkspaceOptions &options)
{
    WorkspaceOpenResult result;
    const QFileInfo info(path);
    if (path.isEmpty() || info.exists()) {
        result.status = StorageStatus::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::Workspace",
                                        "%1 already exists. Open it, or choose another name for the new workspace.")
                .arg(path));
        return result;
    }
    if (!info.absoluteDir().exists()) {
        result.status = StorageStatus::failure(
            StorageError::NotFound,
            QCoreApplication::translate("pf::core::Workspace",
                                        "The folder %1 does not exist. Create it first or choose another folder.")
                .arg(info.absolutePath()));
        return result;
    }
    result.status = checkLocation(path, options, false);
    if (!result.status.ok()) {
        return result;
    }
    // Build the workspace under a temporary name and rename it into place, so a crash never leaves
    // a half-created file under the real name.
    const QString temporary = info.absoluteFilePath() + QStringLiteral(".creating");
    QFile::remove(temporary);
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly)) {
            result.status = StorageStatus::failure(
                StorageError::Io, QCoreApplication::translate("pf::core::Workspace", "Cannot create %1: %2")
                                      .arg(path, file.errorString()));
            return result;
        }
        file.close();
        WorkspaceFiles::makeOwnerOnlyFile(temporary);
    }
    const QString connection = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(temporary);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (db.open()) {
            result.status = configure(db, options);
            for (int version = 1; result.status.ok() && version <= WorkspaceSchema::currentVersion; ++version) {
                result.status = runMigration(db, version);
            }
            if (result.status.ok()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("INSERT INTO workspace_setting (key, value) VALUES (?, ?)"));
                query.addBindValue(QStringLiteral("created_at"));
                query.addBindValue(WorkspaceFiles::nowUtc());
                if (!query.exec()) {
                    result.status = StorageStatus::failure(
                        StorageError::Io, QCoreApplication::translate("pf::core::Workspace", "Cannot create %1: %2")
                                              .arg(path, query.lastError().databaseText()));
                }
            }
            db.close();
        } else {
            result.status = StorageStatus::failure(
                StorageError::Io, QCoreApplication::translate("pf::core::Workspace", "Cannot create %1: %2")
                                      .arg(path, db.lastError().databaseText()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (result.status.ok() && (!WorkspaceFiles::syncFile(temporary) || !QFile::rename(temporary, path))) {
        result.status = StorageStatus::failure(
            StorageError::Io, QCoreApplication::translate("pf::core::Workspace", "Cannot create %1.").arg(path));
    }
    if (!result.status.ok()) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-wal"));
        QFile::remove(temporary + QStringLiteral("-shm"));
        return result;
    }
    WorkspaceFiles::syncDirectory(info.absolutePath());
    qCDebug(lcStorage) << "created workspace" << path;
    return open(path, options);
}

WorkspaceOpenResult Workspace::openDefault(const WorkspaceOptions &options)
{
    const QString directory = WorkspaceLocation::defaultDirectory();
    if (!WorkspaceFiles::makeOwnerOnlyDirectory(directory)) {
        WorkspaceOpenResult result;
        result.status = StorageStatus::failure(
            StorageError::Io,
            QCoreApplication::translate(
                "pf::core::Workspace",
                "Cannot create the folder %1 for the default workspace. Check the permissions of its parent folder.")
                .arg(directory));
        return result;
    }
    const QString path = WorkspaceLocation::defaultWorkspacePath();
    if (QFileInfo::exists(path)) {
        return open(path, options);
    }
    return create(path, options);
}

void Workspace::startDeferredCheck()
{
    m_check = std::make_shared<DeferredCheck>();
    // The thread has its own read-only connection (WorkspaceProbe); it writes only to its DeferredCheck.
    m_checkThread.reset(QThread::create([check = m_check, path = m_path, timeout = m_options.busyTimeoutMs] {
        check->status = WorkspaceProbe::probe(path, WorkspaceProbe::Check::Quick, timeout).status;
        if (check->status.error == StorageError::Corrupt) {
            check->suggestedBackup = WorkspaceBackup::newestGoodBackup(path);
            if (!check->suggestedBackup.isEmpty()) {
                check->status.message += QLatin1Char(' ') + QCoreApplication::translate("pf::core::Workspace",
                                                                                        "The newest good backup is %1.")
                                                                .arg(check->suggestedBackup);
            }
        }
    }));
    // finished is emitted in the check's thread: the slot runs in this object's thread, from the event loop.
    connect(m_checkThread.get(), &QThread::finished, this, &Workspace::deferredCheckDone);
    m_checkThread->start(QThread::LowPriority);
}

bool Workspace::isCheckPending() const
{
    return m_checkThread && !m_checkThread->isFinished();
}

StorageStatus Workspace::waitForCheck()
{
    if (!m_checkThread) {
        return StorageStatus::success();
    }
    m_checkThread->wait();
    return m_check->status;
}

void Workspace::deferredCheckDone()
{
    const StorageStatus status = waitForCheck();
    if (m_check->reported) {
        return;
    }
    m_check->reported = true;
    if (status.ok()) {
        const auto backup = WorkspaceBackup::backupIfDue(*this);
        if (!backup.ok()) {
            qCWarning(lcStorage) << "daily backup failed:" << backup.status.message;
        }
    } else {
        qCWarning(lcStorage) << "deferred check refused" << m_path << ":" << status.message;
    }
    Q_EMIT checkFinished(status, m_check->suggestedBackup);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::actor() const
{
    return m_options.actorName.isEmpty() ? osUser() : m_options.actorName;
}

QString Workspace::osUser()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QStringLiteral("unknown");
}

StorageStatus Workspace::check(QStringList *problems, const ProgressCallback &progress) const
{
    QStringList found;
    QSqlQuery query(database());
    auto collect = [&](const QString &sql, const QString &label) {
        if (!query.exec(sql)) {
            found << QCoreApplication::translate("pf::core::Workspace", "%1 could not run: %2")
                         .arg(label, query.lastError().databaseText());
            return;
        }
        while (query.next()) {
            const QString first = query.value(0).toString();
            if (label == QLatin1String("integrity_check") && first == QLatin1String("ok")) {
                continue;
            }
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i) {
                values << query.value(i).toString();
            }
            found << QStringLiteral("%1: %2").arg(label, values.join(QLatin1Char(' ')));
        }
        query.finish();
    };
    const std::pair<QString, QString> checks[] = {
        {QStringLiteral("PRAGMA integrity_check"), QStringLiteral("integrity_check")},
        {QStringLiteral("PRAGMA foreign_key_check"), QStringLiteral("foreign_key_check")},
        {QStringLiteral("SELECT series_id FROM assessment GROUP BY series_id HAVING SUM(is_current) <> 1"),
         QStringLiteral("assessment without exactly one current version")},
        {QStringLiteral("SELECT a.id FROM assessment a LEFT JOIN score_cache s ON s.assessment_id = a.id "
                        "WHERE a.status = 'finalised' AND s.assessment_id IS NULL"),
         QStringLiteral("finalised assessment without stored scores")},
        {QStringLiteral("SELECT id FROM assessment WHERE status = 'draft' AND is_current = 0"),
         QStringLiteral("superseded draft")},
    };
    const qint64 total = std::size(checks);
    qint64 done = 0;
    for (const auto &[sql, label] : checks) {
        if (!reportProgress(progress, done++, total)) {
            return StorageStatus::failure(
                StorageError::Cancelled,
                QCoreApplication::translate("pf::core::Workspace", "The workspace check was cancelled."));
        }
        collect(sql, label);
    }
    reportProgress(progress, total, total);
    if (problems) {
        *problems = found;
    }
    if (found.isEmpty()) {
        return StorageStatus::success();
    }
    return StorageStatus::failure(
        StorageError::Corrupt,
        QCoreApplication::translate("pf::core::Workspace",
                                    "The workspace check found problems: %1. Restore a backup if the data is wrong.")
            .arg(found.size()));
}

StorageStatus Workspace::audit(const QString &action, const QString &entity, qint64 entityId, const QString &detail)
{
    Q_ASSERT(inTransaction());
    QSqlQuery query = prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(WorkspaceFiles::nowUtc());
    query.addBindValue(actor());
    query.addBindValue(action);
    query.addBindValue(entity);
    query.addBindValue(entityId > 0 ? QVariant(entityId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(StorageCodec::text(detail));
    if (!query.exec()) {
        return failure(query, QCoreApplication::translate("pf::core::Workspace", "record the change in the audit log"));
    }
    return StorageStatus::success();
}

StorageStatus Workspace::failure(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString cause = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCWarning(lcStorage) << "failed to" << what << ":" << cause << "code" << code;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageStatus::failure(
            StorageError::Locked,
            QCoreApplication::translate("pf::core::Workspace",
                                        "Could not %1: another program is changing the workspace. Try again in a "
                                        "moment.")
                .arg(what));
    case 13: // SQLITE_FULL
        return StorageStatus::failure(
            StorageError::Io, QCoreApplication::translate("pf::core::Workspace",
                                                          "Could not %1: the disk is full. Free some space and try "
                                                          "again; nothing was changed.")
                                  .arg(what));
    case 8: // SQLITE_READONLY
        return StorageStatus::failure(
            StorageError::ReadOnlyLocation,
            QCoreApplication::translate("pf::core::Workspace",
                                        "Could not %1: the workspace is read-only. Nothing was changed.")
                .arg(what));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageStatus::failure(
            StorageError::Corrupt,
            QCoreApplication::translate("pf::core::Workspace",
                                        "Could not %1: the workspace is damaged (%2). Restore it from a backup.")
                .arg(what, cause));
    case 19: // SQLITE_CONSTRAINT
        return StorageStatus::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::Workspace", "Could not %1: %2").arg(what, cause));
    default:
        return StorageStatus::failure(
            StorageError::Io,
            QCoreApplication::translate("pf::core::Workspace", "Could not %1: %2. Nothing was changed.")
                .arg(what, cause));
    }
}

QSqlQuery Workspace::prepare(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.prepare(sql)) {
        qCWarning(lcStorage) << "cannot prepare" << sql << query.lastError().text();
    }
    return query;
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query = prepare(QStringLiteral("SELECT value FROM workspace_setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return fallback;
}

QMap<QString, QString> Workspace::settings() const
{
    QMap<QString, QString> values;
    QSqlQuery query = prepare(QStringLiteral("SELECT key, value FROM workspace_setting"));
    if (query.exec()) {
        while (query.next()) {
            values.insert(query.value(0).toString(), query.value(1).toString());
        }
    }
    return values;
}

StorageStatus Workspace::setSetting(const QString &key, const QString &value)
{
    QSqlQuery remove = prepare(QStringLiteral("DELETE FROM workspace_setting WHERE key = ?"));
    remove.addBindValue(key);
    if (!remove.exec()) {
        return failure(remove, QCoreApplication::translate("pf::core::Workspace", "save a setting"));
    }
    QSqlQuery insert = prepare(QStringLiteral("INSERT INTO workspace_setting (key, value) VALUES (?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(StorageCodec::text(value));
    if (!insert.exec()) {
        return failure(insert, QCoreApplication::translate("pf::core::Workspace", "save a setting"));
    }
    return StorageStatus::success();
}

void Workspace::committed()
{
    ++m_revision;
    Q_EMIT changed();
}

} // namespace pf::core
