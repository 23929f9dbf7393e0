// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AssessmentResult.h"
#include "core/model/AssessmentSummary.h"
#include "core/model/Framework.h"
#include "core/model/Partner.h"
#include "core/scoring/MonteCarloOptions.h"
#include "core/scoring/RankSpread.h"
#include "core/storage/StorageStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace pf::core {
class Workspace;
}

namespace pf::ui::report {

/** Which partners a portfolio report covers: every partner, those in some stages, or a given list. */
struct PortfolioSelection
{
    /// Stage keys (prospect, evaluating, active, paused, exited); empty for every stage.
    QStringList stages;
    /// Partner ids, e.g. the rows a filtered partner list shows; empty for no restriction.
    QList<qint64> partnerIds;
    /// How the selection reads in the report ("Stage: Active"); empty for "All partners".
    QString description;
};

/** Everything a portfolio report shows, as plain values: gathered from the workspace on its thread, analysed
 *  (Monte Carlo rank stability) and built into a document on any thread. */
struct PortfolioReportData
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::report::PortfolioReportData)

public:
    /// One ranked partner: its newest finalised assessment and that assessment's full result.
    struct Entry
    {
        core::Partner partner;
        core::AssessmentSummary assessment;
        core::AssessmentResult result;
        /// Set by analyse() for entries scored against the portfolio's framework.
        std::optional<core::scoring::RankSpread> spread;
    };

    /// Ranked: highest overall first (ties by name).
    QList<Entry> entries;
    /// Selected partners without a finalised, scored assessment, by name.
    QStringList unscored;
    /// The framework most entries were scored against; rank stability covers those entries.
    core::Framework framework;
    PortfolioSelection selection;
    QString workspacePath;
    QDateTime generatedAt;
    QString applicationVersion;
    QString gitRevision;
    QString qtVersion;
    core::scoring::MonteCarloOptions monteCarlo;
    /// The "top N" of the rank stability: 10, or fewer for small portfolios.
    int topN = 10;
    bool analysed = false;

    /// Partners of @p selection with their newest finalised assessment, scored from the stored inputs; must run on
    /// the workspace's thread. Fails with a message saying what to do when a stage is unknown or no selected
    /// partner has a finalised assessment. Does not run the Monte Carlo: call analyse() (on any thread).
    static core::StorageResult<PortfolioReportData> gather(core::Workspace &workspace,
                                                           const PortfolioSelection &selection,
                                                           const core::scoring::MonteCarloOptions &options = {});
    /// Data from already scored entries (tests, benchmarks): ranks them and fills provenance; not analysed.
    static PortfolioReportData fromEntries(QList<Entry> entries, const core::Framework &framework,
                                           const core::scoring::MonteCarloOptions &options = {});

    /// Ranks entries by overall (highest first, ties by name) and sets topN.
    void rank();
    /// Rank stability under Dirichlet weight draws (SensitivityAnalysis::portfolio) for the entries scored against
    /// framework; pure and CPU-bound (about half a second for 1,000 partners), so run it off the GUI thread.
    void analyse();
    /// Entries that have a rank spread.
    int analysedCount() const;
    /// The stage filter's text for the report: "All partners" or e.g. "Stages: Active, Evaluating".
    QString selectionText() const;
};

} // namespace pf::ui::report
