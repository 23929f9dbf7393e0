// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliWorkspace.h"
#include "Command.h"
#include "ui/report/AssessmentReport.h"
#include "ui/report/PortfolioReport.h"
#include "ui/report/ReportPdfWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <unistd.h>
#endif

namespace pf::cli {

std::unique_ptr<QCoreApplication> createGuiApplication(int &argc, char **argv)
{
    // Fonts need a QGuiApplication; the offscreen platform needs no display, so reports work headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Headless servers often have no XDG_RUNTIME_DIR; Qt would warn on every run. Give it a private one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/partnerfit-runtime-%1").arg(::getuid());
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

namespace {

/// Options every report shares: output file, page size, PDF/A.
struct OutputOptions
{
    QString path;
    ui::report::PdfOptions pdf;
};

/// Parses -o, --page-size and --pdfa; prints a usage error and returns false when they are wrong.
bool outputOptions(const QCommandLineParser &parser, const QCommandLineOption &output,
                   const QCommandLineOption &pageSize, const QCommandLineOption &pdfa, OutputOptions *result,
                   QTextStream &err)
{
    if (!parser.isSet(output) || parser.value(output).isEmpty()) {
        err << QCoreApplication::translate("cli", "partnerfit-cli report: give the PDF file to write with -o FILE\n");
        return false;
    }
    result->path = parser.value(output);
    result->pdf.pageSize = ui::report::ReportDocument::defaultPageSize(QLocale());
    if (parser.isSet(pageSize)) {
        const QString size = parser.value(pageSize).toLower();
        if (size == QLatin1String("a4")) {
            result->pdf.pageSize = ui::report::PageSize::A4;
        } else if (size == QLatin1String("letter")) {
            result->pdf.pageSize = ui::report::PageSize::Letter;
        } else {
            err << QCoreApplication::translate("cli", "partnerfit-cli report: --page-size takes a4 or letter, not "
                                                      "'%1'\n")
                       .arg(parser.value(pageSize));
            return false;
        }
    }
    result->pdf.pdfA = parser.isSet(pdfa);
    return true;
}

/// report --portfolio [--stage STAGE ...]: the ranking, quadrant, pillars and rank stability of many partners.
int runPortfolioReport(const QCommandLineParser &parser, const QCommandLineOption &stageOption,
                       const OutputOptions &output, QTextStream &out, QTextStream &err)
{
    ui::report::PortfolioSelection selection;
    for (const QString &value : parser.values(stageOption)) {
        for (const QString &stage : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = stage.trimmed().toLower();
            if (!core::Partner::stages().contains(key)) {
                err << QCoreApplication::translate("cli", "partnerfit-cli report: '%1' is not a stage; use %2\n")
                           .arg(stage, core::Partner::stages().join(QStringLiteral(", ")));
                return UsageError;
            }
            if (!selection.stages.contains(key)) {
                selection.stages << key;
            }
        }
    }
    const std::unique_ptr<core::Workspace> workspace = CliWorkspace().open(parser, err);
    if (!workspace) {
        return RuntimeError;
    }
    auto data = ui::report::PortfolioReportData::gather(*workspace, selection);
    if (!data.ok()) {
        err << data.status.message << QLatin1Char('\n');
        return RuntimeError;
    }
    data.value->analyse();
    const ui::report::ReportDocument document = ui::report::PortfolioReport::build(*data.value, QLocale());
    const ui::report::PdfResult result = ui::report::ReportPdfWriter::write(document, output.path, output.pdf);
    if (!result.ok) {
        err << result.error << QLatin1Char('\n');
        return RuntimeError;
    }
    out << QCoreApplication::translate("cli", "Wrote %1 (%2 pages; partners ranked: %3)\n")
               .arg(QFileInfo(output.path).absoluteFilePath(), QLocale().toString(result.pages),
                    QLocale().toString(data.value->entries.size()));
    return Success;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Write the PDF assessment report of a partner's newest assessment."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QCoreApplication::translate("cli",
                                                                         "The workspace file (default: the default "
                                                                         "workspace)."),
                                             QStringLiteral("path"));
    const QCommandLineOption partnerOption(QStringLiteral("partner"),
                                           QCoreApplication::translate("cli", "The partner to report on."),
                                           QStringLiteral("name"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("cli", "The PDF file to write."),
                                          QStringLiteral("file"));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"),
        QCoreApplication::translate("cli", "a4 or letter (default: the usual size where you live)."),
        QStringLiteral("size"));
    const QCommandLineOption pdfaOption(QStringLiteral("pdfa"),
                                        QCoreApplication::translate("cli", "Write archival PDF/A-1b."));
    const QCommandLineOption portfolioOption(
        QStringLiteral("portfolio"),
        QCoreApplication::translate("cli", "Write the portfolio report (ranking, mutual gain, pillars, rank "
                                           "stability) of every partner with a finalised assessment instead."));
    const QCommandLineOption stageOption(
        QStringLiteral("stage"),
        QCoreApplication::translate("cli", "With --portfolio: only partners in this stage (prospect, evaluating, "
                                           "active, paused, exited); repeat or separate with commas."),
        QStringLiteral("stage"));
    for (const QCommandLineOption &option :
         {workspaceOption, partnerOption, outputOption, pageSizeOption, pdfaOption, portfolioOption, stageOption}) {
        parser.addOption(option);
    }
    // The first argument is the program, the second the command name: parse the rest.
    if (!parser.parse(arguments.mid(1))) {
        err << QStringLiteral("partnerfit-cli report: %1\n").arg(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("report [options]"));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("cli", "partnerfit-cli report: unexpected argument '%1'\n")
                   .arg(parser.positionalArguments().constFirst());
        return UsageError;
    }
    // Further report kinds (e.g. a portfolio) add their option here and branch before --partner is required.
    if (parser.isSet(portfolioOption)) {
        if (parser.isSet(partnerOption)) {
            err << QCoreApplication::translate("cli", "partnerfit-cli report: give either --partner or --portfolio, "
                                                      "not both\n");
            return UsageError;
        }
        OutputOptions output;
        if (!outputOptions(parser, outputOption, pageSizeOption, pdfaOption, &output, err)) {
            return UsageError;
        }
        return runPortfolioReport(parser, stageOption, output, out, err);
    }
    if (parser.isSet(stageOption)) {
        err << QCoreApplication::translate("cli", "partnerfit-cli report: --stage only applies to --portfolio\n");
        return UsageError;
    }
    if (!parser.isSet(partnerOption)) {
        err << QCoreApplication::translate("cli", "partnerfit-cli report: name the partner with --partner NAME\n");
        return UsageError;
    }
    OutputOptions output;
    if (!outputOptions(parser, outputOption, pageSizeOption, pdfaOption, &output, err)) {
        return UsageError;
    }

    const std::unique_ptr<core::Workspace> workspace = CliWorkspace().open(parser, err);
    if (!workspace) {
        return RuntimeError;
    }
    auto data = ui::report::AssessmentReportData::gather(*workspace, parser.value(partnerOption));
    if (!data.ok()) {
        err << data.status.message << QLatin1Char('\n');
        return RuntimeError;
    }
    const ui::report::ReportDocument document = ui::report::AssessmentReport::build(*data.value, QLocale());
    const ui::report::PdfResult result = ui::report::ReportPdfWriter::write(document, output.path, output.pdf);
    if (!result.ok) {
        err << result.error << QLatin1Char('\n');
        return RuntimeError;
    }
    out << QCoreApplication::translate("cli", "Wrote %1 (%2 pages)\n")
               .arg(QFileInfo(output.path).absoluteFilePath(), QLocale().toString(result.pages));
    return Success;
}

} // namespace pf::cli
