// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliWorkspace.h"
#include "Command.h"
#include "core/io/WorkspaceJson.h"
#include "core/storage/SampleWorkspace.h"
#include "core/storage/WorkspaceBackup.h"
#include "core/storage/WorkspaceFiles.h"
#include "core/storage/WorkspaceLocation.h"
#include "core/storage/WorkspaceScoring.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace pf::cli {

namespace {

int init(const CliWorkspace &cli, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = cli.path(parser);
    auto result = parser.isSet(QStringLiteral("workspace")) ? core::Workspace::create(path, CliWorkspace::options())
                                                            : core::Workspace::openDefault(CliWorkspace::options());
    if (!result.ok()) {
        err << QStringLiteral("%1: %2\n").arg(path, result.status.message);
        return RuntimeError;
    }
    out << QCoreApplication::translate("cli", "Workspace ready: %1\n").arg(result.workspace->path());
    return Success;
}

int check(const CliWorkspace &cli, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    auto workspace = cli.open(parser, err);
    if (!workspace) {
        return RuntimeError;
    }
    QStringList problems;
    core::StorageStatus status = workspace->check(&problems);
    // Stored scores are a cache: every one must be reproducible from the stored inputs.
    const auto scores = core::WorkspaceScoring::verifyScoreCache(*workspace);
    const QStringList scoreProblems = scores.ok() ? *scores.value : QStringList{scores.status.message};
    if (!scoreProblems.isEmpty()) {
        problems << scoreProblems;
        if (status.ok()) {
            status = core::StorageStatus::failure(core::StorageError::Corrupt,
                                                  QCoreApplication::translate("cli", "Stored scores do not match their "
                                                                                     "inputs."));
        }
    }
    if (cli.json(parser)) {
        out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("ok"), status.ok()},
                                      {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}})
                .toJson());
    } else if (status.ok()) {
        out << QCoreApplication::translate(
                   "cli", "%1: ok (integrity, foreign keys, assessment versions and stored scores checked)\n")
                   .arg(workspace->path());
    } else {
        err << QStringLiteral("%1: %2\n").arg(workspace->path(), status.message);
        for (const QString &problem : problems) {
            err << QStringLiteral("  %1\n").arg(problem);
        }
    }
    return status.ok() ? Success : RuntimeError;
}

int backup(const CliWorkspace &cli, const QCommandLineParser &parser, const QStringList &rest, QTextStream &out,
           QTextStream &err)
{
    auto workspace = cli.open(parser, err);
    if (!workspace) {
        return RuntimeError;
    }
    QString target;
    if (rest.isEmpty()) {
        auto made = core::WorkspaceBackup::backup(*workspace, core::WorkspaceBackup::Reason::Manual);
        if (!made.ok()) {
            err << QStringLiteral("%1: %2\n").arg(workspace->path(), made.status.message);
            return RuntimeError;
        }
        target = *made.value;
    } else {
        target = rest.first();
        const core::StorageStatus status = core::WorkspaceBackup::backupTo(*workspace, target);
        if (!status.ok()) {
            err << QStringLiteral("%1: %2\n").arg(target, status.message);
            return RuntimeError;
        }
    }
    out << QCoreApplication::translate("cli", "Backup written and verified: %1\n").arg(target);
    return Success;
}

int restore(const CliWorkspace &cli, const QCommandLineParser &parser, const QStringList &rest, QTextStream &out,
            QTextStream &err)
{
    if (rest.size() != 1) {
        err << QCoreApplication::translate("cli",
                                           "partnerfit-cli workspace restore: expected the BACKUP file to restore\n");
        return UsageError;
    }
    QString aside;
    const core::StorageStatus status = core::WorkspaceBackup::restore(rest.first(), cli.path(parser), &aside);
    if (!status.ok()) {
        err << QStringLiteral("%1: %2\n").arg(cli.path(parser), status.message);
        return RuntimeError;
    }
    out << QCoreApplication::translate("cli", "Restored %1 from %2\n").arg(cli.path(parser), rest.first());
    if (!aside.isEmpty()) {
        out << QCoreApplication::translate("cli", "The replaced workspace was kept as %1\n").arg(aside);
    }
    return Success;
}

int sample(const CliWorkspace &cli, const QCommandLineParser &parser, const QStringList &rest, QTextStream &out,
           QTextStream &err)
{
    const QString path = rest.isEmpty() ? cli.path(parser) : rest.first();
    const core::StorageStatus status = core::SampleWorkspace::create(path, CliWorkspace::options());
    if (!status.ok()) {
        err << QStringLiteral("%1: %2\n").arg(path, status.message);
        return RuntimeError;
    }
    out << QCoreApplication::translate("cli", "Sample workspace created: %1\n").arg(path);
    return Success;
}

int exportJson(const CliWorkspace &cli, const QCommandLineParser &parser, const QStringList &rest, QTextStream &out,
               QTextStream &err)
{
    auto workspace = cli.open(parser, err);
    if (!workspace) {
        return RuntimeError;
    }
    auto document = core::io::WorkspaceJson::exportWorkspace(*workspace);
    if (!document.ok()) {
        err << QStringLiteral("%1: %2\n").arg(workspace->path(), document.status.message);
        return RuntimeError;
    }
    const QByteArray bytes = QJsonDocument(*document.value).toJson();
    if (rest.isEmpty() || rest.first() == QLatin1String("-")) {
        out << QString::fromUtf8(bytes);
        return Success;
    }
    QString error;
    if (!core::WorkspaceFiles::saveFile(rest.first(), bytes, &error)) {
        err << QStringLiteral("%1: %2\n").arg(rest.first(), error);
        return RuntimeError;
    }
    return Success;
}

int importJson(const CliWorkspace &cli, const QCommandLineParser &parser, const QStringList &rest, QTextStream &out,
               QTextStream &err)
{
    if (rest.size() != 1) {
        err << QCoreApplication::translate("cli",
                                           "partnerfit-cli workspace import: expected the JSON FILE to import\n");
        return UsageError;
    }
    QFile file(rest.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err << QStringLiteral("%1: %2\n").arg(rest.first(), file.errorString());
        return RuntimeError;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        err << QStringLiteral("%1: %2\n").arg(rest.first(), parseError.errorString());
        return RuntimeError;
    }
    // A new workspace is created for the import unless the named one exists.
    const QString path = cli.path(parser);
    auto opened = QFileInfo::exists(path) ? core::Workspace::open(path, CliWorkspace::options())
                                          : core::Workspace::create(path, CliWorkspace::options());
    if (!opened.ok()) {
        err << QStringLiteral("%1: %2\n").arg(path, opened.status.message);
        return RuntimeError;
    }
    const core::StorageStatus status = core::io::WorkspaceJson::importWorkspace(*opened.workspace, document.object());
    if (!status.ok()) {
        err << QStringLiteral("%1: %2\n").arg(QFileInfo(rest.first()).fileName(), status.message);
        return RuntimeError;
    }
    out << QCoreApplication::translate("cli", "Imported %1 into %2\n").arg(rest.first(), path);
    return Success;
}

} // namespace

int runWorkspace(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliWorkspace cli;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Create, check, back up and restore workspaces."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate(
            "cli", "init, check, backup [FILE], restore BACKUP, sample [PATH], export [FILE.json], import FILE.json"));
    const QString usage = QCoreApplication::translate(
        "cli",
        "Usage: partnerfit-cli workspace init|check|backup|restore|sample|export|import [--workspace PATH] [--json]");
    if (const int code = cli.parse(parser, arguments, usage, out, err); code >= 0) {
        return code;
    }
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        err << usage << QLatin1Char('\n');
        return UsageError;
    }
    const QString action = rest.takeFirst();
    if (action == QLatin1String("init")) {
        return init(cli, parser, out, err);
    }
    if (action == QLatin1String("check")) {
        return check(cli, parser, out, err);
    }
    if (action == QLatin1String("backup")) {
        return backup(cli, parser, rest, out, err);
    }
    if (action == QLatin1String("restore")) {
        return restore(cli, parser, rest, out, err);
    }
    if (action == QLatin1String("sample")) {
        return sample(cli, parser, rest, out, err);
    }
    if (action == QLatin1String("export")) {
        return exportJson(cli, parser, rest, out, err);
    }
    if (action == QLatin1String("import")) {
        return importJson(cli, parser, rest, out, err);
    }
    err << QCoreApplication::translate("cli", "partnerfit-cli workspace: unknown action '%1'\n").arg(action) << usage
        << QLatin1Char('\n');
    return UsageError;
}

} // namespace pf::cli
