// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExportDialog.h"

#include "ui/common/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pf::ui {

ReportExportDialog::ReportExportDialog(const QString &what, std::function<void(report::PageSize)> preview,
                                       QWidget *parent)
    : QDialog(parent)
    , m_pageSize(new QComboBox(this))
    , m_pdfA(new QCheckBox(tr("Archival PDF/A-1b"), this))
    , m_preview(new QPushButton(tr("Preview…"), this))
{
    setWindowTitle(tr("Export PDF Report"));
    setObjectName(QStringLiteral("reportExportDialog"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(what, this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(report::PageSize::A4));
    m_pageSize->addItem(tr("US Letter (8.5 × 11 in)"), int(report::PageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(rememberedPageSize())));
    form->addRow(tr("&Page size:"), m_pageSize);
    m_pdfA->setObjectName(QStringLiteral("pdfA"));
    m_pdfA->setChecked(Settings::instance().value(Settings::Key::ReportPdfA).toBool());
    m_pdfA->setToolTip(tr("For long-term archives: every font embedded, no transparency. The report looks the "
                          "same either way."));
    form->addRow(QString(), m_pdfA);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_preview->setToolTip(tr("See the pages as they will print, and print them"));
    m_preview->setVisible(bool(preview));
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    connect(m_preview, &QPushButton::clicked, this, [this, preview] {
        if (preview) {
            preview(pageSize());
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

report::PageSize ReportExportDialog::pageSize() const
{
    return report::PageSize(m_pageSize->currentData().toInt());
}

bool ReportExportDialog::pdfA() const
{
    return m_pdfA->isChecked();
}

void ReportExportDialog::remember() const
{
    Settings::instance().setValue(Settings::Key::ReportPageSize, pageSize() == report::PageSize::Letter
                                                                     ? QStringLiteral("letter")
                                                                     : QStringLiteral("a4"));
    Settings::instance().setValue(Settings::Key::ReportPdfA, pdfA());
}

report::PageSize ReportExportDialog::rememberedPageSize()
{
    const QString remembered = Settings::instance().string(Settings::Key::ReportPageSize);
    if (remembered == QLatin1String("letter")) {
        return report::PageSize::Letter;
    }
    if (remembered == QLatin1String("a4")) {
        return report::PageSize::A4;
    }
    return report::ReportDocument::defaultPageSize(QLocale());
}

} // namespace pf::ui
