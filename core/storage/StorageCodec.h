// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentRecord.h"
#include "core/model/Rating.h"
#include "core/model/RoadmapItem.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pf::core {

/** The stable string keys storage and exchange files use for PartnerFit's enumerations, both ways. */
class StorageCodec
{
public:
    static QString commitmentKey(Commitment commitment);
    static std::optional<Commitment> commitment(const QString &key);
    static QString stanceKey(Stance stance);
    static std::optional<Stance> stance(const QString &key);
    static QString kindKey(AssessmentKind kind);
    static std::optional<AssessmentKind> kind(const QString &key);
    static QString statusKey(AssessmentStatus status);
    static std::optional<AssessmentStatus> status(const QString &key);
    static QString aggregationKey(Aggregation aggregation);
    static std::optional<Aggregation> aggregation(const QString &key);
    /// "rated", "na" or "" (not assessed).
    static QString ratingStateKey(RatingState state);
    static std::optional<RatingState> ratingState(const QString &key);
    /// Lists are stored as one text: items joined by "; " (items are trimmed, empty ones dropped).
    static QString joinList(const QStringList &items);
    static QStringList splitList(const QString &text);
    /// @p value, or an empty (not null) string: text columns are NOT NULL.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }
};

} // namespace pf::core
