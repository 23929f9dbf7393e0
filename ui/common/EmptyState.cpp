// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyState.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pf::ui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_description(new QLabel(this)), m_buttons(new QVBoxLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    // A wrapping label only gets the height it needs at a fixed width.
    m_description->setFixedWidth(520);
    m_description->setObjectName(QStringLiteral("emptyStateDescription"));

    m_buttons->setSpacing(8);

    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(6);
    auto *descriptionRow = new QHBoxLayout;
    descriptionRow->addStretch();
    descriptionRow->addWidget(m_description);
    descriptionRow->addStretch();
    column->addLayout(descriptionRow);
    column->addSpacing(18);
    column->addLayout(m_buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(column);
    outer->addStretch(3);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setDescription(const QString &text)
{
    m_description->setText(text);
}

void EmptyState::addAction(QAction *action)
{
    auto *button = new QPushButton(this);
    button->setMinimumWidth(220);
    auto sync = [button, action] {
        QString text = action->text();
        button->setText(text.remove(QStringLiteral("...")).remove(QChar(0x2026)));
        button->setIcon(action->icon());
        button->setEnabled(action->isEnabled());
        button->setToolTip(action->toolTip());
    };
    sync();
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->addWidget(button, 0, Qt::AlignHCenter);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::description() const
{
    return m_description->text();
}

} // namespace pf::ui
