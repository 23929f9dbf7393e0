// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScaleButtons.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace pf::ui {

ScaleButtons::ScaleButtons(int maximum, QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this)), m_clear(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_group->setExclusive(false);
    for (int level = 1; level <= maximum; ++level) {
        auto *b = new QToolButton(this);
        b->setText(QString::number(level));
        b->setCheckable(true);
        b->setMinimumWidth(28);
        b->setAccessibleName(tr("%1 of %2").arg(level).arg(maximum));
        m_group->addButton(b, level);
        layout->addWidget(b);
    }
    m_clear->setText(QStringLiteral("×"));
    m_clear->setAccessibleName(tr("Clear"));
    m_clear->setToolTip(tr("Clear: not rated"));
    layout->addSpacing(4);
    layout->addWidget(m_clear);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        setValue(m_value); // the value decides what is checked, not the toggle
        emit valueChosen(id);
    });
    connect(m_clear, &QToolButton::clicked, this, [this] { emit valueChosen(std::nullopt); });
}

void ScaleButtons::setValue(std::optional<int> value)
{
    m_value = value;
    for (QAbstractButton *b : m_group->buttons()) {
        b->setChecked(value && m_group->id(b) == *value);
    }
}

QToolButton *ScaleButtons::button(int level) const
{
    return level < 1 ? m_clear : static_cast<QToolButton *>(m_group->button(level));
}

void ScaleButtons::setReadOnly(bool readOnly)
{
    for (QAbstractButton *b : m_group->buttons()) {
        b->setEnabled(!readOnly);
    }
    m_clear->setEnabled(!readOnly);
}

} // namespace pf::ui
