// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/AssessmentReport.h"

#include "PdfTools.h"
#include "ReportTestSupport.h"
#include "core/storage/AssessmentRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/Workspace.h"
#include "support/CatchCompat.h"
#include "ui/charts/ChartFormat.h"
#include "ui/common/ScoreFormat.h"

#include <QFile>
#include <QRegularExpression>

using pf::test::PdfTools;
namespace report = pf::ui::report;

namespace {

const QString Acme = QStringLiteral("Acme Cloud GmbH");
const QString Tokyo = QString::fromUtf16(u"東京データシステム株式会社");
const QString Arabic = QString::fromUtf16(u"شركة الأفق للتقنية");
const QString Vistula = QStringLiteral("Vistula Software sp. z o.o.");
const QString French = QString::fromUtf16(u"Société Générale d'Intégration SA");

/// Collapses runs of white space, so text that wrapped onto two lines still matches.
QString flat(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

} // namespace

TEST_CASE("the assessment report of a sample partner reads as a complete report", "[report]")
{
    PdfTools::requirePoppler();
    const auto data = pf::test::sampleReportData(Acme);
    const QString pdf = pf::test::writeSampleReport(Acme);
    const QString text = flat(PdfTools::text(pdf));
    const int pages = PdfTools::info(pdf, QStringLiteral("Pages")).toInt();
    REQUIRE(pages >= 8);

    CHECK(text.contains(Acme));
    CHECK(text.contains(pf::ui::ScoreFormat::band(data.result.band)));
    CHECK(text.contains(QStringLiteral("Overall %1/100").arg(pf::ui::ScoreFormat::whole(data.result.overall))));
    for (const char *heading :
         {"PARTNER ASSESSMENT", "Executive summary", "The three pillars", "Top strengths", "Top risks",
          "Recommendations", "Knock-outs", "Pillar: Cultural fit", "Pillar: Mutual gain", "Pillar: Roadmap alignment",
          "Criteria and evidence", "Sensitivity to the weights", "Band probabilities",
          "Smallest change that flips the verdict", "Decision quality", "Appendix", "Method",
          "Every assessor's raw ratings", "Provenance"}) {
        INFO(heading);
        CHECK(text.contains(QString::fromUtf8(heading)));
    }
    // Every assessor, the anchors, the provenance digest.
    for (const QString &assessor : data.assessors) {
        CHECK(text.contains(assessor));
    }
    CHECK(text.contains(QStringLiteral("Level 4 means:")));
    CHECK(text.contains(data.inputsSha256));
    CHECK(data.inputsSha256.size() == 64);
    // Every page has its footer.
    for (int page = 1; page <= pages; ++page) {
        INFO(page);
        CHECK(PdfTools::text(pdf, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    // The summary fits on one page: the next page starts with the first pillar.
    int summaryPage = 0;
    for (int page = 1; page <= pages && summaryPage == 0; ++page) {
        summaryPage = PdfTools::text(pdf, page).contains(QStringLiteral("Executive summary")) ? page : 0;
    }
    REQUIRE(summaryPage > 0);
    CHECK(PdfTools::text(pdf, summaryPage).contains(QStringLiteral("Knock-outs")));
    CHECK(PdfTools::text(pdf, summaryPage + 1).contains(QStringLiteral("Pillar: Cultural fit")));
}

TEST_CASE("a report is vectors and embedded fonts with title, subject and creator", "[report]")
{
    PdfTools::requirePoppler();
    const auto data = pf::test::sampleReportData(Acme);
    const QString pdf = pf::test::writeSampleReport(Acme);
    CHECK(PdfTools::images(pdf).isEmpty());
    const QStringList fonts = PdfTools::fonts(pdf);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &row : fonts) {
        INFO(row.toStdString());
        // Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
        const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns.at(columns.size() - 5) == QLatin1String("yes"));
        CHECK(columns.at(columns.size() - 3) == QLatin1String("yes")); // a ToUnicode map: searchable
        CHECK_FALSE(row.contains(QLatin1String("Type 3")));
    }
    CHECK(PdfTools::info(pdf, QStringLiteral("Title")) == report::AssessmentReport::title(data));
    CHECK(PdfTools::info(pdf, QStringLiteral("Subject")) == report::AssessmentReport::subject(data));
    CHECK(PdfTools::info(pdf, QStringLiteral("Subject")).contains(Acme));
    CHECK(PdfTools::info(pdf, QStringLiteral("Creator")).startsWith(QStringLiteral("PartnerFit ")));
    CHECK(PdfTools::info(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
}

TEST_CASE("Letter and archival PDF/A-1b reports", "[report]")
{
    PdfTools::requirePoppler();
    report::PdfOptions options;
    options.pageSize = report::PageSize::Letter;
    options.pdfA = true;
    const QString pdf = pf::test::writeSampleReport(Acme, options);
    CHECK(PdfTools::info(pdf, QStringLiteral("Page size")).contains(QStringLiteral("612 x 792")));
    CHECK(PdfTools::info(pdf, QStringLiteral("PDF version")) == QLatin1String("1.4"));
    const QString xmp = PdfTools::run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    CHECK(xmp.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    CHECK(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    CHECK(xmp.contains(Acme));
    CHECK(PdfTools::images(pdf).isEmpty());
    CHECK(PdfTools::text(pdf).contains(QStringLiteral("Executive summary")));
    // No transparency (PDF/A-1 forbids it): every graphics state Qt wrote keeps alpha at 1.
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString bytes = QString::fromLatin1(file.readAll());
    const QRegularExpression alpha(QStringLiteral("/(ca|CA) ([0-9.]+)"));
    int states = 0;
    for (auto it = alpha.globalMatch(bytes); it.hasNext();) {
        const auto match = it.next();
        INFO(match.captured(0).toStdString());
        CHECK(match.captured(2).toDouble() == 1.0);
        ++states;
    }
    CHECK(states > 0);
}

TEST_CASE("partner names with diacritics, in Japanese and in Arabic script are drawn and searchable", "[report]")
{
    PdfTools::requirePoppler();
    for (const QString &name : {French, Tokyo, Arabic}) {
        INFO(name.toStdString());
        const QString pdf = pf::test::writeSampleReport(name);
        const QString text = PdfTools::text(pdf);
        CHECK(text.contains(name));
        CHECK(PdfTools::info(pdf, QStringLiteral("Title")).contains(name));
        for (const QString &row : PdfTools::fonts(pdf)) {
            const QStringList columns = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            CHECK(columns.at(columns.size() - 5) == QLatin1String("yes"));
        }
    }
}

TEST_CASE("a note with markup prints literally", "[report]")
{
    PdfTools::requirePoppler();
    const QString pdf = pf::test::writeSampleReport(Vistula);
    const QString text = flat(PdfTools::text(pdf));
    CHECK(text.contains(QStringLiteral("Strong <b>channel</b> in retail")));
}

TEST_CASE("no word of a report lies outside the page margins", "[report]")
{
    PdfTools::requirePoppler();
    report::PdfOptions letter;
    letter.pageSize = report::PageSize::Letter;
    for (const auto &[name, options] : {std::pair{Acme, report::PdfOptions{}}, std::pair{Tokyo, report::PdfOptions{}},
                                        std::pair{Arabic, letter}, std::pair{French, letter}}) {
        INFO(name.toStdString());
        const QString pdf = pf::test::writeSampleReport(name, options);
        const QList<pf::test::PdfWord> words = pf::test::pdfWords(pdf);
        REQUIRE(words.size() > 500);
        // 18 mm left and right, 16 mm top and 14 mm bottom (ReportDocument::pageLayout), 1 pt of tolerance.
        const double side = 18 / 25.4 * 72;
        const double top = 16 / 25.4 * 72;
        const double bottom = 14 / 25.4 * 72;
        int outside = 0;
        for (const pf::test::PdfWord &word : words) {
            const bool inside = word.box.left() >= side - 1 && word.box.right() <= word.pageSize.width() - side + 1 &&
                                word.box.top() >= top - 1 && word.box.bottom() <= word.pageSize.height() - bottom + 1;
            if (!inside) {
                UNSCOPED_INFO(QStringLiteral("page %1: '%2' at %3,%4–%5,%6")
                                  .arg(word.page)
                                  .arg(word.text)
                                  .arg(word.box.left())
                                  .arg(word.box.top())
                                  .arg(word.box.right())
                                  .arg(word.box.bottom())
                                  .toStdString());
                ++outside;
            }
        }
        CHECK(outside == 0);
    }
}

TEST_CASE("the inputs digest is canonical: same inputs, same SHA-256", "[report]")
{
    const auto data = pf::test::sampleReportData(Acme);
    CHECK(report::AssessmentReportData::inputsDigest(data.input) == data.inputsSha256);
    pf::core::AssessmentInput changed = data.input;
    REQUIRE_FALSE(changed.ratings.isEmpty());
    changed.ratings.first().value = changed.ratings.first().value == 5 ? 4 : 5;
    CHECK(report::AssessmentReportData::inputsDigest(changed) != data.inputsSha256);
    CHECK(report::AssessmentReportData::inputsDigest(pf::core::AssessmentInput(data.input)) == data.inputsSha256);
}

TEST_CASE("a partner without an assessment gets a clear refusal", "[report]")
{
    auto opened = pf::core::Workspace::open(pf::test::sampleWorkspacePath());
    REQUIRE(opened.ok());
    const auto missing = report::AssessmentReportData::gather(*opened.workspace, QStringLiteral("Nobody Ltd"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.status.message.contains(QStringLiteral("Nobody Ltd")));
}

TEST_CASE("any stored assessment of a partner can be reported, not only the newest", "[report]")
{
    auto opened = pf::core::Workspace::open(pf::test::sampleWorkspacePath());
    REQUIRE(opened.ok());
    auto partner = pf::core::PartnerRepository(*opened.workspace).findByName(Acme);
    REQUIRE(partner.ok());
    auto list = pf::core::AssessmentRepository(*opened.workspace).listCurrent(partner.value->id);
    REQUIRE(list.ok());
    REQUIRE(list.value->size() >= 2);
    const pf::core::AssessmentSummary oldest = list.value->last();
    const auto data = report::AssessmentReportData::gatherAssessment(*opened.workspace, oldest.id);
    REQUIRE(data.ok());
    CHECK(data.value->assessment.id == oldest.id);
    CHECK(data.value->assessment.title == oldest.title);
    CHECK(data.value->assessment.kind == pf::core::AssessmentKind::Selection);
    CHECK(data.value->input.asOf == oldest.asOf);
    CHECK(data.value->partner.name == Acme);
    const auto newest = report::AssessmentReportData::gather(*opened.workspace, Acme);
    REQUIRE(newest.ok());
    CHECK(newest.value->assessment.id == list.value->first().id);
    CHECK(newest.value->input.asOf > data.value->input.asOf);
}
