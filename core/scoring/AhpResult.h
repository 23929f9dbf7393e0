// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pf::core::scoring {

/** Weights from a pairwise-comparison matrix with Saaty's consistency figures. */
struct AhpResult
{
    QStringList items;
    /// Principal eigenvector, normalised to sum 1, in the order of items.
    QList<double> weights;
    double lambdaMax = 0.0;
    double ci = 0.0;
    double cr = 0.0;
    /// The pair (row, column) whose judgment departs most from the weights' ratio; -1 when n < 2.
    qsizetype inconsistentRow = -1;
    qsizetype inconsistentColumn = -1;
    /// The judgment a_ij given and the ratio w_i / w_j the weights imply.
    double judged = 0.0;
    double implied = 0.0;

    /// CR > 0.10 (Saaty's limit).
    bool isInconsistent() const { return cr > 0.1 + 1e-9; }

    friend bool operator==(const AhpResult &, const AhpResult &) = default;
};

} // namespace pf::core::scoring
