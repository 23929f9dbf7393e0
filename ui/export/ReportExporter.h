// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/PortfolioReportData.h"
#include "ui/report/ReportPdfWriter.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QDate;
class QProgressBar;
class QProgressDialog;
class QThread;
class QTimer;
class QWidget;

namespace pf::core {
class Workspace;
}

namespace pf::ui {

/**
 * Exports reports as PDF from the GUI: gathers the data on the GUI thread (quick database reads), asks for the
 * options and the file, then builds and writes the document in a worker thread while a window-modal progress
 * dialog offers Cancel; the window keeps repainting and responding meanwhile. The file is written through
 * QSaveFile, so a cancelled or failed export leaves an existing file as it was. Also shows reports in the print
 * preview dialog, from which they print.
 */
class ReportExporter : public QObject
{
    Q_OBJECT

public:
    /// Runs in the worker thread: turns gathered data into the document.
    using Builder = std::function<report::ReportDocument()>;

    explicit ReportExporter(QWidget *window);
    /// Cancels a running export and waits for its thread.
    ~ReportExporter() override;

    /// The whole flow for one partner's assessment report; false when nothing was started (no data, cancelled).
    bool exportAssessment(core::Workspace &workspace, const QString &partnerName);
    /// The whole flow for a portfolio report of @p selection.
    bool exportPortfolio(core::Workspace &workspace, const report::PortfolioSelection &selection);
    /// File ▸ Print…: the partner's assessment report in the print preview dialog.
    bool printAssessment(core::Workspace &workspace, const QString &partnerName);

    /// Builds with @p builder and writes @p path in a worker thread with a progress dialog; returns at once.
    /// False when an export is already running.
    bool start(Builder builder, const QString &path, const report::PdfOptions &options);
    bool isRunning() const { return m_thread != nullptr; }
    /// Asks the running export to stop (as the progress dialog's Cancel button does).
    void cancel();
    QProgressDialog *progressDialog() const { return m_progress; }

    /// Shows @p document in a QPrintPreviewDialog (run through DialogRunner) on @p size paper.
    void preview(const report::ReportDocument &document, report::PageSize size);

    /// "Acme Cloud GmbH assessment 2026-11-27.pdf" with characters file systems refuse replaced.
    static QString defaultFileName(const QString &stem, const QDate &date);

signals:
    /// After every export that ran: written, cancelled or failed (result.error says why).
    void finished(const pf::ui::report::PdfResult &result, const QString &path);

private:
    struct Job;
    /// Options dialog and file name; false when the user cancelled either.
    bool askOptions(const QString &what, const QString &stem, const std::function<void(report::PageSize)> &preview,
                    report::PdfOptions *options, QString *path);
    void showFailure(const QString &title, const QString &message);
    void pollProgress();
    void workerFinished();

    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    QProgressDialog *m_progress = nullptr;
    /// The dialog's bar, set with setBar() and driven directly.
    QProgressBar *m_bar = nullptr;
    QTimer *m_poll = nullptr;
    std::shared_ptr<Job> m_job;
};

} // namespace pf::ui
