// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AssessmentReportData.h"
#include "ReportDocument.h"

#include <QCoreApplication>

namespace pf::ui::report {

/** The assessment report of one partner: cover, executive summary, the three pillars, criteria and evidence,
 *  sensitivity, decision quality and an appendix with method, raw ratings and provenance. */
class AssessmentReport
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::report::AssessmentReport)

public:
    /// Builds the document from plain data; touches no widget or database, so it runs on any thread.
    static ReportDocument build(const AssessmentReportData &data, const QLocale &locale = {});

    /// The title and subject a PDF of @p data carries in its metadata.
    static QString title(const AssessmentReportData &data);
    static QString subject(const AssessmentReportData &data);

private:
    static void addCover(ReportDocument &doc, const AssessmentReportData &data);
    static void addSummary(ReportDocument &doc, const AssessmentReportData &data);
    static void addCulture(ReportDocument &doc, const AssessmentReportData &data);
    static void addMutualGain(ReportDocument &doc, const AssessmentReportData &data);
    static void addRoadmap(ReportDocument &doc, const AssessmentReportData &data);
    static void addCriteria(ReportDocument &doc, const AssessmentReportData &data);
    static void addSensitivity(ReportDocument &doc, const AssessmentReportData &data);
    static void addDecisionQuality(ReportDocument &doc, const AssessmentReportData &data);
    static void addAppendix(ReportDocument &doc, const AssessmentReportData &data);
};

} // namespace pf::ui::report
