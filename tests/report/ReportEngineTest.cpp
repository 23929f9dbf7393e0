// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfTools.h"
#include "ReportTestSupport.h"
#include "support/CatchCompat.h"
#include "ui/report/AssessmentReport.h"
#include "ui/report/ReportBlocks.h"
#include "ui/report/ReportDocument.h"
#include "ui/report/ReportPdfWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using pf::test::PdfTools;
namespace report = pf::ui::report;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

report::ReportDocument longTableDocument(int rows)
{
    report::ReportDocument doc;
    doc.setTitle(QStringLiteral("Long table"));
    doc.setHeader(QStringLiteral("Engine test"), QStringLiteral("Long table"));
    doc.add(report::HeadingBlock(QStringLiteral("A table longer than a page"), 1));
    report::TableBlock table({{QStringLiteral("Column Alpha"), 1.0, Qt::AlignLeft},
                              {QStringLiteral("Column Beta"), 2.0, Qt::AlignLeft},
                              {QStringLiteral("Column Gamma"), 1.0, Qt::AlignRight}});
    for (int row = 1; row <= rows; ++row) {
        table.addRow({QStringLiteral("row%1").arg(row, 4, 10, QLatin1Char('0')),
                      QStringLiteral("Some text that belongs to row %1").arg(row), QString::number(row * 7)});
    }
    doc.add(std::move(table));
    return doc;
}

} // namespace

TEST_CASE("a long table breaks across pages and repeats its header on each", "[report][engine]")
{
    PdfTools::requirePoppler();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    const auto result = report::ReportPdfWriter::write(longTableDocument(150), path, {});
    REQUIRE(result.ok);
    REQUIRE(result.pages >= 3);
    CHECK(PdfTools::info(path, QStringLiteral("Pages")).toInt() == result.pages);
    int previousLast = 0;
    for (int page = 1; page <= result.pages; ++page) {
        INFO(page);
        const QString text = PdfTools::text(path, page);
        CHECK(text.contains(QStringLiteral("Column Alpha")));
        CHECK(text.contains(QStringLiteral("Column Beta")));
        // Rows continue in order: the first row on this page follows the last row of the previous one.
        const auto first = text.indexOf(QStringLiteral("row"));
        REQUIRE(first >= 0);
        const int firstRow = text.mid(first + 3, 4).toInt();
        CHECK(firstRow == previousLast + 1);
        previousLast = text.mid(text.lastIndexOf(QStringLiteral("row")) + 3, 4).toInt();
    }
    CHECK(previousLast == 150);
}

TEST_CASE("the layout never places a fragment beyond a page's content area", "[report][engine]")
{
    report::ReportDocument doc;
    const QString word = QString(400, QLatin1Char('W'));
    doc.add(report::HeadingBlock(word + QStringLiteral(" heading"), 1));
    doc.add(report::ParagraphBlock(QStringLiteral("%1 %1 %1").arg(word)));
    report::TableBlock table({{QStringLiteral("A"), 1.0, Qt::AlignLeft}, {QStringLiteral("B"), 1.0, Qt::AlignLeft}});
    table.addRow({word.repeated(20), QStringLiteral("short")});
    doc.add(std::move(table));
    doc.add(report::SpacerBlock(5000));
    doc.add(report::ParagraphBlock(QStringLiteral("After a very tall spacer.")));
    const report::ReportLayout layout = doc.layout(report::ReportDocument::pageLayout(report::PageSize::A4));
    REQUIRE(layout.pageCount() >= 2);
    for (const auto &page : layout.pages) {
        for (const report::ReportLayout::Placed &placed : page) {
            CHECK(placed.y >= 0.0);
            CHECK(placed.y + placed.fragment->height <= layout.content.height() + 0.01);
        }
    }
}

TEST_CASE("nothing overflows the margins even with unbreakable text", "[report][engine]")
{
    PdfTools::requirePoppler();
    report::ReportDocument doc;
    const QString word = QStringLiteral("Unbreakable") + QString(120, QLatin1Char('x'));
    doc.setHeader(word, word);
    doc.setFooter(word);
    doc.add(report::HeadingBlock(word, 1));
    doc.add(report::ParagraphBlock(word + QStringLiteral(" ") + word));
    doc.add(report::TableBlock::keyValue({{word, word}}, 1));
    report::TableBlock table(
        {{QStringLiteral("Name"), 1.0, Qt::AlignLeft}, {QStringLiteral("Value"), 1.0, Qt::AlignRight}});
    table.addRow({word, word});
    doc.add(std::move(table));
    doc.add(report::BadgeBlock(pf::ui::charts::Band::Promising, word, word));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("margins.pdf"));
    REQUIRE(report::ReportPdfWriter::write(doc, path, {}).ok);
    const double side = 18 / 25.4 * 72;
    const auto words = pf::test::pdfWords(path);
    REQUIRE(words.size() > 5);
    for (const pf::test::PdfWord &w : words) {
        INFO(w.text.toStdString());
        CHECK(w.box.left() >= side - 1);
        CHECK(w.box.right() <= w.pageSize.width() - side + 1);
    }
}

TEST_CASE("a cancelled export leaves the existing file untouched and no temporary file", "[report][engine]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    writeAll(path, "the previous report");
    std::atomic<bool> cancel{false};
    int progressCalls = 0;
    report::RenderControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int total) {
        ++progressCalls;
        CHECK(total >= 3);
        if (done == 1) {
            cancel = true;
        }
    };
    const auto result = report::ReportPdfWriter::write(longTableDocument(150), path, {}, control);
    CHECK_FALSE(result.ok);
    CHECK(result.cancelled);
    CHECK(progressCalls == 1);
    CHECK(readAll(path) == "the previous report");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("report.pdf")});
}

TEST_CASE("a failed export says why and leaves the folder as it was", "[report][engine]")
{
    QTemporaryDir dir;
    // The target is a folder: QSaveFile cannot replace it.
    const QString path = dir.filePath(QStringLiteral("taken.pdf"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("taken.pdf")));
    writeAll(dir.filePath(QStringLiteral("other.pdf")), "keep me");
    const auto result = report::ReportPdfWriter::write(longTableDocument(10), path, {});
    CHECK_FALSE(result.ok);
    CHECK_FALSE(result.cancelled);
    CHECK(result.error.contains(QStringLiteral("taken.pdf")));
    CHECK(readAll(dir.filePath(QStringLiteral("other.pdf"))) == "keep me");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("other.pdf")});

    const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const auto failed = report::ReportPdfWriter::write(longTableDocument(10), missingFolder, {});
    CHECK_FALSE(failed.ok);
    CHECK_FALSE(failed.error.isEmpty());
}

TEST_CASE("an export replaces an existing file only when it succeeds", "[report][engine]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    writeAll(path, "old");
    const auto result = report::ReportPdfWriter::write(longTableDocument(5), path, {});
    REQUIRE(result.ok);
    const QByteArray bytes = readAll(path);
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.size() == result.bytes);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("report.pdf")});
}

TEST_CASE("a report renders on a worker thread with progress", "[report][engine]")
{
    const auto data = pf::test::sampleReportData(QStringLiteral("Acme Cloud GmbH"));
    QByteArray pdf;
    report::PdfResult result;
    int lastDone = 0;
    int lastTotal = 0;
    std::thread worker([&] {
        const report::ReportDocument doc = report::AssessmentReport::build(data);
        report::RenderControl control;
        control.progress = [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        };
        result = report::ReportPdfWriter::render(doc, {}, &pdf, control);
    });
    worker.join();
    REQUIRE(result.ok);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(lastTotal == result.pages);
    CHECK(lastDone == result.pages);
}

TEST_CASE("the default paper follows the locale", "[report][engine]")
{
    using report::PageSize;
    using report::ReportDocument;
    CHECK(ReportDocument::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)) == PageSize::Letter);
    CHECK(ReportDocument::defaultPageSize(QLocale(QLocale::French, QLocale::Canada)) == PageSize::Letter);
    CHECK(ReportDocument::defaultPageSize(QLocale(QLocale::Spanish, QLocale::Mexico)) == PageSize::Letter);
    CHECK(ReportDocument::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)) == PageSize::A4);
    CHECK(ReportDocument::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)) == PageSize::A4);
    CHECK(ReportDocument::defaultPageSize(QLocale(QLocale::Japanese, QLocale::Japan)) == PageSize::A4);
}

TEST_CASE("page labels count in the document's locale", "[report][engine]")
{
    const report::ReportDocument doc({}, QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(doc.pageLabel(3, 12) == QStringLiteral("Page 3 of 12"));
}

TEST_CASE("text that looks like markup prints as typed in every block", "[report][engine]")
{
    PdfTools::requirePoppler();
    report::ReportDocument doc;
    doc.add(report::HeadingBlock(QStringLiteral("<h1>Not a heading tag</h1>"), 1));
    doc.add(report::ParagraphBlock(QStringLiteral("A note with <b>bold</b> & <i>italic</i> &amp; <br> tags.")));
    report::TableBlock table({{QStringLiteral("<th>"), 1.0, Qt::AlignLeft}});
    table.addRow({QStringLiteral("<td>cell</td>")});
    doc.add(std::move(table));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("markup.pdf"));
    REQUIRE(report::ReportPdfWriter::write(doc, path, {}).ok);
    const QString text = PdfTools::text(path).simplified();
    CHECK(text.contains(QStringLiteral("<h1>Not a heading tag</h1>")));
    CHECK(text.contains(QStringLiteral("A note with <b>bold</b> & <i>italic</i> &amp; <br> tags.")));
    CHECK(text.contains(QStringLiteral("<th>")));
    CHECK(text.contains(QStringLiteral("<td>cell</td>")));
}
