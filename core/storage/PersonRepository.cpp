// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonRepository.h"

#include "core/storage/StorageCodec.h"
#include "core/storage/Workspace.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pf::core {

PersonRepository::PersonRepository(Workspace &workspace) : m_workspace(workspace)
{}

StorageResult<QList<Person>> PersonRepository::list() const
{
    QSqlQuery query = m_workspace.prepare(QStringLiteral("SELECT id, name, role, revision FROM person ORDER BY name"));
    if (!query.exec()) {
        return StorageResult<QList<Person>>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::PersonRepository", "read the assessors")));
    }
    QList<Person> people;
    while (query.next()) {
        people << Person{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toInt()};
    }
    return StorageResult<QList<Person>>::of(people);
}

StorageResult<Person> PersonRepository::findByName(const QString &name) const
{
    QSqlQuery query = m_workspace.prepare(QStringLiteral("SELECT id, name, role, revision FROM person WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        return StorageResult<Person>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::PersonRepository", "read the assessors")));
    }
    if (!query.next()) {
        return StorageResult<Person>::failure(
            StorageError::NotFound,
            QCoreApplication::translate("pf::core::PersonRepository", "There is no assessor named \"%1\".").arg(name));
    }
    return StorageResult<Person>::of(Person{query.value(0).toLongLong(), query.value(1).toString(),
                                            query.value(2).toString(), query.value(3).toInt()});
}

StorageResult<qint64> PersonRepository::add(const Person &person)
{
    if (person.name.trimmed().isEmpty()) {
        return StorageResult<qint64>::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::PersonRepository", "An assessor needs a name."));
    }
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<qint64>::failure(transaction.status());
    }
    QSqlQuery query = m_workspace.prepare(QStringLiteral("INSERT INTO person (name, role, revision) VALUES (?, ?, 1)"));
    query.addBindValue(person.name.trimmed());
    query.addBindValue(StorageCodec::text(person.role));
    if (!query.exec()) {
        StorageStatus status = m_workspace.failure(
            query, QCoreApplication::translate("pf::core::PersonRepository", "add the assessor %1").arg(person.name));
        if (status.error == StorageError::Invalid) {
            status.message =
                QCoreApplication::translate("pf::core::PersonRepository", "An assessor named \"%1\" already exists.")
                    .arg(person.name.trimmed());
        }
        return StorageResult<qint64>::failure(status);
    }
    const qint64 id = query.lastInsertId().toLongLong();
    StorageStatus status = m_workspace.audit(QStringLiteral("create"), QStringLiteral("person"), id, person.name);
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<qint64>::of(id) : StorageResult<qint64>::failure(status);
}

StorageResult<int> PersonRepository::update(const Person &person)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<int>::failure(transaction.status());
    }
    QSqlQuery query = m_workspace.prepare(
        QStringLiteral("UPDATE person SET name = ?, role = ?, revision = revision + 1 WHERE id = ? AND revision = ?"));
    query.addBindValue(person.name.trimmed());
    query.addBindValue(StorageCodec::text(person.role));
    query.addBindValue(person.id);
    query.addBindValue(person.revision);
    if (!query.exec()) {
        return StorageResult<int>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::PersonRepository", "save the assessor %1").arg(person.name)));
    }
    if (query.numRowsAffected() != 1) {
        return StorageResult<int>::failure(
            StorageError::ChangedElsewhere,
            QCoreApplication::translate("pf::core::PersonRepository",
                                        "%1 was changed elsewhere since you opened it. Reload and try again.")
                .arg(person.name));
    }
    StorageStatus status =
        m_workspace.audit(QStringLiteral("update"), QStringLiteral("person"), person.id, person.name);
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<int>::of(person.revision + 1) : StorageResult<int>::failure(status);
}

StorageResult<qint64> PersonRepository::ensure(const QString &name)
{
    auto found = findByName(name.trimmed());
    if (found.ok()) {
        return StorageResult<qint64>::of(found.value->id);
    }
    return add(Person{0, name.trimmed(), {}, 0});
}

QString PersonRepository::defaultAssessor() const
{
    return m_workspace.setting(QStringLiteral("default_assessor"), Workspace::osUser());
}

StorageStatus PersonRepository::setDefaultAssessor(const QString &name)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    auto id = ensure(name);
    if (!id.ok()) {
        return id.status;
    }
    StorageStatus status = m_workspace.setSetting(QStringLiteral("default_assessor"), name.trimmed());
    if (status.ok()) {
        status = m_workspace.audit(QStringLiteral("set_default_assessor"), QStringLiteral("person"), *id.value, name);
    }
    return status.ok() ? transaction.commit() : status;
}

} // namespace pf::core
