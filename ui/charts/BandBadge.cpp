// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BandBadge.h"

#include "ChartFormat.h"
#include "ChartStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace pf::ui::charts {

namespace {

QString badgeText(Band band, const QString &text)
{
    return text.isEmpty() ? ChartFormat::bandName(band) : text;
}

} // namespace

QSizeF BandBadge::sizeFor(Band band, const QFont &font, const QString &text)
{
    const QFontMetricsF metrics(font);
    return {metrics.horizontalAdvance(badgeText(band, text)) + metrics.height() * 0.9, metrics.height() * 1.35};
}

void BandBadge::paint(QPainter *painter, const QRectF &rect, Band band, const ChartStyle &style, const QFont &font,
                      const QString &text)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.bandFill(band));
    const qreal radius = std::min(rect.height() / 2, 4.0 * rect.height() / 16);
    painter->drawRoundedRect(rect, radius, radius);
    painter->setFont(font);
    painter->setPen(style.bandText(band));
    painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine, badgeText(band, text));
    painter->restore();
}

} // namespace pf::ui::charts
