// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/RoadmapItem.h"

#include <QAbstractTableModel>

namespace pf::ui {

/** One side's roadmap items as an editable table: theme, first year, last year, commitment, stance. */
class RoadmapItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Theme, From, To, Commitment, Stance, ColumnCount };

    explicit RoadmapItemsModel(QObject *parent = nullptr);

    void setItems(const QList<core::RoadmapItem> &items);
    const QList<core::RoadmapItem> &items() const { return m_items; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    static QString commitmentName(core::Commitment commitment);
    static QString stanceName(core::Stance stance);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Does not change the items: emits itemsEdited with the edited list, for an undoable edit.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void itemsEdited(const QList<core::RoadmapItem> &items);

private:
    QList<core::RoadmapItem> m_items;
    bool m_readOnly = false;
};

} // namespace pf::ui
