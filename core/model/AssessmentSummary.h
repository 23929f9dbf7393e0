// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentRecord.h"
#include "core/model/StoredScore.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pf::core {

/** One row of an assessment list: which partner, when, what status, and the cached score when finalised. */
struct AssessmentSummary
{
    qint64 id = 0;
    qint64 seriesId = 0;
    int version = 1;
    qint64 partnerId = 0;
    QString partnerName;
    QString frameworkKey;
    int frameworkVersion = 1;
    AssessmentKind kind = AssessmentKind::Selection;
    AssessmentStatus status = AssessmentStatus::Draft;
    QDate asOf;
    QDate nextDue;
    QString title;
    std::optional<StoredScore> score;

    friend bool operator==(const AssessmentSummary &, const AssessmentSummary &) = default;
};

} // namespace pf::core
