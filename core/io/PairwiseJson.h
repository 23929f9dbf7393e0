// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReadResult.h"
#include "core/scoring/AhpCalculator.h"

#include <QJsonObject>

namespace pf::core::io {

/** Reads "partnerfit.pairwise" version 1 files (a matrix or judgments) and writes AHP results as JSON. */
class PairwiseJson
{
public:
    static inline const QString Format = QStringLiteral("partnerfit.pairwise");
    static constexpr int FormatVersion = 1;

    /** The items compared and their validated reciprocal matrix. */
    struct Input
    {
        QStringList items;
        scoring::AhpCalculator::Matrix matrix;
    };

    static ReadResult<Input> fromJson(const QJsonObject &root);
    static ReadResult<Input> fromBytes(const QByteArray &data);
    /// weights (key -> weight), lambdaMax, ci, cr, consistent, mostInconsistent {a, b, judged, implied}.
    static QJsonObject resultToJson(const scoring::AhpResult &result);
};

} // namespace pf::core::io
