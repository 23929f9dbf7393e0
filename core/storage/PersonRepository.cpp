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
    if (person.name.trimmed().isEmpty()) {
        return StorageResult<int>::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::PersonRepository", "An assessor needs a name."));
    }
    if (!query.exec()) {
        StorageStatus status = m_workspace.failure(
            query, QCoreApplication::translate("pf::core::PersonRepository", "save the assessor %1").arg(person.name));
        if (status.error == StorageError::Invalid) {
            status.message =
                QCoreApplication::translate("pf::core::PersonRepository", "An assessor named \"%1\" already exists.")
                    .arg(person.name.trimmed());
        }
        return StorageResult<int>::failure(status);
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

StorageResult<int> PersonRepository::ratedAssessments(qint64 personId) const
{
    QSqlQuery query =
        m_workspace.prepare(QStringLiteral("SELECT count(DISTINCT assessment_id) FROM rating WHERE person_id = ?"));
    query.addBindValue(personId);
    if (!query.exec() || !query.next()) {
        return StorageResult<int>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::PersonRepository", "read the assessors")));
    }
    return StorageResult<int>::of(query.value(0).toInt());
}

StorageStatus PersonRepository::remove(const Person &person)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    const auto rated = ratedAssessments(person.id);
    if (!rated.ok()) {
        return rated.status;
    }
    if (*rated.value > 0) {
        return StorageStatus::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::PersonRepository",
                                        "%1 has ratings in assessments (%2), which keep their assessor for the "
                                        "record. Rename them instead if the name is wrong.")
                .arg(person.name)
                .arg(*rated.value));
    }
    QSqlQuery query = m_workspace.prepare(QStringLiteral("DELETE FROM person WHERE id = ? AND revision = ?"));
    query.addBindValue(person.id);
    query.addBindValue(person.revision);
    if (!query.exec()) {
        return m_workspace.failure(
            query,
            QCoreApplication::translate("pf::core::PersonRepository", "remove the assessor %1").arg(person.name));
    }
    if (query.numRowsAffected() != 1) {
        return StorageStatus::failure(
            StorageError::ChangedElsewhere,
            QCoreApplication::translate("pf::core::PersonRepository",
                                        "%1 was changed or removed elsewhere since you opened the list. Reload and "
                                        "try again.")
                .arg(person.name));
    }
    const StorageStatus status =
        m_workspace.audit(QStringLiteral("delete"), QStringLiteral("person"), person.id, person.name);
    return status.ok() ? transaction.commit() : status;
}

StorageResult<qint64> PersonRepository::restore(const Person &person)
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
    QSqlQuery taken = m_workspace.prepare(QStringLiteral("SELECT count(*) FROM person WHERE id = ?"));
    taken.addBindValue(person.id);
    if (!taken.exec() || !taken.next()) {
        return StorageResult<qint64>::failure(m_workspace.failure(
            taken, QCoreApplication::translate("pf::core::PersonRepository", "read the assessors")));
    }
    if (person.id <= 0 || taken.value(0).toInt() > 0) {
        // The old id is in use: a new one (inside this transaction).
        auto added = add(person);
        const StorageStatus committed = added.ok() ? transaction.commit() : added.status;
        return committed.ok() ? added : StorageResult<qint64>::failure(committed);
    }
    QSqlQuery query =
        m_workspace.prepare(QStringLiteral("INSERT INTO person (id, name, role, revision) VALUES (?, ?, ?, 1)"));
    query.addBindValue(person.id);
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
    StorageStatus status =
        m_workspace.audit(QStringLiteral("restore"), QStringLiteral("person"), person.id, person.name);
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<qint64>::of(person.id) : StorageResult<qint64>::failure(status);
}

} // namespace pf::core
