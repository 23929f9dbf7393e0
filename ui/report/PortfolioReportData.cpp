// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortfolioReportData.h"

#include "core/BuildInfo.h"
#include "core/scoring/AssessmentScorer.h"
#include "core/scoring/SensitivityAnalysis.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceScoring.h"
#include "ui/partners/PartnerListModel.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

namespace pf::ui::report {

namespace {

void fillProvenance(PortfolioReportData &data)
{
    data.generatedAt = QDateTime::currentDateTime();
    data.applicationVersion = core::BuildInfo::version();
    data.gitRevision = core::BuildInfo::gitRevision();
    data.qtVersion = core::BuildInfo::qtVersion();
}

} // namespace

core::StorageResult<PortfolioReportData> PortfolioReportData::gather(core::Workspace &workspace,
                                                                     const PortfolioSelection &selection,
                                                                     const core::scoring::MonteCarloOptions &options)
{
    using Result = core::StorageResult<PortfolioReportData>;
    for (const QString &stage : selection.stages) {
        if (!core::Partner::stages().contains(stage)) {
            return Result::failure(core::StorageError::Invalid,
                                   tr("'%1' is not a stage: use one of %2.")
                                       .arg(stage, core::Partner::stages().join(QStringLiteral(", "))));
        }
    }
    auto partners = core::PartnerRepository(workspace).list();
    if (!partners.ok()) {
        return Result::failure(partners.status);
    }
    auto assessments = core::AssessmentRepository(workspace).listCurrent();
    if (!assessments.ok()) {
        return Result::failure(assessments.status);
    }
    // Newest finalised, scored assessment per partner (listCurrent is newest first within a partner).
    QHash<qint64, core::AssessmentSummary> newest;
    for (const core::AssessmentSummary &summary : *assessments.value) {
        if (summary.status == core::AssessmentStatus::Finalised && summary.score && summary.score->overall &&
            !newest.contains(summary.partnerId)) {
            newest.insert(summary.partnerId, summary);
        }
    }
    const QSet<qint64> ids(selection.partnerIds.cbegin(), selection.partnerIds.cend());
    PortfolioReportData data;
    data.selection = selection;
    data.monteCarlo = options;
    std::map<QPair<QString, int>, int> frameworkUse;
    std::map<QPair<QString, int>, core::Framework> frameworks;
    for (const core::Partner &partner : *partners.value) {
        if ((!selection.stages.isEmpty() && !selection.stages.contains(partner.stage)) ||
            (!ids.isEmpty() && !ids.contains(partner.id))) {
            continue;
        }
        const auto found = newest.constFind(partner.id);
        if (found == newest.cend()) {
            data.unscored << partner.name;
            continue;
        }
        auto input = core::WorkspaceScoring::input(workspace, found->id);
        if (!input.ok()) {
            return Result::failure(input.status);
        }
        Entry entry;
        entry.partner = partner;
        entry.assessment = *found;
        entry.result = core::scoring::AssessmentScorer::score(*input.value);
        const QPair<QString, int> key(input.value->framework.key, input.value->framework.version);
        if (++frameworkUse[key] == 1) {
            frameworks.emplace(key, input.value->framework);
        }
        data.entries << std::move(entry);
    }
    if (data.entries.isEmpty()) {
        return Result::failure(core::StorageError::NotFound,
                               data.unscored.isEmpty()
                                   ? tr("No partner matches the selection: choose other stages or add partners.")
                                   : tr("None of the selected partners has a finalised assessment: finalise an "
                                        "assessment before exporting a portfolio report."));
    }
    const auto most = std::max_element(frameworkUse.cbegin(), frameworkUse.cend(),
                                       [](const auto &a, const auto &b) { return a.second < b.second; });
    data.framework = frameworks.at(most->first);
    data.workspacePath = QFileInfo(workspace.path()).absoluteFilePath();
    fillProvenance(data);
    data.rank();
    return Result::of(std::move(data));
}

PortfolioReportData PortfolioReportData::fromEntries(QList<Entry> entries, const core::Framework &framework,
                                                     const core::scoring::MonteCarloOptions &options)
{
    PortfolioReportData data;
    data.entries = std::move(entries);
    data.framework = framework;
    data.monteCarlo = options;
    fillProvenance(data);
    data.rank();
    return data;
}

void PortfolioReportData::rank()
{
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const double x = a.result.overall.value_or(-1.0);
        const double y = b.result.overall.value_or(-1.0);
        if (x != y) {
            return x > y;
        }
        return QString::localeAwareCompare(a.partner.name, b.partner.name) < 0;
    });
    topN = int(std::min<qsizetype>(10, std::max<qsizetype>(1, entries.size() / 2)));
}

void PortfolioReportData::analyse()
{
    QList<core::AssessmentResult> results;
    QList<int> index;
    for (int i = 0; i < entries.size(); ++i) {
        Entry &entry = entries[i];
        entry.spread.reset();
        const core::AssessmentSummary &a = entry.assessment;
        const bool sameFramework = (a.frameworkKey.isEmpty() ||
                                    (a.frameworkKey == framework.key && a.frameworkVersion == framework.version)) &&
                                   entry.result.dimensions.size() == framework.dimensions.size();
        if (sameFramework && entry.result.overall) {
            results << entry.result;
            index << i;
        }
    }
    if (!results.isEmpty()) {
        const QList<core::scoring::RankSpread> spreads =
            core::scoring::SensitivityAnalysis::portfolio(results, topN, monteCarlo, &framework);
        for (int k = 0; k < index.size(); ++k) {
            entries[index.at(k)].spread = spreads.at(k);
        }
    }
    analysed = true;
}

int PortfolioReportData::analysedCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.spread.has_value(); }));
}

QString PortfolioReportData::selectionText() const
{
    if (!selection.description.isEmpty()) {
        return selection.description;
    }
    if (selection.stages.isEmpty()) {
        return tr("All partners");
    }
    QStringList names;
    for (const QString &stage : selection.stages) {
        names << PartnerListModel::stageName(stage);
    }
    return tr("Stages: %1").arg(QLocale().createSeparatedList(names));
}

} // namespace pf::ui::report
