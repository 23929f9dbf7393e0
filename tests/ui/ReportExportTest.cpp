// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemporarySettings.h"
#include "core/storage/Workspace.h"
#include "report/PortfolioFixture.h"
#include "support/CatchCompat.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBar.h"
#include "ui/export/ReportExportDialog.h"
#include "ui/export/ReportExporter.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/report/AssessmentReport.h"
#include "ui/report/PortfolioReport.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pf;
using pf::test::TemporarySettings;
using pf::ui::DialogRunner;
using pf::ui::ReportExporter;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The report builder a GUI export runs in its worker: the 1,000-partner portfolio.
ReportExporter::Builder largePortfolioBuilder()
{
    auto data = std::make_shared<const ui::report::PortfolioReportData>(test::largePortfolio(1000, 2000));
    return [data] {
        return ui::report::PortfolioReport::build(*data, QLocale());
    };
}

struct Responders
{
    ~Responders()
    {
        DialogRunner::setDialogResponder({});
        DialogRunner::setFileResponder({});
        DialogRunner::setQuestionResponder({});
    }
};

} // namespace

TEST_CASE("A large portfolio export runs off the GUI thread: the window keeps responding", "[export][report]")
{
    TemporarySettings settings;
    QWidget window;
    window.resize(800, 600);
    window.show();
    ReportExporter exporter(&window);
    const QString path = settings.dir.filePath(QStringLiteral("portfolio.pdf"));
    const ReportExporter::Builder builder = largePortfolioBuilder();

    // A timer that must keep firing while the export runs: the GUI thread is never blocked for long.
    int ticks = 0;
    qint64 longestGap = 0;
    QElapsedTimer sinceTick;
    QTimer heartbeat;
    heartbeat.setInterval(20);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (ticks > 0) {
            longestGap = std::max(longestGap, sinceTick.elapsed());
        }
        sinceTick.restart();
        ++ticks;
    });
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    QElapsedTimer took;
    took.start();
    heartbeat.start();
    REQUIRE(exporter.start(builder, path, {}));
    CHECK(exporter.isRunning());
    REQUIRE(exporter.progressDialog());
    CHECK(exporter.progressDialog()->isVisible());
    CHECK(exporter.progressDialog()->windowModality() == Qt::WindowModal);
    // A second export waits for the first.
    CHECK_FALSE(exporter.start(builder, path, {}));
    REQUIRE(finished.wait(180000));
    heartbeat.stop();
    const qint64 elapsed = took.elapsed();

    const auto result = finished.at(0).at(0).value<ui::report::PdfResult>();
    INFO("export took " << elapsed << " ms, " << ticks << " ticks, longest gap " << longestGap << " ms");
    CHECK(result.ok);
    CHECK(result.pages > 80);
    CHECK_FALSE(exporter.isRunning());
    CHECK(readAll(path).startsWith("%PDF-"));
    // At 20 ms the timer fires about 50 times a second; allow for a loaded machine but not for a frozen window.
    CHECK(ticks >= elapsed / 20 / 4);
    CHECK(longestGap < 500);
    if (test::hasPoppler()) {
        CHECK(test::pdfInfo(path, QStringLiteral("Pages")).toInt() == result.pages);
    }
}

TEST_CASE("Cancelling an export leaves the existing file untouched", "[export][report]")
{
    TemporarySettings settings;
    QWidget window;
    window.show();
    ReportExporter exporter(&window);
    const QString path = settings.dir.filePath(QStringLiteral("portfolio.pdf"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the report from last week");
    }
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    REQUIRE(exporter.start(largePortfolioBuilder(), path, {}));
    // Wait until pages are being written, then press Cancel in the progress dialog.
    QTRY_VERIFY_WITH_TIMEOUT(exporter.progressDialog() && exporter.progressDialog()->maximum() > 0, 120000);
    auto *cancel = exporter.progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(finished.wait(120000));
    const auto result = finished.at(0).at(0).value<ui::report::PdfResult>();
    CHECK(result.cancelled);
    CHECK_FALSE(result.ok);
    const bool untouched = readAll(path) == QByteArray("the report from last week");
    CHECK(untouched);
    // No half-written file lies around either.
    CHECK(QDir(settings.dir.path()).entryList({QStringLiteral("portfolio*")}, QDir::Files).size() == 1);
}

TEST_CASE("File > Export Portfolio Report and Export Report write PDFs of the sample workspace", "[export][report]")
{
    TemporarySettings settings;
    Responders responders;
    const QString workspacePath = settings.dir.filePath(QStringLiteral("sample.partnerfit"));
    REQUIRE(test::createSampleWorkspace(workspacePath));
    ui::MainWindow window(workspacePath);
    window.show();
    QAction *portfolio = window.findChild<QAction *>(QStringLiteral("actionExportPortfolioReport"));
    QAction *single = window.findChild<QAction *>(QStringLiteral("actionExportReport"));
    QAction *print = window.findChild<QAction *>(QStringLiteral("actionPrint"));
    REQUIRE(portfolio);
    REQUIRE(single);
    REQUIRE(print);
    CHECK(portfolio->isEnabled());
    CHECK_FALSE(portfolio->statusTip().isEmpty());
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));

    // The options dialog: Letter and PDF/A; the choices are remembered for next time.
    DialogRunner::setDialogResponder([](QDialog &dialog) {
        auto *options = qobject_cast<ui::ReportExportDialog *>(&dialog);
        if (!options) {
            return int(QDialog::Rejected);
        }
        options->pageSizeBox()->setCurrentIndex(options->pageSizeBox()->findData(int(ui::report::PageSize::Letter)));
        options->pdfABox()->setChecked(true);
        return int(QDialog::Accepted);
    });
    QString offered;
    const QString out = settings.dir.filePath(QStringLiteral("portfolio"));
    DialogRunner::setFileResponder([&](const QString &) {
        offered = out;
        return out; // without .pdf: the exporter adds it
    });
    QSignalSpy finished(window.reportExporter(), &ReportExporter::finished);
    portfolio->trigger();
    REQUIRE(finished.wait(60000));
    CHECK(finished.at(0).at(0).value<ui::report::PdfResult>().ok);
    CHECK(finished.at(0).at(1).toString() == out + QStringLiteral(".pdf"));
    CHECK(readAll(out + QStringLiteral(".pdf")).startsWith("%PDF-"));
    CHECK(window.messageBar()->text().contains(QStringLiteral("Exported")));
    CHECK(ui::ReportExportDialog::rememberedPageSize() == ui::report::PageSize::Letter);
    if (test::hasPoppler()) {
        CHECK(test::pdfInfo(out + QStringLiteral(".pdf"), QStringLiteral("Page size"))
                  .contains(QStringLiteral("letter")));
    }

    // The selected partner's assessment report.
    const auto rows = window.controller()->partners();
    qint64 acme = 0;
    for (const auto &row : rows) {
        if (row.partner.name == QLatin1String("Acme Cloud GmbH")) {
            acme = row.partner.id;
        }
    }
    REQUIRE(acme != 0);
    window.selectPartner(acme);
    REQUIRE(single->isEnabled());
    CHECK(print->isEnabled());
    const QString report = settings.dir.filePath(QStringLiteral("acme.pdf"));
    DialogRunner::setFileResponder([&](const QString &) { return report; });
    single->trigger();
    REQUIRE(finished.wait(60000));
    CHECK(finished.at(1).at(0).value<ui::report::PdfResult>().ok);
    CHECK(readAll(report).startsWith("%PDF-"));

    // The portfolio covers what the list shows: with the stage filter on Active, the active partners only.
    auto *stage = window.findChild<QComboBox *>(QStringLiteral("stageFilter"));
    REQUIRE(stage);
    stage->setCurrentIndex(stage->findData(QStringLiteral("active")));
    const QString active = settings.dir.filePath(QStringLiteral("active.pdf"));
    DialogRunner::setFileResponder([&](const QString &) { return active; });
    portfolio->trigger();
    REQUIRE(finished.wait(60000));
    CHECK(finished.at(2).at(0).value<ui::report::PdfResult>().ok);
    if (test::hasPoppler()) {
        const QString text = test::pdfText(active);
        CHECK(text.contains(QStringLiteral("Stages: Active")));
        CHECK(text.contains(QStringLiteral("Kestrel Security Inc.")));
        CHECK_FALSE(text.contains(QStringLiteral("Cobalt Logistics BV"))); // exited
    }
    stage->setCurrentIndex(0);

    // Cancelling the options dialog writes nothing.
    DialogRunner::setDialogResponder([](QDialog &) { return int(QDialog::Rejected); });
    const QString never = settings.dir.filePath(QStringLiteral("never.pdf"));
    DialogRunner::setFileResponder([&](const QString &) { return never; });
    single->trigger();
    QTest::qWait(100);
    CHECK(finished.size() == 3);
    CHECK_FALSE(QFile::exists(never));
}

TEST_CASE("A name typed without .pdf that names an existing PDF asks before replacing it", "[export][report]")
{
    TemporarySettings settings;
    Responders responders;
    const QString workspacePath = settings.dir.filePath(QStringLiteral("sample.partnerfit"));
    REQUIRE(test::createSampleWorkspace(workspacePath));
    core::WorkspaceOpenResult opened = core::Workspace::open(workspacePath);
    REQUIRE(opened.ok());
    QWidget window;
    window.show();
    ReportExporter exporter(&window);
    const QString existing = settings.dir.filePath(QStringLiteral("x.pdf"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the report from last week");
    }
    DialogRunner::setDialogResponder([](QDialog &dialog) {
        return int(qobject_cast<ui::ReportExportDialog *>(&dialog) ? QDialog::Accepted : QDialog::Rejected);
    });
    // The save dialog is answered with "x" (it asked about "x" only), then cancelled when offered again.
    QStringList answers{settings.dir.filePath(QStringLiteral("x")), QString()};
    int fileDialogs = 0;
    DialogRunner::setFileResponder([&](const QString &) { return answers.value(fileDialogs++); });
    QStringList questions;
    QMessageBox::StandardButton answer = QMessageBox::No;
    DialogRunner::setQuestionResponder([&](const QString &, const QString &text) {
        questions << text;
        return answer;
    });
    QSignalSpy finished(&exporter, &ReportExporter::finished);

    // No: the file dialog comes back; cancelling it writes nothing.
    CHECK_FALSE(exporter.exportAssessment(*opened.workspace, QStringLiteral("Acme Cloud GmbH")));
    REQUIRE(questions.size() == 1);
    CHECK(questions.at(0).contains(QStringLiteral("x.pdf")));
    CHECK(fileDialogs == 2);
    QTest::qWait(50);
    CHECK(finished.isEmpty());
    const bool untouched = readAll(existing) == QByteArray("the report from last week");
    CHECK(untouched);

    // Yes: the export replaces it.
    answers = QStringList{settings.dir.filePath(QStringLiteral("x"))};
    fileDialogs = 0;
    answer = QMessageBox::Yes;
    REQUIRE(exporter.exportAssessment(*opened.workspace, QStringLiteral("Acme Cloud GmbH")));
    CHECK(questions.size() == 2);
    REQUIRE(finished.wait(60000));
    CHECK(finished.at(0).at(0).value<ui::report::PdfResult>().ok);
    CHECK(finished.at(0).at(1).toString() == existing);
    CHECK(readAll(existing).startsWith("%PDF-"));

    // A name that does not exist yet is not asked about.
    answers = QStringList{settings.dir.filePath(QStringLiteral("fresh"))};
    fileDialogs = 0;
    REQUIRE(exporter.exportAssessment(*opened.workspace, QStringLiteral("Acme Cloud GmbH")));
    CHECK(questions.size() == 2);
    REQUIRE(finished.wait(60000));
    CHECK(readAll(settings.dir.filePath(QStringLiteral("fresh.pdf"))).startsWith("%PDF-"));
}

TEST_CASE("Small exports finishing while the progress is polled end cleanly every time", "[export][report]")
{
    TemporarySettings settings;
    const QString workspacePath = settings.dir.filePath(QStringLiteral("sample.partnerfit"));
    REQUIRE(test::createSampleWorkspace(workspacePath));
    core::WorkspaceOpenResult opened = core::Workspace::open(workspacePath);
    REQUIRE(opened.ok());
    auto gathered = ui::report::AssessmentReportData::gather(*opened.workspace, QStringLiteral("Acme Cloud GmbH"));
    REQUIRE(gathered.ok());
    auto data = std::make_shared<const ui::report::AssessmentReportData>(std::move(*gathered.value));
    QWidget window;
    window.show();
    ReportExporter exporter(&window);
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    // A few pages: the worker's end races with the 50 ms progress poll of the shown, window-modal dialog.
    for (int run = 0; run < 15; ++run) {
        const QString path = settings.dir.filePath(QStringLiteral("small-%1.pdf").arg(run));
        REQUIRE(exporter.start([data] { return ui::report::AssessmentReport::build(*data, QLocale()); }, path, {}));
        REQUIRE(finished.wait(60000));
        CHECK_FALSE(exporter.isRunning());
        CHECK(exporter.progressDialog() == nullptr);
        CHECK(finished.last().at(0).value<ui::report::PdfResult>().ok);
        CHECK(readAll(path).startsWith("%PDF-"));
    }
    CHECK(finished.size() == 15);
}

TEST_CASE("Print shows the report in the print preview dialog", "[export][report]")
{
    TemporarySettings settings;
    Responders responders;
    const QString workspacePath = settings.dir.filePath(QStringLiteral("sample.partnerfit"));
    REQUIRE(test::createSampleWorkspace(workspacePath));
    ui::MainWindow window(workspacePath);
    window.show();
    for (const auto &row : window.controller()->partners()) {
        if (row.partner.name == QLatin1String("Nordlys Analytics AS")) {
            window.selectPartner(row.partner.id);
        }
    }
    QString shown;
    DialogRunner::setDialogResponder([&](QDialog &dialog) {
        shown = dialog.objectName();
        return int(QDialog::Rejected);
    });
    window.findChild<QAction *>(QStringLiteral("actionPrint"))->trigger();
    CHECK(shown == QStringLiteral("reportPreviewDialog"));
}
