// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Consensus.h"
#include "core/model/CultureProfile.h"
#include "core/model/Framework.h"
#include "core/model/Rating.h"
#include "core/model/RoadmapItem.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pf::core {

/// How several assessors' numbers on one criterion combine.
enum class Aggregation { Median, Mean };

/** Everything the scoring engine needs for one assessment of one partner against one framework. */
struct AssessmentInput
{
    QDate asOf;
    Framework framework;
    Aggregation aggregation = Aggregation::Median;
    CultureProfile homeCulture;
    QList<RoadmapItem> homeRoadmap;
    QString partnerName;
    CultureProfile partnerCulture;
    QList<RoadmapItem> partnerRoadmap;
    QList<Rating> ratings;
    QList<Consensus> consensus;

    friend bool operator==(const AssessmentInput &, const AssessmentInput &) = default;
};

} // namespace pf::core
