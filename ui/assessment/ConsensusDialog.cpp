// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsensusDialog.h"

#include "ui/common/ScoreFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include <cmath>

namespace pf::ui {

ConsensusDialog::ConsensusDialog(const QString &criterionName, const QStringList &anchors,
                                 const core::CriterionResult &result, QWidget *parent)
    : QDialog(parent)
    , m_value(new QDoubleSpinBox(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_anchor(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_anchors(anchors)
{
    setWindowTitle(tr("Consensus on %1").arg(criterionName));
    setObjectName(QStringLiteral("consensusDialog"));

    QStringList values;
    for (const core::AssessorValue &v : result.assessors) {
        if (v.state == core::RatingState::Rated) {
            values << tr("%1: %2").arg(v.assessor).arg(v.value);
        }
    }
    auto *intro = new QLabel(tr("The assessors rated %1. Agree one value in discussion and record why; "
                                "the individual ratings stay visible.")
                                 .arg(values.join(QStringLiteral(", "))),
                             this);
    intro->setWordWrap(true);

    m_value->setObjectName(QStringLiteral("consensusValue"));
    m_value->setRange(1.0, 5.0);
    m_value->setSingleStep(0.5);
    m_value->setDecimals(1);
    m_value->setValue(result.consensus.value_or(result.rating.value_or(3.0)));
    m_anchor->setWordWrap(true);
    m_anchor->setForegroundRole(QPalette::PlaceholderText);
    m_rationale->setObjectName(QStringLiteral("consensusRationale"));
    m_rationale->setPlaceholderText(tr("Why the group agreed this value (required)"));
    m_rationale->setPlainText(result.rationale);
    m_rationale->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Agreed &value:"), m_value);
    form->addRow(QString(), m_anchor);
    form->addRow(tr("&Rationale:"), m_rationale);

    if (result.consensus) {
        QPushButton *withdraw = m_buttons->addButton(tr("&Withdraw Consensus"), QDialogButtonBox::DestructiveRole);
        connect(withdraw, &QPushButton::clicked, this, [this] {
            m_withdrawn = true;
            accept();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &ConsensusDialog::validate);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &ConsensusDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
    validate();
}

void ConsensusDialog::setValue(double value)
{
    m_value->setValue(value);
}

void ConsensusDialog::setRationale(const QString &rationale)
{
    m_rationale->setPlainText(rationale);
}

std::optional<core::Consensus> ConsensusDialog::consensus(const QString &criterion) const
{
    if (m_withdrawn) {
        return std::nullopt;
    }
    return core::Consensus{criterion, m_value->value(), m_rationale->toPlainText().trimmed()};
}

void ConsensusDialog::validate()
{
    const int level = int(std::lround(m_value->value()));
    m_anchor->setText(m_anchors.value(level - 1));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_rationale->toPlainText().trimmed().isEmpty());
}

} // namespace pf::ui
