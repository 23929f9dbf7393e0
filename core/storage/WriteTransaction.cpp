// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteTransaction.h"

#include "core/storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pf::core {

WriteTransaction::WriteTransaction(Workspace &workspace) : m_workspace(workspace)
{
    if (m_workspace.m_transactionDepth == 0) {
        // Nothing is stored in a file that has not passed its check (see WorkspaceOptions::deferQuickCheck).
        const StorageStatus checked = m_workspace.waitForCheck();
        if (!checked.ok()) {
            m_status = checked;
            return;
        }
        // Qt's transaction() would issue a deferred BEGIN, which can fail half-way with SQLITE_BUSY.
        QSqlQuery query(m_workspace.database());
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_status = m_workspace.failure(query, QCoreApplication::translate("pf::core::Workspace", "start a change"));
            return;
        }
        m_workspace.m_rollbackOnly = false;
    }
    ++m_workspace.m_transactionDepth;
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        rollback();
    }
}

StorageStatus WriteTransaction::commit()
{
    if (!m_active) {
        return m_status.ok() ? StorageStatus::failure(StorageError::Invalid,
                                                      QCoreApplication::translate("pf::core::Workspace",
                                                                                  "The change was already finished."))
                             : m_status;
    }
    m_active = false;
    if (--m_workspace.m_transactionDepth > 0) {
        return StorageStatus::success();
    }
    QSqlQuery query(m_workspace.database());
    if (m_workspace.m_rollbackOnly) {
        query.exec(QStringLiteral("ROLLBACK"));
        return StorageStatus::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::Workspace", "The change was cancelled; nothing was saved."));
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const StorageStatus status =
            m_workspace.failure(query, QCoreApplication::translate("pf::core::Workspace", "save the change"));
        QSqlQuery rollback(m_workspace.database());
        rollback.exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    m_workspace.committed();
    return StorageStatus::success();
}

void WriteTransaction::rollback()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    if (--m_workspace.m_transactionDepth > 0) {
        m_workspace.m_rollbackOnly = true;
        return;
    }
    QSqlQuery query(m_workspace.database());
    query.exec(QStringLiteral("ROLLBACK"));
}

} // namespace pf::core
