// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomeProfileRepository.h"

#include "core/storage/ProfileTables.h"
#include "core/storage/Workspace.h"
#include "core/storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pf::core {

HomeProfileRepository::HomeProfileRepository(Workspace &workspace) : m_workspace(workspace)
{}

StorageResult<HomeProfile> HomeProfileRepository::load() const
{
    HomeProfile profile;
    QSqlQuery culture = m_workspace.prepare(QStringLiteral("SELECT axis, value FROM home_culture"));
    profile.culture = ProfileTables::readCulture(culture);
    QSqlQuery roadmap = m_workspace.prepare(QStringLiteral("SELECT theme, year_from, year_to, commitment, stance FROM "
                                                           "roadmap_item WHERE partner_id IS NULL ORDER BY position"));
    profile.roadmap = ProfileTables::readRoadmap(roadmap);
    QSqlQuery themes = m_workspace.prepare(QStringLiteral("SELECT name FROM theme ORDER BY position"));
    if (!themes.exec()) {
        return StorageResult<HomeProfile>::failure(m_workspace.failure(
            themes, QCoreApplication::translate("pf::core::HomeProfileRepository", "read the home profile")));
    }
    while (themes.next()) {
        profile.themes << themes.value(0).toString();
    }
    return StorageResult<HomeProfile>::of(profile);
}

StorageStatus HomeProfileRepository::save(const HomeProfile &profile)
{
    for (const RoadmapItem &item : profile.roadmap) {
        if (item.to < item.from) {
            return StorageStatus::failure(StorageError::Invalid,
                                          QCoreApplication::translate("pf::core::HomeProfileRepository",
                                                                      "The roadmap item \"%1\" ends before it starts.")
                                              .arg(item.theme));
        }
    }
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    const QString what = QCoreApplication::translate("pf::core::HomeProfileRepository", "save the home profile");
    for (const QString &sql :
         {QStringLiteral("DELETE FROM home_culture"),
          QStringLiteral("DELETE FROM roadmap_item WHERE partner_id IS NULL"), QStringLiteral("DELETE FROM theme")}) {
        const auto status = ProfileTables::exec(m_workspace, sql, {}, what);
        if (!status.ok()) {
            return status;
        }
    }
    StorageStatus status = ProfileTables::writeCulture(
        m_workspace, QStringLiteral("INSERT INTO home_culture (axis, value) VALUES (?, ?)"), {}, profile.culture);
    if (status.ok()) {
        status = ProfileTables::writeRoadmap(m_workspace,
                                             QStringLiteral("INSERT INTO roadmap_item (partner_id, position, theme, "
                                                            "year_from, year_to, commitment, stance) VALUES (NULL, ?, "
                                                            "?, ?, ?, ?, ?)"),
                                             {}, profile.roadmap);
    }
    if (status.ok()) {
        status = addThemes(profile.themes);
    }
    if (status.ok()) {
        status = m_workspace.audit(QStringLiteral("update"), QStringLiteral("home_profile"), 0);
    }
    return status.ok() ? transaction.commit() : status;
}

StorageStatus HomeProfileRepository::addThemes(const QStringList &themes)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.ok()) {
        return transaction.status();
    }
    QStringList known;
    int position = 0;
    QSqlQuery existing = m_workspace.prepare(QStringLiteral("SELECT name, position FROM theme"));
    if (existing.exec()) {
        while (existing.next()) {
            known << existing.value(0).toString().trimmed().toLower();
            position = std::max(position, existing.value(1).toInt() + 1);
        }
    }
    QSqlQuery insert = m_workspace.prepare(QStringLiteral("INSERT INTO theme (name, position) VALUES (?, ?)"));
    for (const QString &theme : themes) {
        const QString key = theme.trimmed().toLower();
        if (key.isEmpty() || known.contains(key)) {
            continue;
        }
        insert.addBindValue(theme.trimmed());
        insert.addBindValue(position++);
        if (!insert.exec()) {
            return m_workspace.failure(
                insert, QCoreApplication::translate("pf::core::HomeProfileRepository", "add the theme %1").arg(theme));
        }
        known << key;
    }
    return transaction.commit();
}

} // namespace pf::core
