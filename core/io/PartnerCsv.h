// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentSummary.h"
#include "core/model/Partner.h"
#include "core/model/Progress.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pf::core::io {

/** Partners to and from CSV: header mapping by name, a row-by-row validation report, and safe export. */
class PartnerCsv
{
public:
    struct Issue
    {
        /// 1-based line in the file (0 for a problem with the whole file).
        int line = 0;
        QString message;
    };

    struct Import
    {
        /// Every row that passed validation, in file order.
        QList<Partner> valid;
        /// One entry per invalid row (or per file-level problem).
        QList<Issue> issues;
        /// Header columns that map to no partner field.
        QStringList ignoredColumns;
        int rowCount = 0;
        /// True when the file itself could not be read as partner CSV (no name column, broken quoting).
        bool fileError = false;
        /// True when the progress callback asked to stop; the rest of the result is incomplete.
        bool cancelled = false;

        bool allValid() const { return issues.isEmpty(); }
    };

    /// The column names PartnerCsv reads and writes, in export order.
    static QStringList columns();
    /// Reads partners; names already in @p existingNames (compared case-insensitively) are reported as duplicates.
    /// @p progress hears how many rows were checked and may stop the reading.
    static Import read(const QByteArray &data, const QSet<QString> &existingNames = {},
                       const ProgressCallback &progress = {});
    /// One row per partner with every column of columns().
    static QByteArray writePartners(const QList<Partner> &partners);
    /// One row per assessment: partner, kind, date, status, overall, band, confidence, coverage.
    static QByteArray writeScores(const QList<AssessmentSummary> &assessments);
};

} // namespace pf::core::io
