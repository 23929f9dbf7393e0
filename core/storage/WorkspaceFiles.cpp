// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pf::core {

bool WorkspaceFiles::isNetworkFileSystem(const QByteArray &type)
{
    static const QByteArray network[] = {"nfs",        "nfs4",  "cifs",   "smb",   "smb2",       "smb3",
                                         "smbfs",      "afpfs", "afs",    "9p",    "ncpfs",      "coda",
                                         "fuse.sshfs", "sshfs", "webdav", "davfs", "fuse.davfs2"};
    const QByteArray lower = type.toLower();
    for (const QByteArray &name : network) {
        if (lower == name) {
            return true;
        }
    }
    return false;
}

QByteArray WorkspaceFiles::fileSystemType(const QString &directory)
{
    return QStorageInfo(directory).fileSystemType();
}

bool WorkspaceFiles::isWritable(const QString &path)
{
#ifdef Q_OS_UNIX
    // access() reports EROFS for root on a read-only mount, where permission bits mean nothing.
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

bool WorkspaceFiles::makeOwnerOnlyDirectory(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return false;
    }
    return QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool WorkspaceFiles::makeOwnerOnlyFile(const QString &file)
{
    return QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

bool WorkspaceFiles::syncFile(const QString &file)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile f(file);
    return f.open(QIODevice::ReadWrite) && f.flush();
#endif
}

bool WorkspaceFiles::syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(directory);
    return true;
#endif
}

bool WorkspaceFiles::saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        file.cancelWriting();
        return false;
    }
    return true;
}

QByteArray WorkspaceFiles::sha256(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

QString WorkspaceFiles::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace pf::core
