// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerDialog.h"

#include "PartnerListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pf::ui {
namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            items << part.trimmed();
        }
    }
    return items;
}

} // namespace

PartnerDialog::PartnerDialog(const core::Partner &partner, QWidget *parent)
    : QDialog(parent)
    , m_partner(partner)
    , m_name(new QLineEdit(partner.name, this))
    , m_website(new QLineEdit(partner.website, this))
    , m_type(new QComboBox(this))
    , m_industry(new QLineEdit(partner.industry, this))
    , m_regions(new QLineEdit(partner.regions.join(QStringLiteral(", ")), this))
    , m_stage(new QComboBox(this))
    , m_owner(new QLineEdit(partner.owner, this))
    , m_tags(new QLineEdit(partner.tags.join(QStringLiteral(", ")), this))
    , m_notes(new QPlainTextEdit(partner.notes, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("partnerDialog"));
    setWindowTitle(partner.id == 0 ? tr("Add Partner") : tr("Edit %1").arg(partner.name));
    m_name->setObjectName(QStringLiteral("partnerNameEdit"));
    m_stage->setObjectName(QStringLiteral("partnerStageCombo"));
    m_tags->setObjectName(QStringLiteral("partnerTagsEdit"));
    m_notes->setObjectName(QStringLiteral("partnerNotesEdit"));
    m_name->setPlaceholderText(tr("Organisation name (required)"));
    m_website->setPlaceholderText(QStringLiteral("https://"));
    m_type->setEditable(true);
    for (const char *type : {"reseller", "technology", "distributor", "strategic_alliance"}) {
        m_type->addItem(PartnerListModel::typeName(QLatin1String(type)), QLatin1String(type));
    }
    const int typeIndex = m_type->findData(partner.type);
    if (typeIndex >= 0) {
        m_type->setCurrentIndex(typeIndex);
    } else {
        m_type->setEditText(partner.type);
    }
    for (const QString &stage : core::Partner::stages()) {
        m_stage->addItem(PartnerListModel::stageName(stage), stage);
    }
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(partner.stage)));
    m_regions->setPlaceholderText(tr("e.g. DACH, Nordics"));
    m_tags->setPlaceholderText(tr("Comma-separated"));
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("&Regions:"), m_regions);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Ta&gs:"), m_tags);
    form->addRow(tr("N&otes:"), m_notes);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PartnerDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    validate();
}

core::Partner PartnerDialog::partner() const
{
    core::Partner p = m_partner;
    p.name = m_name->text().trimmed();
    p.website = m_website->text().trimmed();
    const int typeIndex = m_type->findText(m_type->currentText());
    p.type = typeIndex >= 0 ? m_type->itemData(typeIndex).toString() : m_type->currentText().trimmed();
    p.industry = m_industry->text().trimmed();
    p.regions = splitList(m_regions->text());
    p.stage = m_stage->currentData().toString();
    p.owner = m_owner->text().trimmed();
    p.tags = splitList(m_tags->text());
    p.notes = m_notes->toPlainText();
    return p;
}

void PartnerDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void PartnerDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace pf::ui
