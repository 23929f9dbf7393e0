// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/ReportDocument.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace pf::ui {

/** Options of a PDF export: page size (the locale's usual size until the user picks one), archival PDF/A, and a
 *  preview of the report. The choices are remembered in Settings when the user exports. */
class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p what names the report ("Assessment report of Acme Cloud GmbH"); @p preview shows it (optional).
    ReportExportDialog(const QString &what, std::function<void(report::PageSize)> preview, QWidget *parent = nullptr);

    report::PageSize pageSize() const;
    bool pdfA() const;
    /// Remembers the current choices as the next export's defaults.
    void remember() const;

    /// The remembered page size, else the locale's usual size.
    static report::PageSize rememberedPageSize();

    QComboBox *pageSizeBox() const { return m_pageSize; }
    QCheckBox *pdfABox() const { return m_pdfA; }
    QPushButton *previewButton() const { return m_preview; }

private:
    QComboBox *m_pageSize;
    QCheckBox *m_pdfA;
    QPushButton *m_preview;
};

} // namespace pf::ui
