// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/CultureProfile.h"
#include "core/model/RoadmapItem.h"

#include <QList>
#include <QStringList>

namespace pf::core {

/** Our own organisation: its culture profile, its roadmap and the workspace's list of roadmap themes. */
struct HomeProfile
{
    CultureProfile culture;
    QList<RoadmapItem> roadmap;
    QStringList themes;

    friend bool operator==(const HomeProfile &, const HomeProfile &) = default;
};

} // namespace pf::core
