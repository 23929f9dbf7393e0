// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartTableModel.h"

#include "ChartFormat.h"

#include <QLocale>

namespace pf::ui::charts {

ChartTableModel::ChartTableModel(ChartTable table, QObject *parent)
    : QAbstractTableModel(parent), m_table(std::move(table))
{}

void ChartTableModel::setTable(ChartTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const QVariantList &row = m_table.rows.at(index.row());
    const QVariant value = index.column() < row.size() ? row.at(index.column()) : QVariant();
    const bool missing = value.isNull();
    const bool number = value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (missing) {
            return role == Qt::DisplayRole ? ChartFormat::dash() : ChartFormat::notAssessed();
        }
        if (value.typeId() == QMetaType::Double) {
            return ChartFormat::detail(value.toDouble());
        }
        if (value.typeId() == QMetaType::Int) {
            return QString::number(value.toInt()); // years and counts: no digit grouping
        }
        return value.toString();
    case Qt::EditRole:
        return value;
    case Qt::ToolTipRole:
        return missing ? ChartFormat::notAssessed() : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment((number || missing) ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_table.columns.size()) {
        return m_table.columns.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace pf::ui::charts
