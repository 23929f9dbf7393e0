// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/AssessmentReportData.h"
#include "ui/report/ReportPdfWriter.h"

#include <QRectF>
#include <QString>

namespace pf::test {

/// The path of a sample workspace created once per test run (core/storage SampleWorkspace).
QString sampleWorkspacePath();
/// The report data of @p partner in the sample workspace.
ui::report::AssessmentReportData sampleReportData(const QString &partner);
/// Writes @p partner's assessment report into a fresh temporary file and returns its path.
QString writeSampleReport(const QString &partner, const ui::report::PdfOptions &options = {});

/// Every word pdftotext finds in @p pdf with its box in points, and the page size.
struct PdfWord
{
    int page = 0;
    QString text;
    QRectF box;
    QSizeF pageSize;
};
QList<PdfWord> pdfWords(const QString &pdf);

} // namespace pf::test
