// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExporter.h"

#include "ReportExportDialog.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/Settings.h"
#include "ui/report/AssessmentReport.h"
#include "ui/report/PortfolioReport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace pf::ui {

/// What the worker and the GUI thread share: the cancel flag, progress counters and the outcome.
struct ReportExporter::Job
{
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    report::PdfResult result;
    QString path;
};

ReportExporter::ReportExporter(QWidget *window) : QObject(window), m_window(window), m_poll(new QTimer(this))
{
    m_poll->setInterval(50);
    connect(m_poll, &QTimer::timeout, this, &ReportExporter::pollProgress);
}

ReportExporter::~ReportExporter()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QString ReportExporter::defaultFileName(const QString &stem, const QDate &date)
{
    QString name = QStringLiteral("%1 %2").arg(stem, date.toString(Qt::ISODate));
    for (const QChar c : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'}) {
        name.replace(c, QLatin1Char('-'));
    }
    return name.simplified() + QStringLiteral(".pdf");
}

bool ReportExporter::askOptions(const QString &what, const QString &stem,
                                const std::function<void(report::PageSize)> &preview, report::PdfOptions *options,
                                QString *path)
{
    ReportExportDialog dialog(what, preview, m_window);
    if (DialogRunner::exec(dialog) != QDialog::Accepted) {
        return false;
    }
    dialog.remember();
    options->pageSize = dialog.pageSize();
    options->pdfA = dialog.pdfA();
    QString folder = Settings::instance().string(Settings::Key::ReportFolder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    QString chosen = QDir(folder).filePath(defaultFileName(stem, QDate::currentDate()));
    for (;;) {
        chosen = DialogRunner::fileName(m_window, true, tr("Export PDF Report"), chosen, tr("PDF documents (*.pdf)"));
        if (chosen.isEmpty()) {
            return false;
        }
        if (QFileInfo(chosen).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
            break; // the file dialog already asked about replacing the name as typed
        }
        // The dialog asked only about the name as typed ("Acme"); the file written is "Acme.pdf".
        chosen += QStringLiteral(".pdf");
        if (!QFileInfo::exists(chosen) ||
            DialogRunner::question(
                m_window, tr("Export PDF Report"),
                tr("%1 already exists. Do you want to replace it?").arg(QDir::toNativeSeparators(chosen)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
            break;
        }
    }
    Settings::instance().setValue(Settings::Key::ReportFolder, QFileInfo(chosen).absolutePath());
    *path = chosen;
    return true;
}

void ReportExporter::showFailure(const QString &title, const QString &message)
{
    DialogRunner::critical(m_window, title, message);
}

bool ReportExporter::exportAssessment(core::Workspace &workspace, const QString &partnerName)
{
    if (isRunning()) {
        return false;
    }
    auto gathered = report::AssessmentReportData::gather(workspace, partnerName);
    if (!gathered.ok()) {
        showFailure(tr("Export Report"), gathered.status.message);
        return false;
    }
    auto data = std::make_shared<const report::AssessmentReportData>(std::move(*gathered.value));
    report::PdfOptions options;
    QString path;
    const auto preview = [this, data](report::PageSize size) {
        this->preview(report::AssessmentReport::build(*data, QLocale()), size);
    };
    if (!askOptions(tr("Assessment report of %1").arg(partnerName), tr("%1 assessment").arg(partnerName), preview,
                    &options, &path)) {
        return false;
    }
    return start([data] { return report::AssessmentReport::build(*data, QLocale()); }, path, options);
}

bool ReportExporter::exportPortfolio(core::Workspace &workspace, const report::PortfolioSelection &selection)
{
    if (isRunning()) {
        return false;
    }
    auto gathered = report::PortfolioReportData::gather(workspace, selection);
    if (!gathered.ok()) {
        showFailure(tr("Export Portfolio Report"), gathered.status.message);
        return false;
    }
    auto data = std::make_shared<const report::PortfolioReportData>(std::move(*gathered.value));
    report::PdfOptions options;
    QString path;
    const auto preview = [this, data](report::PageSize size) {
        this->preview(report::PortfolioReport::build(*data, QLocale()), size);
    };
    const QString what = tr("Portfolio report: %1 (partners ranked: %2)")
                             .arg(data->selectionText(), QLocale().toString(data->entries.size()));
    if (!askOptions(what, tr("Partner portfolio"), preview, &options, &path)) {
        return false;
    }
    // The Monte Carlo runs in the worker with the rest (build() analyses a copy).
    return start([data] { return report::PortfolioReport::build(*data, QLocale()); }, path, options);
}

bool ReportExporter::printAssessment(core::Workspace &workspace, const QString &partnerName)
{
    auto gathered = report::AssessmentReportData::gather(workspace, partnerName);
    if (!gathered.ok()) {
        showFailure(tr("Print"), gathered.status.message);
        return false;
    }
    preview(report::AssessmentReport::build(*gathered.value, QLocale()), ReportExportDialog::rememberedPageSize());
    return true;
}

void ReportExporter::preview(const report::ReportDocument &document, report::PageSize size)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(report::ReportDocument::pageLayout(size));
    printer.setDocName(document.title());
    printer.setCreator(QStringLiteral("PartnerFit"));
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(tr("Preview: %1").arg(document.title()));
    dialog.resize(900, 1000);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, size](QPrinter *target) {
        // The user may have picked other paper in the dialog; keep the report's margins on it.
        QPageLayout layout = report::ReportDocument::pageLayout(size);
        layout.setPageSize(target->pageLayout().pageSize());
        target->setPageLayout(layout);
        document.render(target);
    });
    DialogRunner::exec(dialog);
}

bool ReportExporter::start(Builder builder, const QString &path, const report::PdfOptions &options)
{
    if (isRunning()) {
        return false;
    }
    auto job = std::make_shared<Job>();
    job->path = path;
    m_job = job;
    m_thread = QThread::create([job, builder = std::move(builder), options] {
        const report::ReportDocument document = builder();
        if (job->cancel) {
            job->result.cancelled = true;
            return;
        }
        report::RenderControl control;
        control.cancel = &job->cancel;
        control.progress = [job](int done, int total) {
            job->total = total;
            job->done = done;
        };
        job->result = report::ReportPdfWriter::write(document, job->path, options, control);
    });
    m_thread->setObjectName(QStringLiteral("ReportExport"));
    connect(m_thread, &QThread::finished, this, &ReportExporter::workerFinished);

    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("reportExportProgress"));
    m_progress->setWindowTitle(tr("Exporting Report"));
    m_progress->setLabelText(tr("Preparing %1…").arg(QFileInfo(path).fileName()));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumWidth(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    // The bar is driven directly: QProgressDialog::setValue() on a shown modal dialog processes events, which can
    // run workerFinished() in the middle of pollProgress() (see BackgroundTask).
    m_bar = new QProgressBar(m_progress);
    m_bar->setRange(0, 0); // busy until the layout knows the page count
    m_progress->setBar(m_bar);
    connect(m_progress, &QProgressDialog::canceled, this, &ReportExporter::cancel);
    m_progress->show();
    m_poll->start();
    m_thread->start(QThread::LowPriority);
    return true;
}

void ReportExporter::cancel()
{
    if (m_job && m_thread) {
        m_job->cancel = true;
        if (m_progress) {
            m_progress->setLabelText(tr("Cancelling…"));
        }
    }
}

void ReportExporter::pollProgress()
{
    // Nothing here processes events, but hold what is used so a finished export can never pull it away.
    const std::shared_ptr<Job> job = m_job;
    const QPointer<QProgressDialog> progress = m_progress;
    const QPointer<QProgressBar> bar = m_bar;
    if (!job || !progress || !bar || job->cancel) {
        return;
    }
    const int total = job->total;
    const int done = std::min(int(job->done), total);
    if (total > 0) {
        if (bar->maximum() != total) {
            bar->setRange(0, total);
        }
        bar->setValue(done);
        if (progress && !job->cancel) {
            progress->setLabelText(
                tr("Writing page %1 of %2…").arg(QLocale().toString(done + 1), QLocale().toString(total)));
        }
    }
}

void ReportExporter::workerFinished()
{
    m_poll->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
        m_bar = nullptr;
    }
    const std::shared_ptr<Job> job = std::move(m_job);
    emit finished(job->result, job->path);
}

} // namespace pf::ui
