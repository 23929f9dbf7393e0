// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

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

} // namespace pf::core
