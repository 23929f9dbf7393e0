// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace pf::ui::report {

/** How a report becomes a PDF file. */
struct PdfOptions
{
    PageSize pageSize = PageSize::A4;
    /// Archival PDF/A-1b (the report uses no transparency, so it looks the same).
    bool pdfA = false;
    /// Metadata; empty title or subject fall back to the document's.
    QString title;
    QString subject;
    /// The application that made the document: "PartnerFit 0.1.0 (abc123)" by default.
    QString creator;
    QString author;
    /// Creation time in the metadata; now when invalid.
    QDateTime created;
    int resolution = 1200;
};

/** The outcome of an export: written, cancelled, or failed with a message for the user. */
struct PdfResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    int pages = 0;
    qint64 bytes = 0;
};

/** Renders a ReportDocument to PDF. Runs on any thread; the file is written through QSaveFile, so an existing file
 *  is only replaced when the whole report was written, and a cancelled or failed export leaves no file behind. */
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::report::ReportPdfWriter)

public:
    /// Renders into memory: the complete PDF in @p pdf.
    static PdfResult render(const ReportDocument &document, const PdfOptions &options, QByteArray *pdf,
                            const RenderControl &control = {});
    /// Renders and saves to @p path.
    static PdfResult write(const ReportDocument &document, const QString &path, const PdfOptions &options,
                           const RenderControl &control = {});

    /// Appends an incremental update to @p pdf whose document information dictionary carries Title, Subject,
    /// Author, Creator, Producer and dates (Qt 6.4's QPdfWriter writes no Subject). False if @p pdf has no
    /// classic cross-reference table to extend.
    static bool appendInfo(QByteArray &pdf, const PdfOptions &options, const QString &producer);
    /// XMP packet matching that information (Dublin Core title, description, creator; PDF/A identification).
    static QByteArray xmpMetadata(const PdfOptions &options, const QString &producer);
};

} // namespace pf::ui::report
