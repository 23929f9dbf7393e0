// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace pf::ui::charts {

class ChartStyle;

/** Drawing helpers the charts share: text, markers and legends, all in design pixels. */
class ChartPaint
{
public:
    enum class Marker { Swatch, Circle, Square, Triangle, DownTriangle, Line, ThickLine, DashedLine };

    struct LegendEntry
    {
        QString text;
        QColor color;
        Marker marker = Marker::Swatch;
    };

    static qreal textWidth(const QFont &font, const QString &text);
    static qreal lineHeight(const QFont &font);
    /// Height of @p text word-wrapped to @p width.
    static qreal wrappedHeight(const QFont &font, const QString &text, qreal width);
    static QString elide(const QFont &font, const QString &text, qreal width);
    static void text(QPainter *painter, const QRectF &rect, int flags, const QString &text, const QFont &font,
                     const QColor &color);
    /// Draws @p text anchored at @p anchor; @p alignment says which side of the text touches it.
    static QRectF textAt(QPainter *painter, const QPointF &anchor, Qt::Alignment alignment, const QString &text,
                         const QFont &font, const QColor &color);
    static QRectF textRectAt(const QPointF &anchor, Qt::Alignment alignment, const QString &text, const QFont &font);
    static void marker(QPainter *painter, const QPointF &centre, qreal size, Marker marker, const QColor &color,
                       const QColor &outline);
    /// Height a legend needs in @p width (it wraps onto more lines when needed).
    static qreal legendHeight(const QList<LegendEntry> &entries, const ChartStyle &style, qreal width);
    /// Draws the entries centred in @p rect, wrapping as legendHeight() did.
    static void legend(QPainter *painter, const QRectF &rect, const QList<LegendEntry> &entries,
                       const ChartStyle &style);
};

} // namespace pf::ui::charts
