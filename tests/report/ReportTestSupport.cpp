// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTestSupport.h"

#include "PdfTools.h"
#include "core/storage/SampleWorkspace.h"
#include "core/storage/Workspace.h"
#include "ui/report/AssessmentReport.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <memory>
#include <stdexcept>

namespace pf::test {

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

QString sampleWorkspacePath()
{
    static const QString path = [] {
        const QString file = scratch().filePath(QStringLiteral("sample.partnerfit"));
        const core::StorageStatus status = core::SampleWorkspace::create(file);
        if (!status.ok()) {
            throw std::runtime_error(status.message.toStdString());
        }
        return file;
    }();
    return path;
}

ui::report::AssessmentReportData sampleReportData(const QString &partner)
{
    auto opened = core::Workspace::open(sampleWorkspacePath());
    if (!opened.ok()) {
        throw std::runtime_error(opened.status.message.toStdString());
    }
    auto data = ui::report::AssessmentReportData::gather(*opened.workspace, partner);
    if (!data.ok()) {
        throw std::runtime_error(data.status.message.toStdString());
    }
    return *data.value;
}

QString writeSampleReport(const QString &partner, const ui::report::PdfOptions &options)
{
    static int count = 0;
    const QString path = scratch().filePath(QStringLiteral("report-%1.pdf").arg(++count));
    const auto document = ui::report::AssessmentReport::build(sampleReportData(partner));
    const auto result = ui::report::ReportPdfWriter::write(document, path, options);
    if (!result.ok) {
        throw std::runtime_error(result.error.toStdString());
    }
    return path;
}

QList<PdfWord> pdfWords(const QString &pdf)
{
    const QString html =
        PdfTools::run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> words;
    int page = 0;
    QSizeF size;
    for (const QString &line : html.split(QLatin1Char('\n'))) {
        if (const auto m = pageRe.match(line); m.hasMatch()) {
            ++page;
            size = QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
        } else if (const auto w = wordRe.match(line); w.hasMatch()) {
            const QPointF topLeft(w.captured(1).toDouble(), w.captured(2).toDouble());
            const QPointF bottomRight(w.captured(3).toDouble(), w.captured(4).toDouble());
            words << PdfWord{page, w.captured(5), QRectF(topLeft, bottomRight), size};
        }
    }
    return words;
}

} // namespace pf::test
