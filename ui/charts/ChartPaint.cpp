// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPaint.h"

#include "ChartStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace pf::ui::charts {

namespace {

constexpr qreal LegendFont = 12.0;
constexpr qreal LegendMarker = 12.0;
constexpr qreal LegendGap = 6.0;
constexpr qreal LegendSpacing = 18.0;

qreal entryWidth(const ChartPaint::LegendEntry &entry, const QFont &font)
{
    const bool line = entry.marker == ChartPaint::Marker::Line || entry.marker == ChartPaint::Marker::ThickLine ||
                      entry.marker == ChartPaint::Marker::DashedLine;
    return (line ? 2 * LegendMarker : LegendMarker) + LegendGap + ChartPaint::textWidth(font, entry.text);
}

/// Splits entries into lines that fit @p width.
QList<QList<int>> legendLines(const QList<ChartPaint::LegendEntry> &entries, const QFont &font, qreal width)
{
    QList<QList<int>> lines;
    qreal used = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const qreal w = entryWidth(entries.at(i), font);
        if (lines.isEmpty() || (used + LegendSpacing + w > width && !lines.constLast().isEmpty())) {
            lines.append(QList<int>{});
            used = -LegendSpacing;
        }
        lines.last().append(i);
        used += LegendSpacing + w;
    }
    return lines;
}

} // namespace

qreal ChartPaint::textWidth(const QFont &font, const QString &text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

qreal ChartPaint::lineHeight(const QFont &font)
{
    return QFontMetricsF(font).height();
}

qreal ChartPaint::wrappedHeight(const QFont &font, const QString &text, qreal width)
{
    if (text.isEmpty()) {
        return 0;
    }
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

QString ChartPaint::elide(const QFont &font, const QString &text, qreal width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

void ChartPaint::text(QPainter *painter, const QRectF &rect, int flags, const QString &text, const QFont &font,
                      const QColor &color)
{
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(rect, flags, text);
}

QRectF ChartPaint::textRectAt(const QPointF &anchor, Qt::Alignment alignment, const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text) + 1.0, metrics.height());
    QPointF topLeft(anchor.x() - size.width() / 2, anchor.y() - size.height() / 2);
    if (alignment & Qt::AlignLeft) {
        topLeft.setX(anchor.x());
    } else if (alignment & Qt::AlignRight) {
        topLeft.setX(anchor.x() - size.width());
    }
    if (alignment & Qt::AlignTop) {
        topLeft.setY(anchor.y());
    } else if (alignment & Qt::AlignBottom) {
        topLeft.setY(anchor.y() - size.height());
    }
    return {topLeft, size};
}

QRectF ChartPaint::textAt(QPainter *painter, const QPointF &anchor, Qt::Alignment alignment, const QString &text,
                          const QFont &font, const QColor &color)
{
    const QRectF rect = textRectAt(anchor, alignment, text, font);
    ChartPaint::text(painter, rect, Qt::AlignCenter | Qt::TextSingleLine, text, font, color);
    return rect;
}

void ChartPaint::marker(QPainter *painter, const QPointF &centre, qreal size, Marker marker, const QColor &color,
                        const QColor &outline)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(outline, 1.0));
    painter->setBrush(color);
    const qreal h = size / 2;
    switch (marker) {
    case Marker::Swatch:
        painter->drawRoundedRect(QRectF(centre.x() - h, centre.y() - h, size, size), 2, 2);
        break;
    case Marker::Circle:
        painter->drawEllipse(centre, h, h);
        break;
    case Marker::Square:
        painter->drawRect(QRectF(centre.x() - h * 0.85, centre.y() - h * 0.85, size * 0.85, size * 0.85));
        break;
    case Marker::Triangle:
    case Marker::DownTriangle: {
        const qreal dir = marker == Marker::Triangle ? -1.0 : 1.0;
        QPainterPath path;
        path.moveTo(centre.x() - h, centre.y() - dir * h * 0.8);
        path.lineTo(centre.x() + h, centre.y() - dir * h * 0.8);
        path.lineTo(centre.x(), centre.y() + dir * h);
        path.closeSubpath();
        painter->drawPath(path);
        break;
    }
    case Marker::Line:
    case Marker::ThickLine:
    case Marker::DashedLine: {
        QPen pen(color, marker == Marker::ThickLine ? 3.0 : 2.0);
        if (marker == Marker::DashedLine) {
            pen.setStyle(Qt::DashLine);
        }
        painter->setPen(pen);
        painter->drawLine(QPointF(centre.x() - size, centre.y()), QPointF(centre.x() + size, centre.y()));
        break;
    }
    }
    painter->restore();
}

qreal ChartPaint::legendHeight(const QList<LegendEntry> &entries, const ChartStyle &style, qreal width)
{
    if (entries.isEmpty()) {
        return 0;
    }
    const QFont font = style.font(LegendFont);
    return legendLines(entries, font, width).size() * (lineHeight(font) + 4);
}

void ChartPaint::legend(QPainter *painter, const QRectF &rect, const QList<LegendEntry> &entries,
                        const ChartStyle &style)
{
    const QFont font = style.font(LegendFont);
    const qreal rowHeight = lineHeight(font) + 4;
    qreal y = rect.top();
    for (const QList<int> &line : legendLines(entries, font, rect.width())) {
        qreal total = -LegendSpacing;
        for (const int i : line) {
            total += LegendSpacing + entryWidth(entries.at(i), font);
        }
        qreal x = rect.center().x() - total / 2;
        const qreal cy = y + rowHeight / 2;
        for (const int i : line) {
            const LegendEntry &entry = entries.at(i);
            const qreal markerWidth = entryWidth(entry, font) - LegendGap - textWidth(font, entry.text);
            marker(painter, QPointF(x + markerWidth / 2, cy), LegendMarker, entry.marker, entry.color,
                   entry.marker == Marker::Swatch ? ChartStyle::mix(entry.color, style.text(), 0.25)
                                                  : style.background());
            textAt(painter, QPointF(x + markerWidth + LegendGap, cy), Qt::AlignLeft | Qt::AlignVCenter, entry.text,
                   font, style.text());
            x += entryWidth(entry, font) + LegendSpacing;
        }
        y += rowHeight;
    }
}

} // namespace pf::ui::charts
