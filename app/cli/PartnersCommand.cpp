// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliWorkspace.h"
#include "Command.h"
#include "core/io/PartnerCsv.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/StorageCodec.h"
#include "core/storage/WorkspaceFiles.h"

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

int list(core::Workspace &workspace, bool json, QTextStream &out, QTextStream &err)
{
    auto partners = core::PartnerRepository(workspace).list();
    if (!partners.ok()) {
        err << partners.status.message << QLatin1Char('\n');
        return RuntimeError;
    }
    if (json) {
        QJsonArray array;
        for (const core::Partner &p : *partners.value) {
            array << QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("website"), p.website},
                                 {QStringLiteral("type"), p.type},
                                 {QStringLiteral("industry"), p.industry},
                                 {QStringLiteral("regions"), QJsonArray::fromStringList(p.regions)},
                                 {QStringLiteral("stage"), p.stage},
                                 {QStringLiteral("owner"), p.owner},
                                 {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)}};
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson());
        return Success;
    }
    for (const core::Partner &p : *partners.value) {
        out << QStringLiteral("%1\t%2\t%3\t%4\n").arg(p.name, p.stage, p.type, p.owner);
    }
    return Success;
}

int importCsv(core::Workspace &workspace, const QString &file, bool validOnly, bool json, QTextStream &out,
              QTextStream &err)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        err << QStringLiteral("%1: %2\n").arg(file, in.errorString());
        return RuntimeError;
    }
    core::PartnerRepository partners(workspace);
    auto existing = partners.list();
    if (!existing.ok()) {
        err << existing.status.message << QLatin1Char('\n');
        return RuntimeError;
    }
    QSet<QString> names;
    for (const core::Partner &p : *existing.value) {
        names.insert(p.name);
    }
    const auto report = core::io::PartnerCsv::read(in.readAll(), names);
    const QString name = QFileInfo(file).fileName();
    const bool importing = !report.fileError && (report.allValid() || validOnly) && !report.valid.isEmpty();
    core::StorageStatus status;
    if (importing) {
        status = partners.addMany(report.valid, name).status;
    }
    const int imported = importing && status.ok() ? int(report.valid.size()) : 0;
    if (json) {
        QJsonArray issues;
        for (const auto &issue : report.issues) {
            issues << QJsonObject{{QStringLiteral("line"), issue.line}, {QStringLiteral("message"), issue.message}};
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("rows"), report.rowCount},
                                                           {QStringLiteral("valid"), report.valid.size()},
                                                           {QStringLiteral("imported"), imported},
                                                           {QStringLiteral("invalid"), issues},
                                                           {QStringLiteral("ignoredColumns"),
                                                            QJsonArray::fromStringList(report.ignoredColumns)}})
                                     .toJson());
    }
    for (const auto &issue : report.issues) {
        err << (issue.line > 0 ? QStringLiteral("%1:%2: %3\n").arg(name).arg(issue.line).arg(issue.message)
                               : QStringLiteral("%1: %2\n").arg(name, issue.message));
    }
    if (!report.ignoredColumns.isEmpty()) {
        err << QCoreApplication::translate("cli", "%1: ignored columns: %2\n")
                   .arg(name, report.ignoredColumns.join(QStringLiteral(", ")));
    }
    if (!status.ok()) {
        err << QStringLiteral("%1: %2\n").arg(name, status.message);
        return RuntimeError;
    }
    if (!report.allValid() && !validOnly) {
        err << QCoreApplication::translate(
                   "cli", "%1: nothing was imported because %2 of %3 rows are invalid. Fix them, or run again with "
                          "--valid-only to import the %4 valid rows.\n")
                   .arg(name)
                   .arg(report.issues.size())
                   .arg(report.rowCount)
                   .arg(report.valid.size());
        return RuntimeError;
    }
    if (!json) {
        out << QCoreApplication::translate("cli", "Imported %1 of %2 partners from %3\n")
                   .arg(imported)
                   .arg(report.rowCount)
                   .arg(name);
    }
    return report.fileError ? RuntimeError : Success;
}

int exportCsv(core::Workspace &workspace, const QString &target, bool scores, QTextStream &out, QTextStream &err)
{
    QByteArray bytes;
    if (scores) {
        auto assessments = core::AssessmentRepository(workspace).listCurrent();
        if (!assessments.ok()) {
            err << assessments.status.message << QLatin1Char('\n');
            return RuntimeError;
        }
        bytes = core::io::PartnerCsv::writeScores(*assessments.value);
    } else {
        auto partners = core::PartnerRepository(workspace).list();
        if (!partners.ok()) {
            err << partners.status.message << QLatin1Char('\n');
            return RuntimeError;
        }
        bytes = core::io::PartnerCsv::writePartners(*partners.value);
    }
    if (target.isEmpty() || target == QLatin1String("-")) {
        out << QString::fromUtf8(bytes);
        return Success;
    }
    QString error;
    if (!core::WorkspaceFiles::saveFile(target, bytes, &error)) {
        err << QStringLiteral("%1: %2\n").arg(target, error);
        return RuntimeError;
    }
    return Success;
}

} // namespace

int runPartners(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliWorkspace cli;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "List, import (CSV) and export (CSV) the partners of a workspace."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("cli", "list, import FILE.csv, export [-o FILE.csv]"));
    const QCommandLineOption validOnly(
        QStringLiteral("valid-only"),
        QCoreApplication::translate("cli", "Import the valid rows even when some rows are invalid."));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("cli", "Write the CSV to this file instead of standard output."),
        QStringLiteral("file"));
    const QCommandLineOption scores(
        QStringLiteral("scores"),
        QCoreApplication::translate("cli",
                                    "Export the current assessments with their scores instead of the partners."));
    parser.addOption(validOnly);
    parser.addOption(output);
    parser.addOption(scores);
    const QString usage = QCoreApplication::translate(
        "cli", "Usage: partnerfit-cli partners list|import FILE|export [-o FILE] [--scores] "
               "[--workspace PATH] [--json]");
    if (const int code = cli.parse(parser, arguments, usage, out, err); code >= 0) {
        return code;
    }
    QStringList rest = parser.positionalArguments();
    const QString action = rest.isEmpty() ? QString() : rest.takeFirst();
    if (action != QLatin1String("list") && action != QLatin1String("import") && action != QLatin1String("export")) {
        err << usage << QLatin1Char('\n');
        return UsageError;
    }
    if (action == QLatin1String("import") && rest.size() != 1) {
        err << QCoreApplication::translate("cli", "partnerfit-cli partners import: expected one CSV FILE\n");
        return UsageError;
    }
    auto workspace = cli.open(parser, err);
    if (!workspace) {
        return RuntimeError;
    }
    if (action == QLatin1String("list")) {
        return list(*workspace, cli.json(parser), out, err);
    }
    if (action == QLatin1String("import")) {
        return importCsv(*workspace, rest.first(), parser.isSet(validOnly), cli.json(parser), out, err);
    }
    return exportCsv(*workspace, parser.value(output), parser.isSet(scores), out, err);
}

} // namespace pf::cli
