// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/CultureProfile.h"
#include "core/model/RoadmapItem.h"
#include "core/storage/StorageStatus.h"

#include <QList>
#include <QSqlQuery>
#include <QVariant>

namespace pf::core {

class Workspace;

/** Reads and writes culture values and roadmap items, shared by the home profile, partners and assessments. */
class ProfileTables
{
public:
    /// Runs @p query (already bound) whose rows are (axis, value) and returns the profile.
    static CultureProfile readCulture(QSqlQuery &query);
    /// Runs @p query whose rows are (theme, year_from, year_to, commitment, stance), in order.
    static QList<RoadmapItem> readRoadmap(QSqlQuery &query);
    /// Inserts each axis with @p insert (prepared with the owner values bound first, then axis and value).
    static StorageStatus writeCulture(Workspace &workspace, QSqlQuery &insert, const QVariantList &owner,
                                      const CultureProfile &culture);
    static StorageStatus writeCulture(Workspace &workspace, const QString &insertSql, const QVariantList &owner,
                                      const CultureProfile &culture);
    /// Inserts each item with @p insert (owner values, position, theme, from, to, commitment, stance).
    static StorageStatus writeRoadmap(Workspace &workspace, QSqlQuery &insert, const QVariantList &owner,
                                      const QList<RoadmapItem> &roadmap);
    static StorageStatus writeRoadmap(Workspace &workspace, const QString &insertSql, const QVariantList &owner,
                                      const QList<RoadmapItem> &roadmap);
    /// Runs @p sql with @p values bound in order.
    static StorageStatus exec(Workspace &workspace, const QString &sql, const QVariantList &values,
                              const QString &what);
    /// A bindable NULL double, or the value.
    static QVariant optionalValue(const std::optional<double> &value);
};

} // namespace pf::core
