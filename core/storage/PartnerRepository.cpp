// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerRepository.h"

#include "core/storage/ProfileTables.h"
#include "core/storage/StorageCodec.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceFiles.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace pf::core {

namespace {

const QString columns = QStringLiteral("id, name, website, partner_type, industry, regions, stage, owner, tags, notes, "
                                       "revision");

} // namespace

struct PartnerRepository::Statements
{
    QSqlQuery partner;
    QSqlQuery contact;
    QSqlQuery culture;
    QSqlQuery roadmap;
};

PartnerRepository::PartnerRepository(Workspace &workspace) : m_workspace(workspace)
{}

PartnerRepository::Statements &PartnerRepository::statements()
{
    if (!m_statements) {
        m_statements = std::make_shared<Statements>(Statements{
            m_workspace.prepare(QStringLiteral(
                "INSERT INTO partner (name, website, partner_type, industry, regions, stage, owner, tags, notes, "
                "revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")),
            m_workspace.prepare(QStringLiteral(
                "INSERT INTO contact (partner_id, position, name, role, email, phone) VALUES (?, ?, ?, ?, ?, ?)")),
            m_workspace.prepare(
                QStringLiteral("INSERT INTO partner_culture (partner_id, axis, value) VALUES (?, ?, ?)")),
            m_workspace.prepare(QStringLiteral("INSERT INTO roadmap_item (partner_id, position, theme, year_from, "
                                               "year_to, commitment, stance) VALUES (?, ?, ?, ?, ?, ?, ?)"))});
    }
    return *m_statements;
}

StorageStatus PartnerRepository::validate(const Partner &partner)
{
    if (partner.name.trimmed().isEmpty()) {
        return StorageStatus::failure(StorageError::Invalid, QCoreApplication::translate("pf::core::PartnerRepository",
                                                                                         "A partner needs a name."));
    }
    if (!Partner::stages().contains(partner.stage)) {
        return StorageStatus::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::PartnerRepository", "\"%1\" is not a partner stage; use one of: %2.")
                .arg(partner.stage, Partner::stages().join(QStringLiteral(", "))));
    }
    for (const RoadmapItem &item : partner.roadmap) {
        if (item.to < item.from) {
            return StorageStatus::failure(StorageError::Invalid,
                                          QCoreApplication::translate("pf::core::PartnerRepository",
                                                                      "The roadmap item \"%1\" of %2 ends (%3) before "
                                                                      "it starts (%4).")
                                              .arg(item.theme, partner.name)
                                              .arg(item.to)
                                              .arg(item.from));
        }
    }
    return StorageStatus::success();
}

StorageResult<QList<Partner>> PartnerRepository::load(const QString &where, const QVariantList &values) const
{
    QSqlQuery query =
        m_workspace.prepare(QStringLiteral("SELECT %1 FROM partner %2 ORDER BY name").arg(columns, where));
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return StorageResult<QList<Partner>>::failure(m_workspace.failure(
            query, QCoreApplication::translate("pf::core::PartnerRepository", "read the partners")));
    }
    QList<Partner> partners;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        Partner p;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.website = query.value(2).toString();
        p.type = query.value(3).toString();
        p.industry = query.value(4).toString();
        p.regions = StorageCodec::splitList(query.value(5).toString());
        p.stage = query.value(6).toString();
        p.owner = query.value(7).toString();
        p.tags = StorageCodec::splitList(query.value(8).toString());
        p.notes = query.value(9).toString();
        p.revision = query.value(10).toInt();
        index.insert(p.id, partners.size());
        partners << p;
    }
    if (partners.isEmpty()) {
        return StorageResult<QList<Partner>>::of(partners);
    }
    // Children in one pass per table (not one query per partner): listing 100,000 partners stays fast.
    const bool single = partners.size() == 1;
    const QString filter =
        single ? QStringLiteral("WHERE partner_id = ?") : QStringLiteral("WHERE partner_id IS NOT NULL");
    auto bindSingle = [&](QSqlQuery &q) {
        if (single) {
            q.addBindValue(partners.first().id);
        }
    };
    QSqlQuery contacts = m_workspace.prepare(
        QStringLiteral("SELECT partner_id, name, role, email, phone FROM contact %1 ORDER BY partner_id, position")
            .arg(filter));
    bindSingle(contacts);
    if (contacts.exec()) {
        while (contacts.next()) {
            const auto it = index.constFind(contacts.value(0).toLongLong());
            if (it != index.cend()) {
                partners[*it].contacts << Contact{contacts.value(1).toString(), contacts.value(2).toString(),
                                                  contacts.value(3).toString(), contacts.value(4).toString()};
            }
        }
    }
    QSqlQuery culture =
        m_workspace.prepare(QStringLiteral("SELECT partner_id, axis, value FROM partner_culture %1").arg(filter));
    bindSingle(culture);
    if (culture.exec()) {
        while (culture.next()) {
            const auto it = index.constFind(culture.value(0).toLongLong());
            if (it != index.cend()) {
                const QVariant value = culture.value(2);
                partners[*it].culture.values.insert(culture.value(1).toString(),
                                                    value.isNull() ? std::nullopt
                                                                   : std::optional<double>(value.toDouble()));
            }
        }
    }
    QSqlQuery roadmap = m_workspace.prepare(QStringLiteral("SELECT partner_id, theme, year_from, year_to, commitment, "
                                                           "stance FROM roadmap_item %1 ORDER BY partner_id, position")
                                                .arg(filter));
    bindSingle(roadmap);
    if (roadmap.exec()) {
        while (roadmap.next()) {
            const auto it = index.constFind(roadmap.value(0).toLongLong());
            if (it != index.cend()) {
                RoadmapItem item;
                item.theme = roadmap.value(1).toString();
                item.from = roadmap.value(2).toInt();
                item.to = roadmap.value(3).toInt();
                item.commitment = StorageCodec::commitment(roadmap.value(4).toString()).value_or(Commitment::Planned);
                item.stance = StorageCodec::stance(roadmap.value(5).toString()).value_or(Stance::Invest);
                partners[*it].roadmap << item;
            }
        }
    }
    return StorageResult<QList<Partner>>::of(partners);
}

StorageResult<QList<Partner>> PartnerRepository::list() const
{
    return load({}, {});
}

StorageResult<Partner> PartnerRepository::get(qint64 id) const
{
    auto result = load(QStringLiteral("WHERE id = ?"), {id});
    if (!result.ok()) {
        return StorageResult<Partner>::failure(result.status);
    }
    if (result.value->isEmpty()) {
        return StorageResult<Partner>::failure(
            StorageError::NotFound,
            QCoreApplication::translate("pf::core::PartnerRepository",
                                        "The partner no longer exists; it may have been deleted elsewhere."));
    }
    return StorageResult<Partner>::of(result.value->first());
}

StorageResult<Partner> PartnerRepository::findByName(const QString &name) const
{
    auto result = load(QStringLiteral("WHERE name = ?"), {name});
    if (!result.ok()) {
        return StorageResult<Partner>::failure(result.status);
    }
    if (result.value->isEmpty()) {
        return StorageResult<Partner>::failure(
            StorageError::NotFound, QCoreApplication::translate("pf::core::PartnerRepository",
                                                                "There is no partner named \"%1\" in this workspace.")
                                        .arg(name));
    }
    return StorageResult<Partner>::of(result.value->first());
}

StorageStatus PartnerRepository::writeChildren(const Partner &partner, qint64 id, bool replace)
{
    const QString what =
        QCoreApplication::translate("pf::core::PartnerRepository", "save the partner %1").arg(partner.name);
    if (replace) {
        for (const QString &table :
             {QStringLiteral("contact"), QStringLiteral("partner_culture"), QStringLiteral("roadmap_item")}) {
            const auto status = ProfileTables::exec(
                m_workspace, QStringLiteral("DELETE FROM %1 WHERE partner_id = ?").arg(table), {id}, what);
            if (!status.ok()) {
                return status;
            }
        }
    }
    if (!partner.contacts.isEmpty()) {
        QSqlQuery &query = statements().contact;
        for (int position = 0; position < partner.contacts.size(); ++position) {
            const Contact &c = partner.contacts.at(position);
            query.addBindValue(id);
            query.addBindValue(position);
            query.addBindValue(StorageCodec::text(c.name));
            query.addBindValue(StorageCodec::text(c.role));
            query.addBindValue(StorageCodec::text(c.email));
            query.addBindValue(StorageCodec::text(c.phone));
            if (!query.exec()) {
                return m_workspace.failure(query, what);
            }
        }
    }
    if (!partner.culture.values.isEmpty()) {
        const auto status = ProfileTables::writeCulture(m_workspace, statements().culture, {id}, partner.culture);
        if (!status.ok()) {
            return status;
        }
    }
    if (!partner.roadmap.isEmpty()) {
        return ProfileTables::writeRoadmap(m_workspace, statements().roadmap, {id}, partner.roadmap);
    }
    return StorageStatus::success();
}

StorageResult<qint64> PartnerRepository::insert(const Partner &partner, const QString &now, qint64 id)
{
    const StorageStatus valid = validate(partner);
    if (!valid.ok()) {
        return StorageResult<qint64>::failure(valid);
    }
    QSqlQuery withId;
    if (id != 0) {
        withId = m_workspace.prepare(QStringLiteral(
            "INSERT INTO partner (name, website, partner_type, industry, regions, stage, owner, tags, "
            "notes, revision, created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
    }
    QSqlQuery &query = id != 0 ? withId : statements().partner;
    query.addBindValue(partner.name.trimmed());
    query.addBindValue(StorageCodec::text(partner.website));
    query.addBindValue(StorageCodec::text(partner.type));
    query.addBindValue(StorageCodec::text(partner.industry));
    query.addBindValue(StorageCodec::text(StorageCodec::joinList(partner.regions)));
    query.addBindValue(partner.stage);
    query.addBindValue(StorageCodec::text(partner.owner));
    query.addBindValue(StorageCodec::text(StorageCodec::joinList(partner.tags)));
    query.addBindValue(StorageCodec::text(partner.notes));
    query.addBindValue(now);
    query.addBindValue(now);
    if (id != 0) {
        query.addBindValue(id);
    }
    if (!query.exec()) {
        StorageStatus status = m_workspace.failure(
            query, QCoreApplication::translate("pf::core::PartnerRepository", "add the partner %1").arg(partner.name));
        if (status.error == StorageError::Invalid) {
            status.message =
                QCoreApplication::translate("pf::core::PartnerRepository", "A partner named \"%1\" already exists.")
                    .arg(partner.name.trimmed());
        }
        return StorageResult<qint64>::failure(status);
    }
    const qint64 newId = id != 0 ? id : query.lastInsertId().toLongLong();
    const StorageStatus children = writeChildren(partner, newId, false);
    if (!children.ok()) {
        return StorageResult<qint64>::failure(children);
    }
    return StorageResult<qint64>::of(newId);
}

StorageResult<qint64> PartnerRepository::add(const Partner &partner)
{
    const QString now = WorkspaceFiles::nowUtc();
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<qint64>::failure(transaction.status());
    }
    auto id = insert(partner, now);
    if (!id.ok()) {
        return id;
    }
    StorageStatus status =
        m_workspace.audit(QStringLiteral("create"), QStringLiteral("partner"), *id.value, partner.name.trimmed());
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? id : StorageResult<qint64>::failure(status);
}

StorageResult<QList<qint64>> PartnerRepository::addMany(const QList<Partner> &partners, const QString &source,
                                                        const ProgressCallback &progress)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<QList<qint64>>::failure(transaction.status());
    }
    QList<qint64> ids;
    ids.reserve(partners.size());
    const QString now = WorkspaceFiles::nowUtc();
    const qint64 total = partners.size();
    for (const Partner &partner : partners) {
        // Every 200 rows: often enough for a prompt cancel, rarely enough to cost nothing.
        if (ids.size() % 200 == 0 && !reportProgress(progress, ids.size(), total)) {
            return StorageResult<QList<qint64>>::failure(
                StorageError::Cancelled, QCoreApplication::translate("pf::core::PartnerRepository",
                                                                     "The import was cancelled; nothing was changed."));
        }
        auto id = insert(partner, now);
        if (!id.ok()) {
            return StorageResult<QList<qint64>>::failure(id.status);
        }
        ids << *id.value;
    }
    StorageStatus status =
        m_workspace.audit(QStringLiteral("import"), QStringLiteral("partner"), 0,
                          QCoreApplication::translate("pf::core::PartnerRepository", "partners imported: %1, from %2")
                              .arg(partners.size())
                              .arg(source));
    if (status.ok()) {
        status = transaction.commit();
    }
    if (status.ok()) {
        reportProgress(progress, total, total);
    }
    return status.ok() ? StorageResult<QList<qint64>>::of(ids) : StorageResult<QList<qint64>>::failure(status);
}

StorageResult<int> PartnerRepository::update(const Partner &partner)
{
    const StorageStatus valid = validate(partner);
    if (!valid.ok()) {
        return StorageResult<int>::failure(valid);
    }
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<int>::failure(transaction.status());
    }
    QSqlQuery query = m_workspace.prepare(
        QStringLiteral("UPDATE partner SET name = ?, website = ?, partner_type = ?, industry = ?, regions = ?, "
                       "stage = ?, owner = ?, tags = ?, notes = ?, revision = revision + 1, updated_at = ? "
                       "WHERE id = ? AND revision = ?"));
    query.addBindValue(partner.name.trimmed());
    query.addBindValue(StorageCodec::text(partner.website));
    query.addBindValue(StorageCodec::text(partner.type));
    query.addBindValue(StorageCodec::text(partner.industry));
    query.addBindValue(StorageCodec::text(StorageCodec::joinList(partner.regions)));
    query.addBindValue(partner.stage);
    query.addBindValue(StorageCodec::text(partner.owner));
    query.addBindValue(StorageCodec::text(StorageCodec::joinList(partner.tags)));
    query.addBindValue(StorageCodec::text(partner.notes));
    query.addBindValue(WorkspaceFiles::nowUtc());
    query.addBindValue(partner.id);
    query.addBindValue(partner.revision);
    if (!query.exec()) {
        StorageStatus status = m_workspace.failure(
            query, QCoreApplication::translate("pf::core::PartnerRepository", "save the partner %1").arg(partner.name));
        if (status.error == StorageError::Invalid) {
            status.message =
                QCoreApplication::translate("pf::core::PartnerRepository", "A partner named \"%1\" already exists.")
                    .arg(partner.name.trimmed());
        }
        return StorageResult<int>::failure(status);
    }
    if (query.numRowsAffected() != 1) {
        return StorageResult<int>::failure(
            StorageError::ChangedElsewhere,
            QCoreApplication::translate(
                "pf::core::PartnerRepository",
                "%1 was changed elsewhere (in another window or by a colleague) since you opened it. Reload it to "
                "see the other changes, then make yours again.")
                .arg(partner.name));
    }
    StorageStatus status = writeChildren(partner, partner.id, true);
    if (status.ok()) {
        status = m_workspace.audit(QStringLiteral("update"), QStringLiteral("partner"), partner.id, partner.name);
    }
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? StorageResult<int>::of(partner.revision + 1) : StorageResult<int>::failure(status);
}

StorageStatus PartnerRepository::remove(qint64 id, int expectedRevision)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    QSqlQuery count = m_workspace.prepare(QStringLiteral("SELECT count(*) FROM assessment WHERE partner_id = ?"));
    count.addBindValue(id);
    if (!count.exec() || !count.next()) {
        return m_workspace.failure(count,
                                   QCoreApplication::translate("pf::core::PartnerRepository", "delete the partner"));
    }
    if (count.value(0).toInt() > 0) {
        return StorageStatus::failure(
            StorageError::Invalid,
            QCoreApplication::translate("pf::core::PartnerRepository",
                                        "This partner has assessments, which are kept for the record. Set its stage "
                                        "to \"exited\" instead of deleting it."));
    }
    QSqlQuery name = m_workspace.prepare(QStringLiteral("SELECT name FROM partner WHERE id = ?"));
    name.addBindValue(id);
    name.exec();
    const QString partnerName = name.next() ? name.value(0).toString() : QString();
    QSqlQuery query = m_workspace.prepare(QStringLiteral("DELETE FROM partner WHERE id = ? AND revision = ?"));
    query.addBindValue(id);
    query.addBindValue(expectedRevision);
    if (!query.exec()) {
        return m_workspace.failure(query,
                                   QCoreApplication::translate("pf::core::PartnerRepository", "delete the partner"));
    }
    if (query.numRowsAffected() != 1) {
        return StorageStatus::failure(
            StorageError::ChangedElsewhere,
            QCoreApplication::translate("pf::core::PartnerRepository",
                                        "The partner was changed or deleted elsewhere since you opened it. Reload "
                                        "and try again."));
    }
    StorageStatus status = m_workspace.audit(QStringLiteral("delete"), QStringLiteral("partner"), id, partnerName);
    return status.ok() ? transaction.commit() : status;
}

StorageResult<qint64> PartnerRepository::restore(const Partner &partner)
{
    const QString now = WorkspaceFiles::nowUtc();
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return StorageResult<qint64>::failure(transaction.status());
    }
    qint64 id = 0;
    if (partner.id > 0) {
        QSqlQuery taken = m_workspace.prepare(QStringLiteral("SELECT count(*) FROM partner WHERE id = ?"));
        taken.addBindValue(partner.id);
        if (!taken.exec() || !taken.next()) {
            return StorageResult<qint64>::failure(m_workspace.failure(
                taken,
                QCoreApplication::translate("pf::core::PartnerRepository", "add the partner %1").arg(partner.name)));
        }
        id = taken.value(0).toInt() == 0 ? partner.id : 0;
    }
    auto inserted = insert(partner, now, id);
    if (!inserted.ok()) {
        return inserted;
    }
    StorageStatus status = m_workspace.audit(QStringLiteral("restore"), QStringLiteral("partner"), *inserted.value,
                                             partner.name.trimmed());
    if (status.ok()) {
        status = transaction.commit();
    }
    return status.ok() ? inserted : StorageResult<qint64>::failure(status);
}

} // namespace pf::core
