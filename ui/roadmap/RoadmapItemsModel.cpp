// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapItemsModel.h"

namespace pf::ui {

RoadmapItemsModel::RoadmapItemsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void RoadmapItemsModel::setItems(const QList<core::RoadmapItem> &items)
{
    if (items == m_items) {
        return;
    }
    beginResetModel();
    m_items = items;
    endResetModel();
}

QString RoadmapItemsModel::commitmentName(core::Commitment commitment)
{
    switch (commitment) {
    case core::Commitment::Exploring:
        return tr("Exploring");
    case core::Commitment::Planned:
        return tr("Planned");
    case core::Commitment::Committed:
        break;
    }
    return tr("Committed");
}

QString RoadmapItemsModel::stanceName(core::Stance stance)
{
    switch (stance) {
    case core::Stance::Invest:
        return tr("Invest");
    case core::Stance::Maintain:
        return tr("Maintain");
    case core::Stance::Divest:
        break;
    }
    return tr("Divest");
}

int RoadmapItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RoadmapItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoadmapItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const core::RoadmapItem &item = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Theme:
            return item.theme;
        case From:
            return QString::number(item.from); // years without digit grouping
        case To:
            return QString::number(item.to);
        case Commitment:
            return commitmentName(item.commitment);
        case Stance:
            return stanceName(item.stance);
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Theme:
            return item.theme;
        case From:
            return item.from;
        case To:
            return item.to;
        case Commitment:
            return int(item.commitment);
        case Stance:
            return int(item.stance);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && item.to < item.from) {
        return tr("The last year is before the first year");
    }
    return {};
}

QVariant RoadmapItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Theme:
        return tr("Theme");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Commitment:
        return tr("Commitment");
    case Stance:
        return tr("Stance");
    default:
        return {};
    }
}

Qt::ItemFlags RoadmapItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_readOnly) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool RoadmapItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size() || m_readOnly) {
        return false;
    }
    QList<core::RoadmapItem> edited = m_items;
    core::RoadmapItem &item = edited[index.row()];
    switch (index.column()) {
    case Theme:
        if (value.toString().trimmed().isEmpty()) {
            return false;
        }
        item.theme = value.toString().trimmed();
        break;
    case From:
        item.from = value.toInt();
        item.to = qMax(item.to, item.from);
        break;
    case To:
        item.to = value.toInt();
        item.from = qMin(item.from, item.to);
        break;
    case Commitment:
        item.commitment = core::Commitment(qBound(0, value.toInt(), 2));
        break;
    case Stance:
        item.stance = core::Stance(qBound(0, value.toInt(), 2));
        break;
    default:
        return false;
    }
    if (edited == m_items) {
        return false;
    }
    emit itemsEdited(edited);
    return true;
}

} // namespace pf::ui
