// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliWorkspace.h"
#include "Command.h"
#include "core/io/AssessmentJson.h"
#include "core/io/ScoreResultJson.h"
#include "core/io/ScoreResultText.h"
#include "core/io/SensitivityReport.h"
#include "core/scoring/AssessmentScorer.h"
#include "core/storage/WorkspaceScoring.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace pf::cli {

core::StorageResult<qint64> newestAssessmentOf(core::Workspace &workspace, const QString &name);

int runScore(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Score a partnerfit.assessment file and print the verdict."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print the result as JSON."));
    parser.addOption(jsonOption);
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QCoreApplication::translate("cli", "With --partner: the workspace (default: the default workspace)."),
        QStringLiteral("path"));
    const QCommandLineOption partnerOption(
        QStringLiteral("partner"),
        QCoreApplication::translate("cli",
                                    "Score the newest assessment of this partner in the workspace instead of a file."),
        QStringLiteral("name"));
    parser.addOption(workspaceOption);
    parser.addOption(partnerOption);
    const QCommandLineOption sensitivityOption(
        QStringLiteral("sensitivity"),
        QCoreApplication::translate("cli",
                                    "Add the sensitivity to the dimension weights (tornado, Monte Carlo, band flip)."));
    parser.addOption(sensitivityOption);
    const QCommandLineOption drawsOption(QStringLiteral("draws"),
                                         QCoreApplication::translate("cli", "Monte Carlo draws (default 10000)."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOption(drawsOption);
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("cli", "Monte Carlo seed (default 20261126)."),
                                        QStringLiteral("n"), QStringLiteral("20261126"));
    parser.addOption(seedOption);
    const QCommandLineOption concentrationOption(
        QStringLiteral("concentration"),
        QCoreApplication::translate("cli", "Dirichlet concentration of the weights (default 100)."),
        QStringLiteral("x"), QStringLiteral("100"));
    parser.addOption(concentrationOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("cli", "The partnerfit.assessment file to score."));
    // The first argument is the program, the second the command name: parse the rest.
    if (!parser.parse(arguments.mid(1))) {
        err << QStringLiteral("partnerfit-cli score: %1\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options] file"), QStringLiteral("score [options] file"));
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    // --partner: the newest assessment of that partner in the workspace, scored from its stored inputs.
    std::optional<core::AssessmentInput> stored;
    if (parser.isSet(partnerOption)) {
        if (!files.isEmpty()) {
            err << QCoreApplication::translate("cli", "partnerfit-cli score: give either FILE or --partner NAME\n");
            return UsageError;
        }
        auto opened = parser.isSet(workspaceOption)
                          ? core::Workspace::open(parser.value(workspaceOption), CliWorkspace::options())
                          : core::Workspace::openDefault(CliWorkspace::options());
        if (!opened.ok()) {
            err << opened.status.message << QLatin1Char('\n');
            return RuntimeError;
        }
        auto id = newestAssessmentOf(*opened.workspace, parser.value(partnerOption));
        auto input = id.ok() ? core::WorkspaceScoring::input(*opened.workspace, *id.value)
                             : core::StorageResult<core::AssessmentInput>::failure(id.status);
        if (!input.ok()) {
            err << input.status.message << QLatin1Char('\n');
            return RuntimeError;
        }
        stored = *input.value;
    } else if (files.size() != 1) {
        err << QCoreApplication::translate("cli", "partnerfit-cli score: expected exactly one FILE\n");
        return UsageError;
    }
    core::scoring::MonteCarloOptions options;
    bool drawsOk = false;
    bool seedOk = false;
    bool concentrationOk = false;
    options.draws = parser.value(drawsOption).toInt(&drawsOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    options.concentration = parser.value(concentrationOption).toDouble(&concentrationOk);
    if (!drawsOk || options.draws < 1 || options.draws > 10000000 || !seedOk || !concentrationOk ||
        !(options.concentration > 0.0)) {
        err << QCoreApplication::translate(
            "cli", "partnerfit-cli score: --draws takes 1 to 10000000, --seed a whole number >= 0, "
                   "--concentration a number > 0\n");
        return UsageError;
    }
    core::io::ReadResult<core::AssessmentInput> input;
    if (stored) {
        input.value = std::move(stored);
    } else {
        const QString path = files.constFirst();
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << QStringLiteral("%1: %2\n").arg(path, file.errorString());
            return RuntimeError;
        }
        input = core::io::AssessmentJson::fromBytes(file.readAll());
        if (!input.ok()) {
            err << QStringLiteral("%1: %2\n").arg(name, input.error.toString());
            return RuntimeError;
        }
    }
    const core::AssessmentResult result = core::scoring::AssessmentScorer::score(*input.value);
    std::optional<core::io::SensitivityReport> sensitivity;
    if (parser.isSet(sensitivityOption)) {
        sensitivity = core::io::SensitivityReport::compute(result, input.value->framework, options);
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject json = core::io::ScoreResultJson::toJson(result);
        if (sensitivity) {
            json.insert(QStringLiteral("sensitivity"), sensitivity->toJson());
        }
        out << QString::fromUtf8(QJsonDocument(json).toJson());
    } else {
        out << core::io::ScoreResultText::format(result, input.value->framework, input.value->partnerName);
        if (sensitivity) {
            out << sensitivity->toText(input.value->framework);
        }
    }
    return Success;
}

} // namespace pf::cli
