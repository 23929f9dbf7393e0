// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/AhpResult.h"
#include "core/scoring/PairJudgment.h"

#include <QList>
#include <QString>

#include <optional>

namespace pf::core::scoring {

/** Analytic hierarchy process: weights from pairwise comparisons, consistency ratio, most inconsistent judgment. */
class AhpCalculator
{
public:
    using Matrix = QList<QList<double>>;

    /** Why a matrix or a set of judgments cannot be used; row/column (or judgment index) point at the culprit. */
    struct Error
    {
        qsizetype row = -1;
        qsizetype column = -1;
        QString message;
    };

    /// Saaty's random index for n items (0 for n <= 2); n up to 15.
    static double randomIndex(qsizetype n);
    /// nullopt when the matrix is square, positive, has ones on the diagonal and a_ji = 1/a_ij (within 1%).
    static std::optional<Error> validate(const Matrix &matrix);
    /// Builds the reciprocal matrix; several judgments on a pair (either order) combine by geometric mean.
    /// On error, Error::row is the index of the offending judgment (or -1 for a missing pair).
    static std::optional<Matrix> fromJudgments(const QStringList &items, const QList<PairJudgment> &judgments,
                                               Error *error);
    /// Expects a valid matrix (see validate()).
    static AhpResult compute(const QStringList &items, const Matrix &matrix);
};

} // namespace pf::core::scoring
