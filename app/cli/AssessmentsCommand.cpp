// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliWorkspace.h"
#include "Command.h"
#include "core/io/AssessmentJson.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/StorageCodec.h"
#include "core/storage/WorkspaceFiles.h"
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

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

/// The current assessment of partner @p name that a "--partner NAME" option means: its newest one.
core::StorageResult<qint64> newestAssessmentOf(core::Workspace &workspace, const QString &name)
{
    auto partner = core::PartnerRepository(workspace).findByName(name);
    if (!partner.ok()) {
        return core::StorageResult<qint64>::failure(partner.status);
    }
    auto list = core::AssessmentRepository(workspace).listCurrent(partner.value->id);
    if (!list.ok()) {
        return core::StorageResult<qint64>::failure(list.status);
    }
    if (list.value->isEmpty()) {
        return core::StorageResult<qint64>::failure(
            core::StorageError::NotFound, QCoreApplication::translate("cli", "%1 has no assessment yet.").arg(name));
    }
    return core::StorageResult<qint64>::of(list.value->first().id);
}

int runAssessments(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliWorkspace cli;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "List, export and import assessments (partnerfit.assessment files)."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("cli", "list, export, import FILE"));
    const QCommandLineOption partnerOption(QStringLiteral("partner"),
                                           QCoreApplication::translate("cli", "Only this partner's assessments."),
                                           QStringLiteral("name"));
    const QCommandLineOption idOption(QStringLiteral("id"),
                                      QCoreApplication::translate("cli", "The assessment (version) id to export."),
                                      QStringLiteral("id"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("cli", "Write the file here instead of standard output."), QStringLiteral("file"));
    const QCommandLineOption draft(QStringLiteral("draft"),
                                   QCoreApplication::translate("cli", "Keep an imported assessment as a draft."));
    parser.addOption(partnerOption);
    parser.addOption(idOption);
    parser.addOption(output);
    parser.addOption(draft);
    const QString usage = QCoreApplication::translate(
        "cli", "Usage: partnerfit-cli assessments list [--partner NAME] | export (--id ID | --partner "
               "NAME) [-o FILE] | import FILE [--draft]  [--workspace PATH] [--json]");
    if (const int code = cli.parse(parser, arguments, usage, out, err); code >= 0) {
        return code;
    }
    QStringList rest = parser.positionalArguments();
    const QString action = rest.isEmpty() ? QString() : rest.takeFirst();
    if (action != QLatin1String("list") && action != QLatin1String("export") && action != QLatin1String("import")) {
        err << usage << QLatin1Char('\n');
        return UsageError;
    }
    if (action == QLatin1String("import") && rest.size() != 1) {
        err << QCoreApplication::translate(
            "cli", "partnerfit-cli assessments import: expected one partnerfit.assessment FILE\n");
        return UsageError;
    }
    if (action == QLatin1String("export") && !parser.isSet(idOption) && !parser.isSet(partnerOption)) {
        err << QCoreApplication::translate(
            "cli", "partnerfit-cli assessments export: name the assessment with --id ID or --partner NAME\n");
        return UsageError;
    }
    auto workspace = cli.open(parser, err);
    if (!workspace) {
        return RuntimeError;
    }
    if (action == QLatin1String("list")) {
        qint64 partnerId = 0;
        if (parser.isSet(partnerOption)) {
            auto partner = core::PartnerRepository(*workspace).findByName(parser.value(partnerOption));
            if (!partner.ok()) {
                err << partner.status.message << QLatin1Char('\n');
                return RuntimeError;
            }
            partnerId = partner.value->id;
        }
        auto list = core::AssessmentRepository(*workspace).listCurrent(partnerId);
        if (!list.ok()) {
            err << list.status.message << QLatin1Char('\n');
            return RuntimeError;
        }
        QJsonArray array;
        for (const core::AssessmentSummary &a : *list.value) {
            const bool scored = a.score.has_value();
            if (cli.json(parser)) {
                array << QJsonObject{
                    {QStringLiteral("id"), a.id},
                    {QStringLiteral("partner"), a.partnerName},
                    {QStringLiteral("kind"), core::StorageCodec::kindKey(a.kind)},
                    {QStringLiteral("status"), core::StorageCodec::statusKey(a.status)},
                    {QStringLiteral("version"), a.version},
                    {QStringLiteral("asOf"), a.asOf.toString(Qt::ISODate)},
                    {QStringLiteral("nextDue"),
                     a.nextDue.isValid() ? QJsonValue(a.nextDue.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("overall"),
                     scored ? optionalNumber(a.score->overall) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("band"), scored ? QJsonValue(a.score->band) : QJsonValue(QJsonValue::Null)}};
            } else {
                out << QStringLiteral("%1\t%2\t%3\t%4\tv%5\t%6\t%7\n")
                           .arg(a.id)
                           .arg(a.partnerName, a.asOf.toString(Qt::ISODate), core::StorageCodec::kindKey(a.kind),
                                QString::number(a.version), core::StorageCodec::statusKey(a.status),
                                scored && a.score->overall
                                    ? QStringLiteral("%1 %2").arg(*a.score->overall, 0, 'f', 1).arg(a.score->band)
                                    : QStringLiteral("-"));
            }
        }
        if (cli.json(parser)) {
            out << QString::fromUtf8(QJsonDocument(array).toJson());
        }
        return Success;
    }
    if (action == QLatin1String("export")) {
        auto id = parser.isSet(idOption) ? core::StorageResult<qint64>::of(parser.value(idOption).toLongLong())
                                         : newestAssessmentOf(*workspace, parser.value(partnerOption));
        if (!id.ok()) {
            err << id.status.message << QLatin1Char('\n');
            return RuntimeError;
        }
        auto input = core::WorkspaceScoring::input(*workspace, *id.value);
        if (!input.ok()) {
            err << input.status.message << QLatin1Char('\n');
            return RuntimeError;
        }
        const QByteArray bytes = QJsonDocument(core::io::AssessmentJson::toJson(*input.value)).toJson();
        if (!parser.isSet(output)) {
            out << QString::fromUtf8(bytes);
            return Success;
        }
        QString error;
        if (!core::WorkspaceFiles::saveFile(parser.value(output), bytes, &error)) {
            err << QStringLiteral("%1: %2\n").arg(parser.value(output), error);
            return RuntimeError;
        }
        return Success;
    }
    QFile file(rest.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err << QStringLiteral("%1: %2\n").arg(rest.first(), file.errorString());
        return RuntimeError;
    }
    const QString name = QFileInfo(rest.first()).fileName();
    const auto input = core::io::AssessmentJson::fromBytes(file.readAll());
    if (!input.ok()) {
        err << QStringLiteral("%1: %2\n").arg(name, input.error.toString());
        return RuntimeError;
    }
    auto id = core::WorkspaceScoring::importAssessment(*workspace, *input.value, parser.isSet(draft));
    if (!id.ok()) {
        err << QStringLiteral("%1: %2\n").arg(name, id.status.message);
        return RuntimeError;
    }
    out << QCoreApplication::translate("cli", "Imported %1 as assessment %2 of %3\n")
               .arg(name)
               .arg(*id.value)
               .arg(input.value->partnerName);
    return Success;
}

} // namespace pf::cli
