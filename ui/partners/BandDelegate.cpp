// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BandDelegate.h"

#include "ui/charts/BandBadge.h"
#include "ui/charts/ChartStyle.h"

#include <QApplication>
#include <QPainter>

namespace pf::ui {

void BandDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant band = index.data(BandRole);
    if (!band.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection as usual, then the badge instead of the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    const auto kind = charts::Band(band.toInt());
    const QSizeF size = charts::BandBadge::sizeFor(kind, option.font, text);
    QRectF rect(QPointF(option.rect.left() + 4, option.rect.center().y() - size.height() / 2), size);
    rect.setWidth(qMin(rect.width(), qreal(option.rect.width() - 8)));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    charts::BandBadge::paint(painter, rect, kind, charts::ChartStyle::forPalette(option.palette, option.font),
                             option.font, text);
    painter->restore();
}

QSize BandDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant band = index.data(BandRole);
    if (!band.isValid()) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    const QSizeF size =
        charts::BandBadge::sizeFor(charts::Band(band.toInt()), option.font, index.data(Qt::DisplayRole).toString());
    return QSize(int(size.width()) + 8, int(size.height()) + 6);
}

} // namespace pf::ui
