// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentInput.h"
#include "core/model/Consensus.h"
#include "core/model/CultureProfile.h"
#include "core/model/Rating.h"
#include "core/model/RoadmapItem.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pf::core {

/// Selection (before signing) or health check (after).
enum class AssessmentKind { Selection, HealthCheck };
/// A draft can change; a finalised assessment never does (editing it makes a new version).
enum class AssessmentStatus { Draft, Finalised };

/**
 * One stored version of an assessment of a partner: its place in the version chain, its status, and the exact
 * inputs it was (or will be) scored from, including snapshots of both culture profiles and roadmaps.
 */
struct AssessmentRecord
{
    qint64 id = 0;
    /// Id of the first version; all versions of one assessment share it.
    qint64 seriesId = 0;
    int version = 1;
    /// The version this one was made from (0 for the first).
    qint64 previousId = 0;
    qint64 partnerId = 0;
    qint64 frameworkId = 0;
    AssessmentKind kind = AssessmentKind::Selection;
    AssessmentStatus status = AssessmentStatus::Draft;
    /// True for the newest version of the series.
    bool current = true;
    QDate asOf;
    /// When the partner should be assessed again (invalid when not set).
    QDate nextDue;
    Aggregation aggregation = Aggregation::Median;
    QString title;
    QString createdAt;
    QString createdBy;
    QString finalisedAt;
    CultureProfile homeCulture;
    QList<RoadmapItem> homeRoadmap;
    CultureProfile partnerCulture;
    QList<RoadmapItem> partnerRoadmap;
    /// Assessor = a person's name.
    QList<Rating> ratings;
    QList<Consensus> consensus;
    int revision = 0;

    bool isFinalised() const { return status == AssessmentStatus::Finalised; }

    friend bool operator==(const AssessmentRecord &, const AssessmentRecord &) = default;
};

} // namespace pf::core
