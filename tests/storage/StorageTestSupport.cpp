// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"

#include "support/CatchCompat.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#endif

namespace pf::test {

core::WorkspaceOptions testOptions()
{
    core::WorkspaceOptions options;
    options.busyTimeoutMs = 200;
    options.dailyBackups = false;
    options.actorName = QStringLiteral("tester");
    return options;
}

std::unique_ptr<core::Workspace> createWorkspace(const QString &path, const core::WorkspaceOptions &options)
{
    auto result = core::Workspace::create(path, options);
    INFO(result.status.message.toStdString());
    REQUIRE(result.ok());
    return std::move(result.workspace);
}

QString rawExec(const QString &path, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-test"));
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &sql : statements) {
                if (!query.exec(sql)) {
                    error = query.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-test"));
    return error;
}

QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-test"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                value = query.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-test"));
    return value;
}

} // namespace pf::test

namespace pf::test {

TmpfsMount::TmpfsMount(const QString &directory, int sizeKiB) : m_directory(directory)
{
    QDir().mkpath(directory);
#ifdef Q_OS_LINUX
    const QByteArray options = "size=" + QByteArray::number(sizeKiB) + "k";
    if (::mount("tmpfs", QFile::encodeName(directory).constData(), "tmpfs", 0, options.constData()) == 0) {
        m_mounted = true;
    } else {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
#else
    Q_UNUSED(sizeKiB);
    m_error = QStringLiteral("tmpfs mounts are only available on Linux");
#endif
}

TmpfsMount::~TmpfsMount()
{
#ifdef Q_OS_LINUX
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_directory).constData(), MNT_DETACH);
    }
#endif
}

bool TmpfsMount::remountReadOnly()
{
#ifdef Q_OS_LINUX
    return ::mount("tmpfs", QFile::encodeName(m_directory).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
#else
    return false;
#endif
}

} // namespace pf::test
