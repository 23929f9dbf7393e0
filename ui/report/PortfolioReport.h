// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PortfolioReportData.h"
#include "ReportDocument.h"

#include <QCoreApplication>

namespace pf::ui::report {

/** The portfolio report over several partners: cover, ranking, the mutual-gain quadrant with every partner,
 *  pillar comparison, rank stability under uncertain weights, and provenance. */
class PortfolioReport
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::report::PortfolioReport)

public:
    /// How many partners the quadrant names (the highest ranked); the others are unlabelled points.
    static constexpr int QuadrantLabels = 12;
    /// Up to this many placed partners, the quadrant names every one.
    static constexpr int QuadrantLabelAll = 20;

    /// Builds the document from plain data; touches no widget or database, so it runs on any thread. Runs
    /// @p data's Monte Carlo first when it has not been analysed (on a copy).
    static ReportDocument build(const PortfolioReportData &data, const QLocale &locale = {});

    /// The title and subject a PDF of @p data carries in its metadata.
    static QString title(const PortfolioReportData &data);
    static QString subject(const PortfolioReportData &data);

private:
    static void addCover(ReportDocument &doc, const PortfolioReportData &data);
    static void addRanking(ReportDocument &doc, const PortfolioReportData &data);
    static void addQuadrant(ReportDocument &doc, const PortfolioReportData &data);
    static void addPillars(ReportDocument &doc, const PortfolioReportData &data);
    static void addStability(ReportDocument &doc, const PortfolioReportData &data);
    static void addProvenance(ReportDocument &doc, const PortfolioReportData &data);
};

} // namespace pf::ui::report
