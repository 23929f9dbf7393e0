// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileTables.h"

#include "core/storage/StorageCodec.h"
#include "core/storage/Workspace.h"

#include <QCoreApplication>

namespace pf::core {

CultureProfile ProfileTables::readCulture(QSqlQuery &query)
{
    CultureProfile profile;
    if (!query.exec()) {
        return profile;
    }
    while (query.next()) {
        const QVariant value = query.value(1);
        profile.values.insert(query.value(0).toString(),
                              value.isNull() ? std::nullopt : std::optional<double>(value.toDouble()));
    }
    return profile;
}

QList<RoadmapItem> ProfileTables::readRoadmap(QSqlQuery &query)
{
    QList<RoadmapItem> items;
    if (!query.exec()) {
        return items;
    }
    while (query.next()) {
        RoadmapItem item;
        item.theme = query.value(0).toString();
        item.from = query.value(1).toInt();
        item.to = query.value(2).toInt();
        item.commitment = StorageCodec::commitment(query.value(3).toString()).value_or(Commitment::Planned);
        item.stance = StorageCodec::stance(query.value(4).toString()).value_or(Stance::Invest);
        items << item;
    }
    return items;
}

StorageStatus ProfileTables::writeCulture(Workspace &workspace, const QString &insertSql, const QVariantList &owner,
                                          const CultureProfile &culture)
{
    QSqlQuery query = workspace.prepare(insertSql);
    return writeCulture(workspace, query, owner, culture);
}

StorageStatus ProfileTables::writeCulture(Workspace &workspace, QSqlQuery &query, const QVariantList &owner,
                                          const CultureProfile &culture)
{
    for (auto it = culture.values.cbegin(); it != culture.values.cend(); ++it) {
        for (const QVariant &value : owner) {
            query.addBindValue(value);
        }
        query.addBindValue(it.key());
        query.addBindValue(optionalValue(it.value()));
        if (!query.exec()) {
            return workspace.failure(query,
                                     QCoreApplication::translate("pf::core::Workspace", "save a culture profile"));
        }
    }
    return StorageStatus::success();
}

StorageStatus ProfileTables::writeRoadmap(Workspace &workspace, const QString &insertSql, const QVariantList &owner,
                                          const QList<RoadmapItem> &roadmap)
{
    QSqlQuery query = workspace.prepare(insertSql);
    return writeRoadmap(workspace, query, owner, roadmap);
}

StorageStatus ProfileTables::writeRoadmap(Workspace &workspace, QSqlQuery &query, const QVariantList &owner,
                                          const QList<RoadmapItem> &roadmap)
{
    for (int position = 0; position < roadmap.size(); ++position) {
        const RoadmapItem &item = roadmap.at(position);
        for (const QVariant &value : owner) {
            query.addBindValue(value);
        }
        query.addBindValue(position);
        query.addBindValue(item.theme);
        query.addBindValue(item.from);
        query.addBindValue(item.to);
        query.addBindValue(StorageCodec::commitmentKey(item.commitment));
        query.addBindValue(StorageCodec::stanceKey(item.stance));
        if (!query.exec()) {
            return workspace.failure(query, QCoreApplication::translate("pf::core::Workspace", "save a roadmap"));
        }
    }
    return StorageStatus::success();
}

StorageStatus ProfileTables::exec(Workspace &workspace, const QString &sql, const QVariantList &values,
                                  const QString &what)
{
    QSqlQuery query = workspace.prepare(sql);
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return workspace.failure(query, what);
    }
    return StorageStatus::success();
}

QVariant ProfileTables::optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace pf::core
