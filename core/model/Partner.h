// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Contact.h"
#include "core/model/CultureProfile.h"
#include "core/model/RoadmapItem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pf::core {

/** A prospective or active partner organisation with its culture profile and roadmap. */
struct Partner
{
    /// 0 until stored.
    qint64 id = 0;
    QString name;
    QString website;
    /// reseller, technology, distributor, strategic_alliance, ... (free text, lowercase key by convention).
    QString type;
    QString industry;
    QStringList regions;
    /// prospect, evaluating, active, paused or exited.
    QString stage = QStringLiteral("prospect");
    QString owner;
    QStringList tags;
    QString notes;
    QList<Contact> contacts;
    CultureProfile culture;
    QList<RoadmapItem> roadmap;
    /// Row version for optimistic locking; 0 until stored.
    int revision = 0;

    /// The stages DESIGN.md names, in lifecycle order.
    static const QStringList &stages()
    {
        static const QStringList list{QStringLiteral("prospect"), QStringLiteral("evaluating"),
                                      QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("exited")};
        return list;
    }

    friend bool operator==(const Partner &, const Partner &) = default;
};

} // namespace pf::core
