// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliWorkspace.h"
#include "Command.h"
#include "core/io/AssessmentJson.h"
#include "core/io/ScoreResultJson.h"
#include "core/io/ScoreResultText.h"
#include "core/scoring/AssessmentScorer.h"
#include "core/storage/WorkspaceScoring.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

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
        const core::AssessmentResult result = core::scoring::AssessmentScorer::score(*input.value);
        if (parser.isSet(jsonOption)) {
            out << QString::fromUtf8(QJsonDocument(core::io::ScoreResultJson::toJson(result)).toJson());
        } else {
            out << core::io::ScoreResultText::format(result, input.value->framework, input.value->partnerName);
        }
        return Success;
    }
    if (files.size() != 1) {
        err << QCoreApplication::translate("cli", "partnerfit-cli score: expected exactly one FILE\n");
        return UsageError;
    }
    const QString path = files.constFirst();
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QStringLiteral("%1: %2\n").arg(path, file.errorString());
        return RuntimeError;
    }
    const auto input = core::io::AssessmentJson::fromBytes(file.readAll());
    if (!input.ok()) {
        err << QStringLiteral("%1: %2\n").arg(name, input.error.toString());
        return RuntimeError;
    }
    const core::AssessmentResult result = core::scoring::AssessmentScorer::score(*input.value);
    if (parser.isSet(jsonOption)) {
        out << QString::fromUtf8(QJsonDocument(core::io::ScoreResultJson::toJson(result)).toJson());
    } else {
        out << core::io::ScoreResultText::format(result, input.value->framework, input.value->partnerName);
    }
    return Success;
}

} // namespace pf::cli
