// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pf::ui {

/** Draws the Band column of the partner list as a coloured badge with the band's name. */
class BandDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// The item role carrying the charts::Band as an int (absent: plain text).
    static constexpr int BandRole = Qt::UserRole + 20;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pf::ui
