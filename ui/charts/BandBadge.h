// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"

#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace pf::ui::charts {

class ChartStyle;

/** Paints a verdict band as a rounded badge: the band colour *and* its name (or a score), never colour alone. */
class BandBadge
{
public:
    /// The size the badge needs for @p text (the band's name when empty).
    static QSizeF sizeFor(Band band, const QFont &font, const QString &text = {});
    /// Paints the badge filling @p rect, text centred with ≥ 4.5:1 contrast against the fill.
    static void paint(QPainter *painter, const QRectF &rect, Band band, const ChartStyle &style, const QFont &font,
                      const QString &text = {});
};

} // namespace pf::ui::charts
