// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "core/BuildInfo.h"

#include <QTextStream>

#include <cstdio>

namespace pf::cli {

int runAssessments(const QStringList &arguments);
int runPartners(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runScore(const QStringList &arguments);
int runWeights(const QStringList &arguments);
int runWorkspace(const QStringList &arguments);

namespace {

int runVersion(const QStringList &)
{
    QTextStream(stdout) << versionText();
    return Success;
}

} // namespace

QString versionText()
{
    return core::BuildInfo::versionReport(QStringLiteral("partnerfit-cli"));
}

std::span<const Command> commands()
{
    // Each command's implementation lives in its own file next to this one.
    static const Command table[] = {
        {"assessments", "List, export and import assessments of a workspace", runAssessments, false},
        {"partners", "List, import and export partners (CSV)", runPartners, false},
        {"report", "Write a partner's assessment report as PDF", runReport, true},
        {"score", "Score a partnerfit.assessment file", runScore, false},
        {"weights", "Derive weights from a partnerfit.pairwise file (AHP)", runWeights, false},
        {"workspace", "Create, check, back up, restore a workspace; sample data", runWorkspace, false},
        {"version", "Print the version and exit", runVersion, false},
    };
    return table;
}

} // namespace pf::cli
