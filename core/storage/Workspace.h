// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Progress.h"
#include "core/storage/StorageStatus.h"
#include "core/storage/WorkspaceOptions.h"

#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSqlQuery;
class QThread;

namespace pf::core {

class Workspace;

/** What opening or creating a workspace gave: the workspace, or a refusal with its message. */
struct WorkspaceOpenResult
{
    std::unique_ptr<Workspace> workspace;
    StorageStatus status;
    /// For a corrupt workspace: the newest backup that passed its integrity check (empty when none).
    QString suggestedBackup;
    /// The schema version the file had before it was migrated (0 when no migration ran).
    int migratedFrom = 0;
    /// The backup made before migrating or before the daily backup (empty when none was made).
    QString backupMade;

    bool ok() const { return workspace != nullptr; }
};

/**
 * One open workspace file: a SQLite database with PartnerFit's application id and schema.
 *
 * Opening checks the file without modifying it (header, application id, schema version, quick_check, location)
 * and refuses anything doubtful. Writes go through WriteTransaction (BEGIN IMMEDIATE); every committed change
 * raises revision() and emits changed().
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    ~Workspace() override;

    /// Opens an existing workspace; migrates an older schema after backing it up.
    static WorkspaceOpenResult open(const QString &path, const WorkspaceOptions &options = {});
    /// Creates a new, empty workspace at @p path (which must not exist), owner-only, and opens it.
    static WorkspaceOpenResult create(const QString &path, const WorkspaceOptions &options = {});
    /// Opens the default workspace (WorkspaceLocation), creating its folder (0700) and file (0600) when absent.
    static WorkspaceOpenResult openDefault(const WorkspaceOptions &options = {});

    QString path() const { return m_path; }
    const WorkspaceOptions &options() const { return m_options; }
    /// The connection; valid in the thread that opened the workspace.
    QSqlDatabase database() const;
    /// Who the audit log records: the configured name, else the operating-system user.
    QString actor() const;
    /// Number of changes committed through this object; the GUI may compare it to refresh views.
    quint64 revision() const { return m_revision; }

    /// The outcome of a deferred quick_check (WorkspaceOptions::deferQuickCheck), waiting for it while it runs:
    /// success when it passed or when the check ran while opening; the refusal (as opening would have given it)
    /// when the file is damaged. WriteTransaction calls it before every write.
    StorageStatus waitForCheck();
    /// Whether a deferred quick_check is still running.
    bool isCheckPending() const;

    /// Runs integrity_check, foreign_key_check and PartnerFit's own invariants; @p problems lists what is wrong.
    /// @p progress hears each of the checks; returning false stops them (StorageError::Cancelled).
    StorageStatus check(QStringList *problems = nullptr, const ProgressCallback &progress = {}) const;

    /// The operating-system user name.
    static QString osUser();

    // For repositories and WriteTransaction.
    bool inTransaction() const { return m_transactionDepth > 0; }
    /// Appends an audit entry; must be called inside a WriteTransaction.
    StorageStatus audit(const QString &action, const QString &entity, qint64 entityId, const QString &detail = {});
    /// Turns a failed query into a status with a message naming @p what and the cause.
    StorageStatus failure(const QSqlQuery &query, const QString &what) const;
    /// Prepares @p sql on this workspace's connection.
    QSqlQuery prepare(const QString &sql) const;
    /// Reads a workspace setting.
    QString setting(const QString &key, const QString &fallback = {}) const;
    /// Every workspace setting (key -> value).
    QMap<QString, QString> settings() const;
    /// Writes a workspace setting (inside a WriteTransaction).
    StorageStatus setSetting(const QString &key, const QString &value);

Q_SIGNALS:
    /// Emitted after a write transaction committed.
    void changed();
    /// A deferred quick_check finished (emitted from the event loop, once): @p status is the refusal when the file
    /// is damaged, with @p suggestedBackup the newest backup that passed its check (empty when none).
    void checkFinished(const pf::core::StorageStatus &status, const QString &suggestedBackup);

private:
    friend class WriteTransaction;
    Workspace(QString path, QString connectionName, WorkspaceOptions options);
    void committed();
    void startDeferredCheck();
    void deferredCheckDone();
    struct DeferredCheck;

    QString m_path;
    QString m_connectionName;
    WorkspaceOptions m_options;
    quint64 m_revision = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    std::unique_ptr<QThread> m_checkThread;
    std::shared_ptr<DeferredCheck> m_check;
};

} // namespace pf::core
