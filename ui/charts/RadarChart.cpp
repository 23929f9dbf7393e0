// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChart.h"

#include "ChartFormat.h"
#include "ChartPaint.h"
#include "ChartStyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pf::ui::charts {

namespace {

constexpr qreal LabelFont = 12.0;
constexpr qreal PoleFont = 11.0;
constexpr qreal MinLabelWidth = 80.0; ///< room beside the web for an axis name and its poles
constexpr qreal LegendMargin = 10.0;

ChartPaint::Marker markerFor(Side side)
{
    return side == Side::Theirs ? ChartPaint::Marker::Square : ChartPaint::Marker::Circle;
}

double angleOf(int axis, int count)
{
    // Clockwise from the top.
    return -std::numbers::pi / 2 + 2 * std::numbers::pi * axis / std::max(1, count);
}

} // namespace

RadarChart::RadarChart(RadarData data, QString title) : m_data(std::move(data)), m_title(std::move(title))
{}

QString RadarChart::title() const
{
    return m_title.isEmpty() ? tr("Profile") : m_title;
}

bool RadarChart::isEmpty() const
{
    if (m_data.axes.size() < 3) {
        return true;
    }
    return std::none_of(m_data.series.cbegin(), m_data.series.cend(), [](const RadarSeries &series) {
        return std::any_of(series.values.cbegin(), series.values.cend(), [](const auto &v) { return v.has_value(); });
    });
}

QString RadarChart::emptyReason() const
{
    return m_data.axes.size() < 3 ? tr("A profile needs at least three axes.") : tr("No axis has a rating yet.");
}

ChartTable RadarChart::table() const
{
    ChartTable table;
    table.title = title();
    table.columns << tr("Axis") << tr("Low pole") << tr("High pole");
    for (const RadarSeries &series : m_data.series) {
        table.columns << series.name;
    }
    for (int i = 0; i < m_data.axes.size(); ++i) {
        const RadarAxis &axis = m_data.axes.at(i);
        QVariantList row{axis.label, axis.lowPole, axis.highPole};
        for (const RadarSeries &series : m_data.series) {
            row << cell(i < series.values.size() ? series.values.at(i) : std::nullopt);
        }
        table.rows << row;
    }
    return table;
}

std::unique_ptr<Chart> RadarChart::clone() const
{
    return std::make_unique<RadarChart>(*this);
}

QSizeF RadarChart::preferredSize() const
{
    return {600, 460};
}

RadarChart::Layout RadarChart::layout(const QRectF &content) const
{
    Layout result;
    QFont legendFont;
    legendFont.setPixelSize(12);
    const qreal legendHeight = m_data.series.isEmpty() ? 0 : ChartPaint::lineHeight(legendFont) + 4;
    result.legend = QRectF(content.left(), content.bottom() - legendHeight, content.width(), legendHeight);
    const QRectF web = content.adjusted(0, 0, 0, -legendHeight - LegendMargin);
    // Axis labels take two lines above and below and a column as wide as the widest label on each side.
    QFont labelFont = legendFont;
    labelFont.setPixelSize(int(LabelFont));
    labelFont.setWeight(QFont::DemiBold);
    QFont poleFont = legendFont;
    poleFont.setPixelSize(int(PoleFont));
    qreal widest = MinLabelWidth;
    for (const RadarAxis &axis : m_data.axes) {
        widest =
            std::max({widest, ChartPaint::textWidth(labelFont, axis.label) + 14,
                      ChartPaint::textWidth(poleFont, axis.lowPole + QStringLiteral(" \u2192 ") + axis.highPole) + 14});
    }
    result.labelWidth = std::min(widest, web.width() * 0.3);
    const qreal labelHeight = 2 * 16.0 + 6;
    result.radius = std::max(20.0, std::min(web.width() / 2 - result.labelWidth, web.height() / 2 - labelHeight));
    result.centre = web.center();
    return result;
}

QPointF RadarChart::point(const Layout &layout, int axis, double value) const
{
    const double span = m_data.maximum - m_data.minimum;
    const double t = span > 0 ? std::clamp((value - m_data.minimum) / span, 0.0, 1.0) : 0.0;
    const double angle = angleOf(axis, int(m_data.axes.size()));
    return layout.centre + QPointF(std::cos(angle), std::sin(angle)) * (t * layout.radius);
}

QPointF RadarChart::valuePosition(const QRectF &rect, int axis, double value) const
{
    return point(layout(contentRect(rect)), axis, value);
}

void RadarChart::paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const
{
    const Layout l = layout(rect);
    const int count = int(m_data.axes.size());

    // Grid rings as polygons, one per step, and the spokes.
    painter->setBrush(Qt::NoBrush);
    const double step = m_data.step > 0 ? m_data.step : (m_data.maximum - m_data.minimum) / 4;
    const int rings = std::max(1, int(std::round((m_data.maximum - m_data.minimum) / step)));
    for (int ring = 1; ring <= rings; ++ring) {
        QPolygonF polygon;
        for (int axis = 0; axis < count; ++axis) {
            polygon << point(l, axis, m_data.minimum + ring * step);
        }
        painter->setPen(QPen(ring == rings ? style.axis() : style.grid(), 1.0));
        painter->drawPolygon(polygon);
    }
    painter->setPen(QPen(style.grid(), 1.0));
    for (int axis = 0; axis < count; ++axis) {
        painter->drawLine(l.centre, point(l, axis, m_data.maximum));
    }
    // Scale values along the first (top) axis, just right of it.
    const QFont scaleFont = style.font(11);
    for (int ring = 1; ring <= rings; ++ring) {
        if (rings > 5 && ring % 2 == 0 && ring != rings) {
            continue;
        }
        const double value = m_data.minimum + ring * step;
        ChartPaint::textAt(painter, point(l, 0, value) + QPointF(4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           ChartFormat::score(value), scaleFont, style.mutedText());
    }

    // Series: filled when complete, otherwise only the segments between rated neighbours.
    for (const RadarSeries &series : m_data.series) {
        const QColor color = style.side(series.side);
        const auto valueAt = [&series](int axis) {
            return axis < series.values.size() ? series.values.at(axis) : std::nullopt;
        };
        bool complete = true;
        QPolygonF polygon;
        for (int axis = 0; axis < count; ++axis) {
            if (valueAt(axis)) {
                polygon << point(l, axis, *valueAt(axis));
            } else {
                complete = false;
            }
        }
        if (complete) {
            QColor fill = color;
            fill.setAlphaF(0.14f);
            painter->setBrush(fill);
            painter->setPen(QPen(color, 2.0));
            painter->drawPolygon(polygon);
        } else {
            painter->setPen(QPen(color, 2.0));
            for (int axis = 0; axis < count; ++axis) {
                const int next = (axis + 1) % count;
                if (valueAt(axis) && valueAt(next)) {
                    painter->drawLine(point(l, axis, *valueAt(axis)), point(l, next, *valueAt(next)));
                }
            }
        }
        for (int axis = 0; axis < count; ++axis) {
            if (valueAt(axis)) {
                ChartPaint::marker(painter, point(l, axis, *valueAt(axis)), 7.0, markerFor(series.side), color,
                                   style.background());
            }
        }
    }

    // Axis names with their poles ("deliberate → fast") outside the web.
    const QFont labelFont = style.font(LabelFont, QFont::DemiBold);
    const QFont poleFont = style.font(PoleFont);
    for (int axis = 0; axis < count; ++axis) {
        const RadarAxis &a = m_data.axes.at(axis);
        const double angle = angleOf(axis, count);
        const double c = std::cos(angle);
        const double s = std::sin(angle);
        const QPointF anchor = l.centre + QPointF(c, s) * (l.radius + 10);
        Qt::Alignment h = Qt::AlignHCenter;
        if (c > 0.25) {
            h = Qt::AlignLeft;
        } else if (c < -0.25) {
            h = Qt::AlignRight;
        }
        bool rated = false;
        for (const RadarSeries &series : m_data.series) {
            rated = rated || (axis < series.values.size() && series.values.at(axis));
        }
        QString second;
        if (!rated) {
            second = ChartFormat::notAssessed();
        } else if (!a.lowPole.isEmpty() || !a.highPole.isEmpty()) {
            second = a.lowPole + QStringLiteral(" \u2192 ") + a.highPole;
        }
        const qreal lh = ChartPaint::lineHeight(labelFont);
        const qreal blockHeight = lh + (second.isEmpty() ? 0 : ChartPaint::lineHeight(poleFont));
        // Top labels sit above the anchor, bottom ones below, side ones centred on it.
        qreal top = anchor.y() - blockHeight / 2;
        if (s < -0.75) {
            top = anchor.y() - blockHeight;
        } else if (s > 0.75) {
            top = anchor.y();
        }
        const qreal maxWidth = h == Qt::AlignHCenter ? 2 * l.labelWidth : l.labelWidth - 12;
        const Qt::Alignment vertical = Qt::AlignTop;
        ChartPaint::textAt(painter, QPointF(anchor.x(), top), h | vertical,
                           ChartPaint::elide(labelFont, a.label, maxWidth), labelFont, style.text());
        if (!second.isEmpty()) {
            ChartPaint::textAt(painter, QPointF(anchor.x(), top + lh), h | vertical,
                               ChartPaint::elide(poleFont, second, maxWidth), poleFont, style.mutedText());
        }
    }

    QList<ChartPaint::LegendEntry> legend;
    for (const RadarSeries &series : m_data.series) {
        legend << ChartPaint::LegendEntry{series.name, style.side(series.side), markerFor(series.side)};
    }
    ChartPaint::legend(painter, l.legend, legend, style);
}

} // namespace pf::ui::charts
