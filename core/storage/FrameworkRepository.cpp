// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkRepository.h"

#include "core/storage/ProfileTables.h"
#include "core/storage/StorageCodec.h"
#include "core/storage/Workspace.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pf::core {

namespace {

FrameworkRecord readRecord(const QSqlQuery &query)
{
    FrameworkRecord record;
    record.id = query.value(0).toLongLong();
    record.key = query.value(1).toString();
    record.version = query.value(2).toInt();
    record.name = query.value(3).toString();
    record.definition = query.value(4).toString().toUtf8();
    record.frozen = query.value(5).toInt() != 0;
    return record;
}

const QString select = QStringLiteral("SELECT id, framework_key, version, name, definition, frozen FROM framework ");

} // namespace

FrameworkRepository::FrameworkRepository(Workspace &workspace) : m_workspace(workspace)
{}

StorageResult<QList<FrameworkRecord>> FrameworkRepository::list() const
{
    QSqlQuery query = m_workspace.prepare(select + QStringLiteral("ORDER BY framework_key, version"));
    if (!query.exec()) {
        return StorageResult<QList<FrameworkRecord>>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::FrameworkRepository", "read the frameworks")));
    }
    QList<FrameworkRecord> records;
    while (query.next()) {
        records << readRecord(query);
    }
    return StorageResult<QList<FrameworkRecord>>::of(records);
}

StorageResult<FrameworkRecord> FrameworkRepository::get(qint64 id) const
{
    QSqlQuery query = m_workspace.prepare(select + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return StorageResult<FrameworkRecord>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::FrameworkRepository", "read a framework")));
    }
    if (!query.next()) {
        return StorageResult<FrameworkRecord>::failure(
            StorageError::NotFound,
            QCoreApplication::translate("pf::core::FrameworkRepository", "The framework does not exist."));
    }
    return StorageResult<FrameworkRecord>::of(readRecord(query));
}

StorageResult<FrameworkRecord> FrameworkRepository::find(const QString &key, int version) const
{
    QSqlQuery query = m_workspace.prepare(select + QStringLiteral("WHERE framework_key = ? AND version = ?"));
    query.addBindValue(key);
    query.addBindValue(version);
    if (!query.exec()) {
        return StorageResult<FrameworkRecord>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::FrameworkRepository", "read a framework")));
    }
    if (!query.next()) {
        return StorageResult<FrameworkRecord>::failure(
            StorageError::NotFound, QCoreApplication::translate("pf::core::FrameworkRepository",
                                                                "The framework %1 version %2 is not in this workspace.")
                                        .arg(key)
                                        .arg(version));
    }
    return StorageResult<FrameworkRecord>::of(readRecord(query));
}

StorageResult<qint64> FrameworkRepository::ensure(const FrameworkRecord &record)
{
    auto existing = find(record.key, record.version);
    if (existing.ok()) {
        if (existing.value->definition != record.definition) {
            return StorageResult<qint64>::failure(
                StorageError::Invalid,
                QCoreApplication::translate("pf::core::FrameworkRepository",
                                            "The workspace already has a different framework %1 version %2. Give the "
                                            "edited framework a new version number.")
                    .arg(record.key)
                    .arg(record.version));
        }
        return StorageResult<qint64>::of(existing.value->id);
    }
    return add(record);
}

StorageResult<qint64> FrameworkRepository::add(const FrameworkRecord &record)
{
    if (record.key.isEmpty() || record.version < 1) {
        return StorageResult<qint64>::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::FrameworkRepository", "A framework needs a key and a version."));
    }
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<qint64>::failure(transaction.status());
    }
    QSqlQuery query = m_workspace.prepare(QStringLiteral(
        "INSERT INTO framework (framework_key, version, name, definition, frozen) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(record.key);
    query.addBindValue(record.version);
    query.addBindValue(StorageCodec::text(record.name));
    query.addBindValue(QString::fromUtf8(record.definition));
    query.addBindValue(record.frozen ? 1 : 0);
    if (!query.exec()) {
        return StorageResult<qint64>::failure(m_workspace.failure(
            query,
            QCoreApplication::translate("pf::core::FrameworkRepository", "add the framework %1").arg(record.key)));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    StorageStatus status = m_workspace.audit(QStringLiteral("create"), QStringLiteral("framework"), id,
                                             QStringLiteral("%1 v%2").arg(record.key).arg(record.version));
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<qint64>::of(id) : StorageResult<qint64>::failure(status);
}

StorageStatus FrameworkRepository::updateDefinition(qint64 id, const QByteArray &definition)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    QSqlQuery query =
        m_workspace.prepare(QStringLiteral("UPDATE framework SET definition = ? WHERE id = ? AND frozen = 0"));
    query.addBindValue(QString::fromUtf8(definition));
    query.addBindValue(id);
    if (!query.exec()) {
        return m_workspace.failure(query,
                                   QCoreApplication::translate("pf::core::FrameworkRepository", "save the framework"));
    }
    if (query.numRowsAffected() != 1) {
        return StorageStatus::failure(
            StorageError::Immutable,
            QCoreApplication::translate("pf::core::FrameworkRepository",
                                        "This framework version is used by a finalised assessment and can no longer "
                                        "change. Copy it to a new version and edit that."));
    }
    StorageStatus status = m_workspace.audit(QStringLiteral("update"), QStringLiteral("framework"), id);
    return status.ok() ? transaction.commit() : status;
}

StorageStatus FrameworkRepository::freeze(qint64 id)
{
    return ProfileTables::exec(m_workspace, QStringLiteral("UPDATE framework SET frozen = 1 WHERE id = ?"), {id},
                               QCoreApplication::translate("pf::core::FrameworkRepository", "freeze the framework"));
}

} // namespace pf::core
