// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "core/storage/StorageCodec.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pf::core {

AuditLog::AuditLog(Workspace &workspace) : m_workspace(workspace)
{}

StorageResult<QList<AuditEntry>> AuditLog::entries(const QString &entity, qint64 entityId) const
{
    QString sql = QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log");
    if (!entity.isEmpty()) {
        sql +=
            entityId > 0 ? QStringLiteral(" WHERE entity = ? AND entity_id = ?") : QStringLiteral(" WHERE entity = ?");
    }
    QSqlQuery query = m_workspace.prepare(sql + QStringLiteral(" ORDER BY id"));
    if (!entity.isEmpty()) {
        query.addBindValue(entity);
        if (entityId > 0) {
            query.addBindValue(entityId);
        }
    }
    if (!query.exec()) {
        return StorageResult<QList<AuditEntry>>::failure(
            m_workspace.failure(query, QCoreApplication::translate("pf::core::AuditLog", "read the audit log")));
    }
    QList<AuditEntry> entries;
    while (query.next()) {
        entries << AuditEntry{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString(),   query.value(4).toString(), query.value(5).toLongLong(),
                              query.value(6).toString()};
    }
    return StorageResult<QList<AuditEntry>>::of(entries);
}

qint64 AuditLog::lastId() const
{
    QSqlQuery query = m_workspace.prepare(QStringLiteral("SELECT MAX(id) FROM audit_log"));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

StorageStatus AuditLog::replaceAfter(qint64 afterId, const QList<AuditEntry> &entries)
{
    Q_ASSERT(m_workspace.inTransaction());
    const QString what = QCoreApplication::translate("pf::core::AuditLog", "import the audit log");
    QSqlQuery remove = m_workspace.prepare(QStringLiteral("DELETE FROM audit_log WHERE id > ?"));
    remove.addBindValue(afterId);
    if (!remove.exec()) {
        return m_workspace.failure(remove, what);
    }
    QSqlQuery insert = m_workspace.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const AuditEntry &entry : entries) {
        insert.addBindValue(StorageCodec::text(entry.at));
        insert.addBindValue(StorageCodec::text(entry.actor));
        insert.addBindValue(StorageCodec::text(entry.action));
        insert.addBindValue(StorageCodec::text(entry.entity));
        insert.addBindValue(entry.entityId > 0 ? QVariant(entry.entityId) : QVariant(QMetaType::fromType<qint64>()));
        insert.addBindValue(StorageCodec::text(entry.detail));
        if (!insert.exec()) {
            return m_workspace.failure(insert, what);
        }
    }
    return StorageStatus::success();
}

} // namespace pf::core
