// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/PortfolioReportData.h"

#include <QString>
#include <QStringList>

namespace pf::test {

/// A new sample workspace (core/storage SampleWorkspace) at @p path.
bool createSampleWorkspace(const QString &path);

/// A portfolio of @p count partners for tests and benchmarks: the sample workspace's scored assessments, varied
/// (seeded, so always the same) in their dimension scores and mutual gain, rescored for overall and band, and
/// named "Partner 0001" ... (every 7th in Japanese, every 11th in Arabic script). Not analysed.
ui::report::PortfolioReportData largePortfolio(int count, int draws = 2000);

/// pdftotext, pdfinfo, pdffonts, pdfimages (poppler-utils); empty output when missing or failing.
QString popplerOutput(const QString &tool, const QStringList &arguments);
bool hasPoppler();
/// The text of @p pdf (of page @p page when > 0), NFKC-normalised and without bidi controls.
QString pdfText(const QString &pdf, int page = 0);
/// The value of pdfinfo's @p key line.
QString pdfInfo(const QString &pdf, const QString &key);
/// Rows after the two header lines of pdffonts / pdfimages -list.
QStringList pdfTableRows(const QString &tool, const QString &pdf);

} // namespace pf::test
