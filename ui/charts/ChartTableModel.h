// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartTable.h"

#include <QAbstractTableModel>

namespace pf::ui::charts {

/** Shows a ChartTable in a QTableView: numbers with one decimal, "—" for not assessed. */
class ChartTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ChartTableModel(ChartTable table, QObject *parent = nullptr);

    const ChartTable &table() const { return m_table; }
    void setTable(ChartTable table);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// DisplayRole: formatted text; EditRole: the raw value (null when not assessed).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChartTable m_table;
};

} // namespace pf::ui::charts
