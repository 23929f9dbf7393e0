// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/PortfolioReport.h"

#include "PortfolioFixture.h"
#include "cli/CliRunner.h"
#include "core/storage/Workspace.h"
#include "support/CatchCompat.h"
#include "ui/report/ReportPdfWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdlib>

using namespace pf;
using ui::report::PortfolioReport;
using ui::report::PortfolioReportData;
using ui::report::PortfolioSelection;

namespace {

void requirePoppler()
{
    if (!test::hasPoppler()) {
        WARN("poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages) not installed: skipped");
        std::exit(77);
    }
}

core::scoring::MonteCarloOptions quickDraws()
{
    core::scoring::MonteCarloOptions options;
    options.draws = 2000;
    return options;
}

} // namespace

TEST_CASE("portfolio report of the sample workspace reads as a ranking with every partner", "[report][portfolio]")
{
    requirePoppler();
    QTemporaryDir dir;
    const QString workspacePath = dir.filePath(QStringLiteral("sample.pfw"));
    REQUIRE(test::createSampleWorkspace(workspacePath));
    auto opened = core::Workspace::open(workspacePath);
    REQUIRE(opened.workspace);
    auto gathered = PortfolioReportData::gather(*opened.workspace, {}, quickDraws());
    REQUIRE(gathered.ok());
    PortfolioReportData data = *gathered.value;
    REQUIRE(data.entries.size() >= 10);
    data.analyse();
    CHECK(data.analysedCount() == data.entries.size());

    const QString pdf = dir.filePath(QStringLiteral("portfolio.pdf"));
    ui::report::PdfOptions options;
    const auto result = ui::report::ReportPdfWriter::write(PortfolioReport::build(data), pdf, options);
    REQUIRE(result.ok);

    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const int pages = test::pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    CHECK(pages == result.pages);
    CHECK(pages >= 5);
    CHECK(test::pdfInfo(pdf, QStringLiteral("Title")) == QStringLiteral("Partner portfolio: All partners"));
    CHECK(test::pdfInfo(pdf, QStringLiteral("Subject")).contains(QStringLiteral("rank stability")));
    CHECK(test::pdfInfo(pdf, QStringLiteral("Creator")).startsWith(QStringLiteral("PartnerFit")));

    const QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    for (const auto &entry : data.entries) {
        INFO(entry.partner.name.toStdString());
        CHECK(text.contains(entry.partner.name));
    }
    CHECK(text.contains(QStringLiteral("東京データシステム株式会社")));
    CHECK(text.contains(QStringLiteral("شركة الأفق للتقنية")));
    CHECK(text.contains(QStringLiteral("Société Générale d'Intégration SA")));
    // Partners without a finalised assessment are named, not ranked.
    for (const QString &name : data.unscored) {
        CHECK(text.contains(name));
    }

    // The ranking page lists partners from the highest overall down.
    const QString ranking = test::pdfText(pdf, 2);
    REQUIRE(ranking.contains(QStringLiteral("Ranking")));
    qsizetype last = -1;
    for (const auto &entry : data.entries) {
        // Long names wrap in their cell: find their beginning.
        const qsizetype at = ranking.indexOf(entry.partner.name.left(14));
        INFO(entry.partner.name.toStdString());
        CHECK(at > last);
        last = at;
    }
    for (int i = 1; i < data.entries.size(); ++i) {
        CHECK(data.entries.at(i - 1).result.overall.value_or(-1) >= data.entries.at(i).result.overall.value_or(-1));
    }
    CHECK(text.contains(QStringLiteral("Rank stability")));
    CHECK(text.contains(QStringLiteral("Pillar comparison")));
    CHECK(text.contains(QStringLiteral("seed %1").arg(data.monteCarlo.seed)));
    CHECK(text.contains(QStringLiteral("2,000 draws")));

    // Vectors only, every font embedded.
    CHECK(test::pdfTableRows(QStringLiteral("pdfimages"), pdf).isEmpty());
    const QStringList fonts = test::pdfTableRows(QStringLiteral("pdffonts"), pdf);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &font : fonts) {
        INFO(font.toStdString());
        // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
        const QStringList columns = font.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));
    }
}

TEST_CASE("portfolio rank stability is reproducible and consistent", "[report][portfolio]")
{
    PortfolioReportData data = test::largePortfolio(60, 1000);
    PortfolioReportData again = data;
    data.analyse();
    again.analyse();
    REQUIRE(data.analysedCount() == 60);
    CHECK(data.topN == 10);
    double topShare = 0.0;
    for (int i = 0; i < data.entries.size(); ++i) {
        const auto &s = *data.entries.at(i).spread;
        const auto &t = *again.entries.at(i).spread;
        CHECK(s.median == t.median);
        CHECK(s.p5 == t.p5);
        CHECK(s.p95 == t.p95);
        CHECK(s.topKProbability == t.topKProbability);
        CHECK(s.p5 <= s.median);
        CHECK(s.median <= s.p95);
        CHECK(s.bandKeptProbability >= 0.0);
        CHECK(s.bandKeptProbability <= 1.0);
        topShare += s.topKProbability;
    }
    // Every draw has exactly ten partners in its top ten.
    CHECK(topShare == Approx(10.0).epsilon(1e-9));
    // The leader of a spread-out portfolio mostly stays on top.
    CHECK(data.entries.constFirst().spread->median <= 3);
}

TEST_CASE("a 1,000-partner portfolio breaks its tables across pages with repeated headers", "[report][portfolio]")
{
    requirePoppler();
    PortfolioReportData data = test::largePortfolio(1000, 500);
    data.analyse();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("large.pdf"));
    const auto result = ui::report::ReportPdfWriter::write(PortfolioReport::build(data), pdf, {});
    REQUIRE(result.ok);
    // Four tables of 1,000 rows: far more than a page each.
    CHECK(result.pages > 80);
    CHECK(test::pdfInfo(pdf, QStringLiteral("Pages")).toInt() == result.pages);

    // Ranking pages (2 onwards) each start with the table's header row and carry consecutive ranks.
    int rankingPages = 0;
    for (int page = 3; page <= 6; ++page) {
        const QString text = test::pdfText(pdf, page);
        INFO("page " << page << ": " << text.left(400).toStdString());
        if (!text.contains(QStringLiteral("Partner 0"))) {
            continue;
        }
        ++rankingPages;
        for (const char *header : {"Rank", "Partner", "Stage", "Band", "Overall", "Confidence"}) {
            INFO(header);
            CHECK(text.contains(QString::fromLatin1(header)));
        }
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(result.pages)));
    }
    CHECK(rankingPages == 4);
    const QString all = test::pdfText(pdf);
    CHECK(all.contains(data.entries.constLast().partner.name));
    CHECK(all.contains(QStringLiteral("東京パートナー 4")));
    // The quadrant names only the highest ranked and says so.
    // pdftotext breaks lines where the paragraph does.
    CHECK(all.simplified().contains(QStringLiteral("The 12 highest ranked are dark and numbered with their rank")));
    CHECK(test::pdfTableRows(QStringLiteral("pdfimages"), pdf).isEmpty());
}

TEST_CASE("portfolio data refuses an unknown stage and a selection without scores", "[report][portfolio]")
{
    QTemporaryDir dir;
    const QString workspacePath = dir.filePath(QStringLiteral("sample.pfw"));
    REQUIRE(test::createSampleWorkspace(workspacePath));
    auto opened = core::Workspace::open(workspacePath);
    REQUIRE(opened.workspace);

    PortfolioSelection unknown;
    unknown.stages << QStringLiteral("dormant");
    const auto refused = PortfolioReportData::gather(*opened.workspace, unknown, quickDraws());
    CHECK_FALSE(refused.ok());
    CHECK(refused.status.message.contains(QStringLiteral("'dormant' is not a stage")));

    PortfolioSelection prospects;
    prospects.stages << QStringLiteral("prospect");
    const auto none = PortfolioReportData::gather(*opened.workspace, prospects, quickDraws());
    CHECK_FALSE(none.ok());
    CHECK(none.status.message.contains(QStringLiteral("finalised assessment")));

    PortfolioSelection active;
    active.stages << QStringLiteral("active") << QStringLiteral("paused");
    const auto some = PortfolioReportData::gather(*opened.workspace, active, quickDraws());
    REQUIRE(some.ok());
    for (const auto &entry : some.value->entries) {
        CHECK((entry.partner.stage == QLatin1String("active") || entry.partner.stage == QLatin1String("paused")));
    }
    CHECK(some.value->selectionText().startsWith(QStringLiteral("Stages: Active")));
    CHECK(some.value->selectionText().contains(QStringLiteral("Paused")));
}

TEST_CASE("partnerfit-cli report --portfolio writes the PDF and exits with clear errors", "[report][portfolio][cli]")
{
    QTemporaryDir dir;
    const QString workspacePath = dir.filePath(QStringLiteral("sample.pfw"));
    REQUIRE(test::createSampleWorkspace(workspacePath));
    const QString out = dir.filePath(QStringLiteral("active.pdf"));
    const auto ok = test::runCli({QStringLiteral("report"), QStringLiteral("--portfolio"), QStringLiteral("--stage"),
                                  QStringLiteral("active"), QStringLiteral("--workspace"), workspacePath,
                                  QStringLiteral("-o"), out, QStringLiteral("--page-size"), QStringLiteral("letter")});
    INFO(ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("active.pdf")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    file.close();
    if (test::hasPoppler()) {
        CHECK(test::pdfInfo(out, QStringLiteral("Page size")).contains(QStringLiteral("letter")));
        const QString text = test::pdfText(out);
        CHECK(text.contains(QStringLiteral("Stages: Active")));
        CHECK_FALSE(text.contains(QStringLiteral("Cobalt Logistics BV"))); // exited
    }

    // Errors leave an existing file untouched.
    const QByteArray before = [&] {
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const auto badStage = test::runCli({QStringLiteral("report"), QStringLiteral("--portfolio"),
                                        QStringLiteral("--stage"), QStringLiteral("dormant"),
                                        QStringLiteral("--workspace"), workspacePath, QStringLiteral("-o"), out});
    CHECK(badStage.exitCode == 2);
    CHECK(badStage.err.contains(QStringLiteral("'dormant' is not a stage")));
    const auto noScores = test::runCli({QStringLiteral("report"), QStringLiteral("--portfolio"),
                                        QStringLiteral("--stage"), QStringLiteral("prospect"),
                                        QStringLiteral("--workspace"), workspacePath, QStringLiteral("-o"), out});
    CHECK(noScores.exitCode == 1);
    CHECK(noScores.err.contains(QStringLiteral("finalised assessment")));
    const auto both = test::runCli({QStringLiteral("report"), QStringLiteral("--portfolio"),
                                    QStringLiteral("--partner"), QStringLiteral("Acme Cloud GmbH"),
                                    QStringLiteral("--workspace"), workspacePath, QStringLiteral("-o"), out});
    CHECK(both.exitCode == 2);
    const auto stageAlone = test::runCli({QStringLiteral("report"), QStringLiteral("--stage"), QStringLiteral("active"),
                                          QStringLiteral("--partner"), QStringLiteral("Acme Cloud GmbH"),
                                          QStringLiteral("--workspace"), workspacePath, QStringLiteral("-o"), out});
    CHECK(stageAlone.exitCode == 2);
    QFile after(out);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
}
