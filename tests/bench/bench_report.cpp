// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One assessment report of the sample workspace (gather, build, lay out, paint, write PDF) next to a bare
// 10-page QPdfWriter document measured in the same run, and the process's peak memory.
// Targets (issue 6): one report under 0.5 s, memory under 300 MB.
#include "core/storage/SampleWorkspace.h"
#include "core/storage/Workspace.h"
#include "ui/report/AssessmentReport.h"
#include "ui/report/ReportPdfWriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pf;

namespace {

constexpr int Rounds = 9;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// Ten A4 pages of text and a few shapes: what any Qt program pays for a PDF of that length.
qint64 bareDocument()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(ui::report::ReportDocument::pageLayout(ui::report::PageSize::A4));
    writer.setResolution(1200);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(150);
    painter.setFont(font);
    for (int page = 0; page < 10; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        for (int line = 0; line < 40; ++line) {
            painter.drawText(QPointF(0, 200 + line * 250),
                             QStringLiteral("Page %1, line %2: the quick brown fox jumps over the lazy dog.")
                                 .arg(page + 1)
                                 .arg(line + 1));
        }
        painter.drawRect(QRectF(0, 0, 8000, 100));
    }
    painter.end();
    return bytes.size();
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.partnerfit"));
    if (!core::SampleWorkspace::create(path).ok()) {
        std::fprintf(stderr, "could not create the sample workspace\n");
        return 1;
    }
    auto opened = core::Workspace::open(path);
    if (!opened.ok()) {
        return 1;
    }
    const QString partner = QStringLiteral("Acme Cloud GmbH");
    bareDocument(); // warm-up: fonts, PDF engine
    QList<double> bare;
    QList<double> gather;
    QList<double> build;
    QList<double> render;
    QList<double> total;
    int pages = 0;
    qint64 bytes = 0;
    qint64 bareBytes = 0;
    for (int round = 0; round < Rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        bareBytes = bareDocument();
        bare << timer.nsecsElapsed() / 1e6;

        timer.restart();
        auto data = ui::report::AssessmentReportData::gather(*opened.workspace, partner);
        const double gathered = timer.nsecsElapsed() / 1e6;
        if (!data.ok()) {
            return 1;
        }
        timer.restart();
        const ui::report::ReportDocument document = ui::report::AssessmentReport::build(*data.value);
        const double built = timer.nsecsElapsed() / 1e6;
        timer.restart();
        const auto result =
            ui::report::ReportPdfWriter::write(document, dir.filePath(QStringLiteral("report.pdf")), {});
        const double written = timer.nsecsElapsed() / 1e6;
        if (!result.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
        pages = result.pages;
        bytes = result.bytes;
        gather << gathered;
        build << built;
        render << written;
        total << gathered + built + written;
    }
    std::printf("bare QPdfWriter, 10 pages of text (%lld bytes): median %.1f ms\n", static_cast<long long>(bareBytes),
                median(bare));
    std::printf("assessment report, %d pages (%lld bytes): median %.1f ms (target < 500 ms)\n", pages,
                static_cast<long long>(bytes), median(total));
    std::printf("  gather from the workspace, score, sensitivity (10,000 Monte Carlo draws): %.1f ms\n",
                median(gather));
    std::printf("  build the document: %.1f ms\n", median(build));
    std::printf("  lay out, paint, write the PDF through QSaveFile: %.1f ms\n", median(render));
    std::printf("peak RSS: %.1f MB (target < 300 MB)\n", peakRssKb() / 1024.0);
    return 0;
}
