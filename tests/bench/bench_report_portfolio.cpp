// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A 1,000-partner portfolio report (10,000 Monte Carlo draws) next to a bare 10-page QPdfWriter document, measured
// in the same run, with the process's peak memory. Usage: bench_report_portfolio [rounds] [partners] [keep.pdf]
#include "report/PortfolioFixture.h"
#include "ui/report/PortfolioReport.h"
#include "ui/report/ReportPdfWriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

double bareTenPages()
{
    QElapsedTimer timer;
    timer.start();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(1200);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(120);
    painter.setFont(font);
    for (int page = 0; page < 10; ++page) {
        if (page > 0) {
            writer.newPage();
        }
        for (int line = 0; line < 40; ++line) {
            painter.drawText(600, 800 + line * 220,
                             QStringLiteral("Page %1, line %2: the quick brown fox").arg(page + 1).arg(line + 1));
        }
        painter.drawRect(600, 600, 8000, 9000);
    }
    painter.end();
    return timer.nsecsElapsed() / 1e6;
}

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    const int partners = argc > 2 ? std::max(2, atoi(argv[2])) : 1000;
    QTextStream out(stdout);
    const pf::ui::report::PortfolioReportData data = pf::test::largePortfolio(partners, 10000);
    QTemporaryDir dir;
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("portfolio.pdf"));
    double best = 1e300;
    double bestBare = 1e300;
    for (int round = 0; round < rounds; ++round) {
        const double bare = bareTenPages();
        QElapsedTimer timer;
        timer.start();
        pf::ui::report::PortfolioReportData analysed = data;
        analysed.analyse();
        const double monteCarlo = timer.nsecsElapsed() / 1e6;
        const pf::ui::report::ReportDocument document = pf::ui::report::PortfolioReport::build(analysed);
        const double built = timer.nsecsElapsed() / 1e6;
        const pf::ui::report::PdfResult result = pf::ui::report::ReportPdfWriter::write(document, path, {});
        const double total = timer.nsecsElapsed() / 1e6;
        out << QStringLiteral("round %1: bare 10-page QPdfWriter %2 ms | portfolio of %3: Monte Carlo %4 ms, build %5 "
                              "ms, layout+write %6 ms, total %7 ms, %8 pages, %9 KiB\n")
                   .arg(round + 1)
                   .arg(bare, 0, 'f', 1)
                   .arg(partners)
                   .arg(monteCarlo, 0, 'f', 0)
                   .arg(built - monteCarlo, 0, 'f', 0)
                   .arg(total - built, 0, 'f', 0)
                   .arg(total, 0, 'f', 0)
                   .arg(result.pages)
                   .arg(result.bytes / 1024);
        out.flush();
        best = std::min(best, total);
        bestBare = std::min(bestBare, bare);
        if (!result.ok) {
            return 1;
        }
    }
    out << QStringLiteral("best: portfolio %1 ms (target < 5000), bare 10 pages %2 ms, ratio %3; peak RSS %4 MiB "
                          "(target < 300)\n")
               .arg(best, 0, 'f', 0)
               .arg(bestBare, 0, 'f', 1)
               .arg(best / bestBare, 0, 'f', 0)
               .arg(peakRssKiB() / 1024.0, 0, 'f', 0);
    return 0;
}
