// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartSamples.h"
#include "RecordingPaintDevice.h"
#include "support/CatchCompat.h"
#include "ui/charts/BandBadge.h"
#include "ui/charts/BandProbabilityChart.h"
#include "ui/charts/ChartFormat.h"
#include "ui/charts/ChartStyle.h"
#include "ui/charts/ChartTableModel.h"
#include "ui/charts/ChartWidget.h"
#include "ui/charts/ContributionBarsChart.h"
#include "ui/charts/QuadrantChart.h"
#include "ui/charts/RadarChart.h"
#include "ui/charts/RoadmapTimelineChart.h"
#include "ui/charts/TornadoChart.h"
#include "ui/charts/TrendChart.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <memory>

using namespace pf::ui::charts;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x23, 0x25, 0x29));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

const QList<Band> AllBands{Band::StrongFit, Band::Promising, Band::Conditional, Band::WeakFit, Band::NotRecommended};

/// Pixels that differ from the background: a chart that draws nothing has none.
int paintedPixels(const Chart &chart, const ChartStyle &style, QSize size = {600, 420})
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(style.background());
    QPainter painter(&image);
    chart.paint(&painter, QRectF(QPointF(0, 0), size), style);
    painter.end();
    int count = 0;
    const QRgb background = style.background().rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += image.pixel(x, y) != background ? 1 : 0;
        }
    }
    return count;
}

std::unique_ptr<RecordingPaintDevice> record(const Chart &chart, QSize size = {600, 420}, int dpi = 96)
{
    auto device = std::make_unique<RecordingPaintDevice>(size, dpi);
    QPainter painter(device.get());
    chart.paint(&painter, QRectF(QPointF(0, 0), size), ChartStyle::forPrint());
    return device;
}

QByteArray pdfOf(const std::function<void(QPainter &, QPdfWriter &)> &draw)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charts.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        draw(painter, writer);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QuadrantData onePoint(double us, double partner)
{
    QuadrantData data;
    data.points << QuadrantPoint{QStringLiteral("Borealis AB"), us, partner};
    return data;
}

struct EnglishLocale
{
    QLocale previous;
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~EnglishLocale() { QLocale::setDefault(previous); }
};

} // namespace

TEST_CASE("The contrast ratio follows WCAG 2", "[style]")
{
    CHECK(ChartStyle::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(ChartStyle::contrastRatio(Qt::white, Qt::black) == Approx(21.0));
    CHECK(ChartStyle::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).epsilon(0.01));
    CHECK(ChartStyle::contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)) == Approx(1.0));
    CHECK(ChartStyle::relativeLuminance(Qt::white) == Approx(1.0));
    CHECK(ChartStyle::relativeLuminance(Qt::black) == Approx(0.0));
}

TEST_CASE("Chart text reads at 4.5:1 or better in light, dark and print styles", "[style]")
{
    const ChartStyle light = ChartStyle::forPalette(lightPalette());
    const ChartStyle dark = ChartStyle::forPalette(darkPalette());
    CHECK_FALSE(light.isDark());
    CHECK(dark.isDark());
    for (const ChartStyle &style : {light, dark, ChartStyle::forPrint()}) {
        CHECK(ChartStyle::contrastRatio(style.text(), style.background()) >= 4.5);
        CHECK(ChartStyle::contrastRatio(style.mutedText(), style.background()) >= 4.5);
        for (const Band band : AllBands) {
            INFO("band " << ChartFormat::bandName(band).toStdString() << (style.isDark() ? " dark" : " light"));
            CHECK(ChartStyle::contrastRatio(style.bandText(band), style.bandFill(band)) >= 4.5);
        }
        for (const RoadmapState state :
             {RoadmapState::Shared, RoadmapState::Conflict, RoadmapState::Gap, RoadmapState::Other}) {
            CHECK(ChartStyle::contrastRatio(ChartStyle::readableTextOn(style.roadmap(state)), style.roadmap(state)) >=
                  4.5);
        }
        // Lines and markers (non-text graphics) need 3:1 against the background.
        CHECK(ChartStyle::contrastRatio(style.side(Side::Ours), style.background()) >= 3.0);
        CHECK(ChartStyle::contrastRatio(style.side(Side::Theirs), style.background()) >= 3.0);
    }
    // Sides keep their hues: ours blue, theirs orange, in both schemes; other series never borrow them.
    const auto hueDistance = [](const QColor &a, const QColor &b) {
        const int d = std::abs(a.hue() - b.hue()) % 360;
        return std::min(d, 360 - d);
    };
    for (const ChartStyle &style : {light, dark}) {
        for (int i = 0; i < 6; ++i) {
            INFO("series " << i << (style.isDark() ? " dark" : " light"));
            CHECK(hueDistance(style.series(i), style.side(Side::Ours)) >= 15);
            CHECK(hueDistance(style.series(i), style.side(Side::Theirs)) >= 15);
            CHECK(ChartStyle::contrastRatio(style.series(i), style.background()) >= 3.0);
        }
        CHECK(ChartStyle::contrastRatio(style.side(Side::Neutral), style.background()) >= 3.0);
        CHECK(style.side(Side::Ours).hue() > 190);
        CHECK(style.side(Side::Ours).hue() < 240);
        CHECK(style.side(Side::Theirs).hue() > 15);
        CHECK(style.side(Side::Theirs).hue() < 40);
    }
}

TEST_CASE("A theme whose text is too faint still gets readable chart text", "[style]")
{
    QPalette faint;
    faint.setColor(QPalette::Window, QColor(0xdd, 0xdd, 0xdd));
    faint.setColor(QPalette::WindowText, QColor(0xaa, 0xaa, 0xaa));
    const ChartStyle style = ChartStyle::forPalette(faint);
    CHECK(ChartStyle::contrastRatio(style.text(), style.background()) >= 4.5);
    CHECK(ChartStyle::contrastRatio(style.mutedText(), style.background()) >= 4.5);
}

TEST_CASE("A band badge shows the band's name on its colour", "[badge]")
{
    const ChartStyle style = ChartStyle::forPrint();
    RecordingPaintDevice device({200, 40}, 96);
    {
        QPainter painter(&device);
        BandBadge::paint(&painter, QRectF(0, 0, 160, 24), Band::Conditional, style, style.font(12));
    }
    CHECK(device.textStrings() == QStringList{QStringLiteral("Conditional")});
    CHECK(device.shapes() >= 1);

    QImage image(170, 30, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        BandBadge::paint(&painter, QRectF(0, 0, 160, 24), Band::NotRecommended, style, style.font(12),
                         QStringLiteral("42"));
    }
    CHECK(image.pixelColor(4, 12) == style.bandFill(Band::NotRecommended));
    const QSizeF size = BandBadge::sizeFor(Band::NotRecommended, style.font(12));
    CHECK(size.width() > BandBadge::sizeFor(Band::WeakFit, style.font(12)).width());
}

TEST_CASE("Numbers: whole scores, one decimal in details, a dash when not assessed", "[format]")
{
    EnglishLocale english;
    CHECK(ChartFormat::score(62.5) == QStringLiteral("63"));
    CHECK(ChartFormat::score(-0.2) == QStringLiteral("0"));
    CHECK(ChartFormat::score(std::nullopt) == QString(QChar(0x2014)));
    CHECK(ChartFormat::detail(61.94) == QStringLiteral("61.9"));
    CHECK(ChartFormat::detail(std::nullopt) == QString(QChar(0x2014)));
    CHECK(ChartFormat::signedDetail(5.55) == QStringLiteral("+5.6"));
    CHECK(ChartFormat::signedDetail(-3.44) == QString(QChar(0x2212)) + QStringLiteral("3.4"));
    CHECK(ChartFormat::percent(0.714) == QStringLiteral("71%"));
}

TEST_CASE("Every chart draws its sample data", "[render]")
{
    const ChartStyle style = ChartStyle::forPrint();
    for (const auto &chart : samples::sampleCharts()) {
        INFO(chart->title().toStdString());
        CHECK_FALSE(chart->isEmpty());
        // A chart covers a real share of its area, not just a title.
        CHECK(paintedPixels(*chart, style) > 600 * 420 / 50);
        const auto device = record(*chart);
        CHECK(device->shapes() > 10);
        CHECK(device->allText().contains(chart->title()));
        CHECK_FALSE(device->textStrings().contains(chart->emptyReason()));
    }
}

TEST_CASE("Charts with nothing assessed say so instead of drawing zeros", "[render]")
{
    for (const auto &chart : samples::emptyCharts()) {
        INFO(chart->title().toStdString());
        CHECK(chart->isEmpty());
        const auto device = record(*chart);
        CHECK(device->textStrings().contains(ChartFormat::notAssessed()));
        CHECK(device->allText().contains(chart->emptyReason()));
        CHECK_FALSE(chart->emptyReason().isEmpty());
        // Nothing but the title and the two lines of text.
        CHECK(device->shapes() == 0);
        // A tiny area still shows the start of the title, and does not crash.
        CHECK(paintedPixels(*chart, ChartStyle::forPrint(), {40, 30}) > 0);
    }
}

TEST_CASE("Charts survive degenerate sizes and data", "[render]")
{
    const ChartStyle style = ChartStyle::forPrint();
    for (const auto &chart : samples::sampleCharts()) {
        INFO(chart->title().toStdString());
        CHECK(paintedPixels(*chart, style, {60, 40}) > 0);
        CHECK(paintedPixels(*chart, style, {2000, 90}) > 0);
    }
    TrendData oneCheck;
    oneCheck.dates << QDate(2026, 1, 5);
    oneCheck.series << TrendSeries{QStringLiteral("overall"), QStringLiteral("Overall"), {55.0}, true};
    CHECK(paintedPixels(TrendChart(oneCheck), style) > 0);
    RadarData twoAxes;
    twoAxes.axes << RadarAxis{QStringLiteral("a"), QStringLiteral("A"), {}, {}}
                 << RadarAxis{QStringLiteral("b"), QStringLiteral("B"), {}, {}};
    twoAxes.series << RadarSeries{QStringLiteral("Us"), Side::Ours, {3.0, 4.0}};
    CHECK(RadarChart(twoAxes).isEmpty());
}

TEST_CASE("Each chart's data table has the chart's rows, columns and values", "[table]")
{
    EnglishLocale english;
    auto charts = samples::sampleCharts();
    SECTION("culture radar: an axis per row, a column per side")
    {
        std::unique_ptr<QAbstractItemModel> model(charts.at(0)->createDataModel());
        REQUIRE(model->rowCount() == 8);
        REQUIRE(model->columnCount() == 5);
        CHECK(model->headerData(3, Qt::Horizontal).toString() == QStringLiteral("Us"));
        CHECK(model->headerData(4, Qt::Horizontal).toString() == QStringLiteral("Acme GmbH"));
        CHECK(model->index(0, 0).data().toString() == QStringLiteral("Decision speed"));
        CHECK(model->index(0, 1).data().toString() == QStringLiteral("deliberate"));
        CHECK(model->index(0, 3).data(Qt::EditRole).toDouble() == 5.0);
        CHECK(model->index(2, 4).data().toString() == QStringLiteral("2.0"));
    }
    SECTION("dimension radar: not assessed shows a dash, never 0")
    {
        std::unique_ptr<QAbstractItemModel> model(charts.at(1)->createDataModel());
        REQUIRE(model->rowCount() == 6);
        CHECK(model->index(2, 3).data().toString() == QString(QChar(0x2014)));
        CHECK(model->index(2, 3).data(Qt::EditRole).isNull());
        CHECK(model->index(2, 3).data(Qt::ToolTipRole).toString() == ChartFormat::notAssessed());
        CHECK(model->index(1, 3).data().toString() == QStringLiteral("64.2"));
    }
    SECTION("quadrant: every partner with its quadrant")
    {
        std::unique_ptr<QAbstractItemModel> model(charts.at(2)->createDataModel());
        REQUIRE(model->rowCount() == 7);
        REQUIRE(model->columnCount() == 4);
        CHECK(model->index(1, 0).data().toString() == QStringLiteral("Borealis AB"));
        CHECK(model->index(1, 3).data().toString() == QStringLiteral("We win"));
        CHECK(model->index(5, 3).data().toString() == QStringLiteral("Win-win")); // 50/50 counts as high
        CHECK(model->index(6, 1).data().toString() == QString(QChar(0x2014)));
    }
    SECTION("roadmap: one row per bar, years without digit grouping")
    {
        std::unique_ptr<QAbstractItemModel> model(charts.at(3)->createDataModel());
        REQUIRE(model->rowCount() == 8);
        CHECK(model->index(0, 0).data().toString() == QStringLiteral("Cloud"));
        CHECK(model->index(0, 2).data().toString() == QStringLiteral("2027"));
        CHECK(model->index(0, 5).data().toString() == QStringLiteral("Shared"));
    }
    SECTION("contributions: sorted largest first, the overall last, adding up")
    {
        const auto *chart = dynamic_cast<const ContributionBarsChart *>(charts.at(4).get());
        REQUIRE(chart);
        std::unique_ptr<QAbstractItemModel> model(chart->createDataModel());
        REQUIRE(model->rowCount() == chart->data().items.size() + 1);
        double sum = 0;
        double previous = 1e9;
        for (int row = 0; row + 1 < model->rowCount(); ++row) {
            const QVariant contribution = model->index(row, 2).data(Qt::EditRole);
            if (!contribution.isNull()) {
                CHECK(contribution.toDouble() <= previous);
                previous = contribution.toDouble();
                sum += contribution.toDouble();
            }
        }
        CHECK(model->index(model->rowCount() - 1, 0).data().toString() == QStringLiteral("Overall"));
        CHECK(model->index(model->rowCount() - 1, 2).data(Qt::EditRole).toDouble() == Approx(sum));
        CHECK(model->index(model->rowCount() - 2, 2).data().toString() == QString(QChar(0x2014)));
    }
    SECTION("trend: a row per check and the drops named")
    {
        std::unique_ptr<QAbstractItemModel> model(charts.at(7)->createDataModel());
        REQUIRE(model->rowCount() == 5);
        const int dropsColumn = model->columnCount() - 1;
        CHECK(model->index(3, dropsColumn).data().toString().contains(QStringLiteral("Overall")));
        CHECK(model->index(3, dropsColumn).data().toString().contains(QStringLiteral("Mutual gain")));
        CHECK_FALSE(model->index(3, dropsColumn).data().toString().contains(QStringLiteral("Cultural fit")));
        CHECK(model->index(1, dropsColumn).data().toString().isEmpty());
    }
}

TEST_CASE("A quadrant point at (80, 30) lands in the we-win area", "[quadrant]")
{
    const QuadrantChart chart(onePoint(80, 30));
    const QRectF rect(0, 0, 600, 480);
    const QPointF point = chart.pointPosition(rect, 80, 30);
    CHECK(chart.quadrantArea(rect, QuadrantChart::Quadrant::WeWin).contains(point));
    CHECK_FALSE(chart.quadrantArea(rect, QuadrantChart::Quadrant::WinWin).contains(point));
    CHECK_FALSE(chart.quadrantArea(rect, QuadrantChart::Quadrant::TheyWin).contains(point));
    CHECK_FALSE(chart.quadrantArea(rect, QuadrantChart::Quadrant::LoseLose).contains(point));
    // We-win is bottom right: more value to us is further right, more to the partner further up.
    const QRectF weWin = chart.quadrantArea(rect, QuadrantChart::Quadrant::WeWin);
    const QRectF theyWin = chart.quadrantArea(rect, QuadrantChart::Quadrant::TheyWin);
    CHECK(weWin.left() > theyWin.left());
    CHECK(weWin.top() > theyWin.top());

    // And the picture agrees: the pixel at the point is the point's colour.
    const ChartStyle style = ChartStyle::forPrint();
    QImage image(rect.size().toSize(), QImage::Format_ARGB32);
    image.fill(style.background());
    QPainter painter(&image);
    chart.paint(&painter, rect, style);
    painter.end();
    CHECK(image.pixelColor(point.toPoint()) == style.side(Side::Neutral));
}

TEST_CASE("Quadrants count the high line as high", "[quadrant]")
{
    using Q = QuadrantChart::Quadrant;
    CHECK(QuadrantChart::quadrantOf(80, 30) == Q::WeWin);
    CHECK(QuadrantChart::quadrantOf(30, 80) == Q::TheyWin);
    CHECK(QuadrantChart::quadrantOf(50, 50) == Q::WinWin);
    CHECK(QuadrantChart::quadrantOf(50 - 1e-12, 50) == Q::WinWin);
    CHECK(QuadrantChart::quadrantOf(49.9, 49.9) == Q::LoseLose);
    CHECK(QuadrantChart::quadrantOf(70, 70, 75) == Q::LoseLose);
}

TEST_CASE("A partner without both values is listed as not placed, not drawn at zero", "[quadrant]")
{
    QuadrantData data = onePoint(70, 60);
    data.points << QuadrantPoint{QStringLiteral("Gamma Resellers"), std::nullopt, 40.0};
    const QuadrantChart chart(data);
    const auto device = record(chart);
    CHECK(device->allText().contains(QStringLiteral("Gamma Resellers")));
    CHECK(device->allText().contains(QStringLiteral("not assessed")));
    CHECK(device->allText().contains(QStringLiteral("Borealis AB")));
}

TEST_CASE("Radar values sit on their axes: the minimum in the centre, the maximum on the rim", "[radar]")
{
    RadarData data;
    for (const char *name : {"a", "b", "c", "d"}) {
        data.axes << RadarAxis{QString::fromLatin1(name), QString::fromLatin1(name), {}, {}};
    }
    data.series << RadarSeries{QStringLiteral("Us"), Side::Ours, {7.0, 1.0, 4.0, 7.0}};
    const RadarChart chart(data);
    const QRectF rect(0, 0, 600, 460);
    const QPointF centre = chart.valuePosition(rect, 0, 1.0);
    CHECK(chart.valuePosition(rect, 2, 1.0) == centre);
    const QPointF top = chart.valuePosition(rect, 0, 7.0);
    CHECK(top.x() == Approx(centre.x()));
    CHECK(top.y() < centre.y() - 50);
    const QPointF right = chart.valuePosition(rect, 1, 7.0);
    CHECK(right.y() == Approx(centre.y()));
    CHECK(right.x() > centre.x() + 50);
    // Half way on the scale is half the radius.
    CHECK(QLineF(centre, chart.valuePosition(rect, 1, 4.0)).length() == Approx(QLineF(centre, right).length() / 2));
}

TEST_CASE("An unrated culture axis is labelled not assessed", "[radar]")
{
    auto charts = samples::sampleCharts();
    const auto device = record(*charts.at(1)); // dimension radar, roadmap not assessed
    CHECK(device->textStrings().contains(ChartFormat::notAssessed()));
    CHECK(device->textStrings().contains(QStringLiteral("Roadmap alignment")));
}

TEST_CASE("Contributions name their biggest drags", "[contributions]")
{
    ContributionData data;
    data.overall = 50;
    const auto item = [](const char *label, double score, double max) {
        return ContributionItem{QString::fromLatin1(label), QString::fromLatin1(label), score, score * max / 100.0,
                                max};
    };
    data.items << item("strong", 100, 30) << item("heavy-weak", 20, 40) << item("light-weak", 10, 5)
               << item("middling", 60, 25);
    data.items << ContributionItem{QStringLiteral("unrated"), QStringLiteral("unrated"), std::nullopt, std::nullopt, 0};
    data.dragCount = 2;
    const ContributionBarsChart chart(data);
    CHECK(chart.order() == QList<int>{0, 3, 1, 2, 4});
    // Losses: heavy-weak 32, middling 10, light-weak 4.5, strong 0.
    CHECK(chart.drags() == QList<int>{1, 3});
    const auto device = record(chart);
    CHECK(device->allText().contains(QStringLiteral("Biggest drags")));
    CHECK(device->allText().contains(QStringLiteral("heavy-weak")));
}

TEST_CASE("Health drops of 10 or more between consecutive checks are flagged", "[trend]")
{
    const TrendSeries series{
        QStringLiteral("overall"), QStringLiteral("Overall"), {60.0, 49.0, 55.0, 45.0, std::nullopt, 30.0, 25.0}, true};
    // −11 at 1, exactly −10 at 3, −15 across the unassessed check at 5, −5 at 6 is not a drop.
    CHECK(TrendChart::drops(series, 10.0) == QList<int>{1, 3, 5});
    CHECK(TrendChart::drops(series, 12.0) == QList<int>{5});

    TrendData data;
    data.dates << QDate(2026, 1, 1) << QDate(2026, 4, 1) << QDate(2026, 7, 1);
    data.series << TrendSeries{QStringLiteral("overall"), QStringLiteral("Overall"), {70.0, 58.0, 60.0}, true};
    const auto device = record(TrendChart(data));
    CHECK(device->allText().contains(QStringLiteral("Drops of 10 or more")));
    // Font fallback may draw the minus sign as a run of its own: compare without the joins.
    CHECK(device->allText().remove(QLatin1Char(' ')).contains(ChartFormat::signedDetail(-12.0)));
}

TEST_CASE("The tornado puts the widest swing on top", "[tornado]")
{
    TornadoData data;
    data.baseline = 60;
    data.items << TornadoItem{QStringLiteral("a"), QStringLiteral("Narrow"), 59.5, 60.5}
               << TornadoItem{QStringLiteral("b"), QStringLiteral("Wide"), 63.0, 55.0}
               << TornadoItem{QStringLiteral("c"), QStringLiteral("Middle"), 58.0, 62.0};
    const TornadoChart chart(data);
    CHECK(chart.order() == QList<int>{1, 2, 0});
    std::unique_ptr<QAbstractItemModel> model(chart.createDataModel());
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Wide"));
    CHECK(model->index(0, 4).data(Qt::EditRole).toDouble() == Approx(8.0));
}

TEST_CASE("The roadmap clips items to the planning window", "[roadmap]")
{
    RoadmapData data;
    data.firstYear = 2026;
    data.lanes << RoadmapLane{QStringLiteral("Cloud"),
                              {RoadmapBar{2020, 2022, RoadmapState::Gap, QStringLiteral("long gone")},
                               RoadmapBar{2025, 2027, RoadmapState::Shared, QStringLiteral("clipped")}},
                              {}};
    const RoadmapTimelineChart chart(data);
    const auto device = record(chart);
    CHECK(device->allText().contains(QStringLiteral("clipped")));
    CHECK_FALSE(device->allText().contains(QStringLiteral("long gone")));
    CHECK(device->allText().contains(QStringLiteral("Near")));
    CHECK(device->allText().contains(QStringLiteral("Far")));
    const QRectF rect(0, 0, 640, 300);
    CHECK(chart.yearPosition(rect, 2027) > chart.yearPosition(rect, 2026));
    CHECK(chart.yearPosition(rect, 2032) <= rect.right() + 0.5);
}

TEST_CASE("The band chart labels every band with its name and its share", "[bands]")
{
    EnglishLocale english;
    auto charts = samples::sampleCharts();
    const auto device = record(*charts.at(6));
    for (const Band band : AllBands) {
        CHECK(device->textStrings().contains(ChartFormat::bandName(band)));
    }
    CHECK(device->textStrings().contains(QStringLiteral("71%")));
    CHECK(device->textStrings().contains(QStringLiteral("current")));
}

TEST_CASE("Charts in the PDF report are vectors, not images", "[pdf]")
{
    auto charts = samples::sampleCharts();
    const QByteArray pdf = pdfOf([&charts](QPainter &painter, QPdfWriter &writer) {
        const qreal dotsPerMm = writer.resolution() / 25.4;
        for (std::size_t i = 0; i < charts.size(); ++i) {
            if (i > 0) {
                writer.newPage();
            }
            charts.at(i)->paint(&painter, QRectF(0, 0, 160 * dotsPerMm, 110 * dotsPerMm), ChartStyle::forPrint());
        }
    });
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ") +
              pdf.count("/Type /Page/") + pdf.count("/Type /Page>") >=
          int(charts.size()));
    CHECK(pdf.contains("/Font"));
    CHECK_FALSE(pdf.contains("/Subtype /Image"));
    CHECK_FALSE(pdf.contains("/Subtype/Image"));

    // The check can fail: a raster image does show up.
    const QByteArray withImage = pdfOf([](QPainter &painter, QPdfWriter &) {
        QImage image(40, 40, QImage::Format_RGB32);
        image.fill(Qt::red);
        painter.drawImage(QPointF(0, 0), image);
    });
    CHECK((withImage.contains("/Subtype /Image") || withImage.contains("/Subtype/Image")));
}

TEST_CASE("Charts replay from a QPicture without raster images", "[picture]")
{
    for (const auto &chart : samples::sampleCharts()) {
        INFO(chart->title().toStdString());
        QPicture picture;
        {
            QPainter painter(&picture);
            chart->paint(&painter, QRectF(0, 0, 600, 420), ChartStyle::forPrint());
        }
        CHECK(picture.size() > 0);
        CHECK_FALSE(picture.boundingRect().isEmpty());
        RecordingPaintDevice device({600, 420}, 96);
        {
            QPainter painter(&device);
            painter.drawPicture(0, 0, picture);
        }
        CHECK(device.images() == 0);
        CHECK(device.allText().contains(chart->title()));
    }
}

TEST_CASE("Text is readable in the report: at least 8 pt at 160 mm wide and 300 dpi", "[pdf]")
{
    const int dpi = 300;
    const qreal width = 160 / 25.4 * dpi;
    for (const auto &chart : samples::sampleCharts()) {
        INFO(chart->title().toStdString());
        const QSizeF design = chart->preferredSize();
        const QSize size(qRound(width), qRound(width * design.height() / design.width()));
        const auto device = record(*chart, size, dpi);
        REQUIRE_FALSE(device->texts().isEmpty());
        for (const RecordingPaintDevice::Text &text : device->texts()) {
            INFO(text.text.toStdString());
            const qreal points = text.pixelHeight / dpi * 72.0;
            CHECK(points >= 8.0);
            CHECK(points <= 14.0);
        }
    }
}

TEST_CASE("A chart widget shows the chart in the widget's palette and offers the table", "[widget]")
{
    auto charts = samples::sampleCharts();
    std::unique_ptr<QWidget> widget(charts.at(2)->createWidget());
    auto *chartWidget = qobject_cast<ChartWidget *>(widget.get());
    REQUIRE(chartWidget);
    CHECK(chartWidget->accessibleName() == charts.at(2)->title());
    CHECK(chartWidget->chart()->title() == charts.at(2)->title());
    // It keeps its own copy: the original may go away.
    charts.clear();
    widget->resize(600, 480);
    widget->setPalette(lightPalette());
    const QImage light = widget->grab().toImage();
    widget->setPalette(darkPalette());
    const QImage dark = widget->grab().toImage();
    CHECK(light.pixelColor(2, 2) == lightPalette().color(QPalette::Window));
    CHECK(dark.pixelColor(2, 2) == darkPalette().color(QPalette::Window));
    int differing = 0;
    for (int y = 0; y < light.height(); y += 4) {
        for (int x = 0; x < light.width(); x += 4) {
            differing += light.pixel(x, y) != light.pixel(2, 2) ? 1 : 0;
        }
    }
    CHECK(differing > 200);
}

TEST_CASE("The table model refreshes when given a new table", "[table]")
{
    ChartTableModel model(ChartTable{QStringLiteral("t"), {QStringLiteral("A")}, {{1.0}, {2.0}}});
    CHECK(model.rowCount() == 2);
    CHECK(model.rowCount(model.index(0, 0)) == 0);
    model.setTable(ChartTable{
        QStringLiteral("t"), {QStringLiteral("A"), QStringLiteral("B")}, {{QStringLiteral("x"), QVariant()}}});
    CHECK(model.rowCount() == 1);
    CHECK(model.columnCount() == 2);
    CHECK(model.index(0, 1).data(Qt::AccessibleTextRole).toString() == ChartFormat::notAssessed());
}

TEST_CASE("Hovering a quadrant point tells its values with one decimal", "[quadrant]")
{
    EnglishLocale english;
    QuadrantData data = onePoint(80, 30.04);
    const QuadrantChart chart(data);
    const QRectF rect(0, 0, 600, 480);
    const QString tip = chart.toolTipAt(rect, chart.pointPosition(rect, 80, 30.04) + QPointF(2, 1));
    CHECK(tip.contains(QStringLiteral("Borealis AB")));
    CHECK(tip.contains(QStringLiteral("80.0")));
    CHECK(tip.contains(QStringLiteral("30.0")));
    CHECK(tip.contains(QStringLiteral("We win")));
    CHECK(chart.toolTipAt(rect, chart.pointPosition(rect, 20, 80)).isEmpty());
}

TEST_CASE("The chart widget shows the chart's tooltip where the mouse rests", "[widget]")
{
    EnglishLocale english;
    const QuadrantChart chart(onePoint(80, 30));
    std::unique_ptr<QWidget> widget(chart.createWidget());
    widget->resize(600, 480);
    widget->show();
    REQUIRE(QTest::qWaitForWindowExposed(widget.get()));
    // The widget paints the chart inside an 8 px margin.
    const QRectF area = QRectF(widget->rect()).adjusted(8, 8, -8, -8);
    const QPoint pos =
        (chart.pointPosition(QRectF(0, 0, area.width(), area.height()), 80, 30) + area.topLeft()).toPoint();
    QHelpEvent help(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget.get(), &help);
    CHECK(QToolTip::text().contains(QStringLiteral("Borealis AB")));
    CHECK(QToolTip::text().contains(QStringLiteral("We win")));
    QToolTip::hideText();
}
