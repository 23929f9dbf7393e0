// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: screenshots of the report export dialog, its progress dialog and the print preview over the main
// window on the sample workspace. Run under a real X server (xvfb-run) with a temporary HOME:
//   export_gallery OUTPUT_DIR
#include "report/PortfolioFixture.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/Settings.h"
#include "ui/export/ReportExportDialog.h"
#include "ui/export/ReportExporter.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/report/PortfolioReport.h"
#include "ui/workspace/WorkspaceController.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTimer>

using namespace pf;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void shoot(const QWidget &window, const QString &file)
{
    const QRect area = window.frameGeometry().adjusted(-8, -8, 8, 8);
    QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(file);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::Settings::setInstance(&settings);
    const QString workspace = dir.filePath(QStringLiteral("sample.partnerfit"));
    test::createSampleWorkspace(workspace);
    ui::MainWindow window(workspace);
    window.resize(1280, 800);
    window.move(100, 60);
    window.show();
    wait(500);

    // The options dialog over the window, then its preview.
    ui::DialogRunner::setDialogResponder([&](QDialog &dialog) {
        if (auto *options = qobject_cast<ui::ReportExportDialog *>(&dialog)) {
            options->show();
            wait(400);
            shoot(window, out.filePath(QStringLiteral("report-export-dialog.png")));
            options->previewButton()->click();
            return int(QDialog::Rejected);
        }
        dialog.resize(1000, 780);
        dialog.move(240, 70);
        dialog.show();
        wait(1500);
        shoot(dialog, out.filePath(QStringLiteral("report-preview.png")));
        return int(QDialog::Rejected);
    });
    window.findChild<QAction *>(QStringLiteral("actionExportPortfolioReport"))->trigger();

    // The progress dialog of a 1,000-partner export.
    auto data = std::make_shared<const ui::report::PortfolioReportData>(test::largePortfolio(1000));
    const QString pdf = dir.filePath(QStringLiteral("large.pdf"));
    ui::ReportExporter *exporter = window.reportExporter();
    exporter->start([data] { return ui::report::PortfolioReport::build(*data, QLocale()); }, pdf, {});
    while (exporter->isRunning() && (!exporter->progressDialog() || exporter->progressDialog()->value() < 30)) {
        wait(20);
    }
    shoot(window, out.filePath(QStringLiteral("report-export-progress.png")));
    exporter->cancel();
    while (exporter->isRunning()) {
        wait(20);
    }
    ui::Settings::setInstance(nullptr);
    return 0;
}
