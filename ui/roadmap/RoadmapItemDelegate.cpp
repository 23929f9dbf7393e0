// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapItemDelegate.h"

#include "RoadmapItemsModel.h"

#include <QComboBox>
#include <QSpinBox>

namespace pf::ui {

QWidget *RoadmapItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    switch (index.column()) {
    case RoadmapItemsModel::From:
    case RoadmapItemsModel::To: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(1990, 2100);
        spin->setGroupSeparatorShown(false);
        return spin;
    }
    case RoadmapItemsModel::Commitment: {
        auto *combo = new QComboBox(parent);
        for (auto c : {core::Commitment::Exploring, core::Commitment::Planned, core::Commitment::Committed}) {
            combo->addItem(RoadmapItemsModel::commitmentName(c), int(c));
        }
        return combo;
    }
    case RoadmapItemsModel::Stance: {
        auto *combo = new QComboBox(parent);
        for (auto s : {core::Stance::Invest, core::Stance::Maintain, core::Stance::Divest}) {
            combo->addItem(RoadmapItemsModel::stanceName(s), int(s));
        }
        return combo;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void RoadmapItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void RoadmapItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace pf::ui
