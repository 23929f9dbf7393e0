// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every chart with sample data into PNGs (light and dark) and one vector PDF, for looking at them:
//   chart_gallery OUTPUT_FOLDER
#include "ChartSamples.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/QuadrantChart.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>

#include <cstdio>

using namespace pf::ui::charts;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x23, 0x25, 0x29));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1c, 0x1f));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

QString slug(const QString &title)
{
    QString result;
    for (const QChar c : title.toLower()) {
        result += c.isLetterOrNumber() ? c : QLatin1Char('-');
    }
    while (result.contains(QStringLiteral("--"))) {
        result.replace(QStringLiteral("--"), QStringLiteral("-"));
    }
    return result;
}

void writePng(const Chart &chart, const ChartStyle &style, const QString &path, QSizeF designSize = {})
{
    // Twice screen density: what a designer sees on a high-dpi screen.
    constexpr qreal Scale = 2.0;
    const QSizeF size = (designSize.isEmpty() ? chart.preferredSize() : designSize) * Scale;
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(96 * Scale / 0.0254));
    image.setDotsPerMeterY(qRound(96 * Scale / 0.0254));
    image.fill(style.background());
    QPainter painter(&image);
    chart.paint(&painter, QRectF(QPointF(0, 0), size).adjusted(16, 16, -16, -16), style);
    painter.end();
    image.save(path);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: chart_gallery OUTPUT_FOLDER\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!QDir().mkpath(out.absolutePath())) {
        std::fprintf(stderr, "cannot create %s\n", argv[1]);
        return 1;
    }
    const ChartStyle light = ChartStyle::forPrint(QApplication::font());
    const ChartStyle dark = ChartStyle::forPalette(darkPalette(), QApplication::font());

    auto charts = samples::sampleCharts();
    int index = 1;
    for (const auto &chart : charts) {
        const QString name =
            QStringLiteral("charts-%1-%2").arg(index++, 2, 10, QLatin1Char('0')).arg(slug(chart->title()));
        writePng(*chart, light, out.filePath(name + QStringLiteral(".png")));
        writePng(*chart, dark, out.filePath(name + QStringLiteral("-dark.png")));
    }
    // Narrow, as beside the inputs on a partner page.
    index = 1;
    for (const auto &chart : charts) {
        const QString name = QStringLiteral("narrow-%1.png").arg(index++, 2, 10, QLatin1Char('0'));
        writePng(*chart, light, out.filePath(name), QSizeF(420, 320));
    }

    // A crowded portfolio, to see how labels cope.
    QuadrantData crowded;
    for (int i = 0; i < 24; ++i) {
        crowded.points << QuadrantPoint{QStringLiteral("Partner %1").arg(i + 1), 20.0 + (i * 37) % 70,
                                        15.0 + (i * 53) % 75};
    }
    writePng(QuadrantChart(crowded, QStringLiteral("Crowded portfolio")), light,
             out.filePath(QStringLiteral("stress-quadrant.png")));

    auto empty = samples::emptyCharts();
    writePng(*empty.front(), light, out.filePath(QStringLiteral("charts-not-assessed.png")));

    // The report's use: 160 mm wide at 300 dpi, one chart per block, as vectors.
    QPdfWriter pdf(out.filePath(QStringLiteral("charts.pdf")));
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(25, 20, 25, 20), QPageLayout::Millimeter);
    QPainter painter(&pdf);
    const qreal dotsPerMm = 300 / 25.4;
    qreal y = 0;
    const qreal pageHeight = painter.viewport().height();
    for (const auto &chart : charts) {
        const QSizeF design = chart->preferredSize();
        const qreal width = 160 * dotsPerMm;
        const qreal height = width * design.height() / design.width();
        if (y > 0 && y + height > pageHeight) {
            pdf.newPage();
            y = 0;
        }
        chart->paint(&painter, QRectF(0, y, width, height), light);
        y += height + 10 * dotsPerMm;
    }
    painter.end();
    std::printf("wrote %s\n", qPrintable(out.absolutePath()));
    return 0;
}
