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
constexpr qreal LabelOffset = 10.0; ///< gap between the rim and an axis label

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
    // The web is as large as the labels around it allow: each axis's label (name and poles) sits outside its
    // spoke, so the radius is limited by the widest label on the sides and the two-line blocks at top and bottom.
    QFont labelFont = legendFont;
    labelFont.setPixelSize(int(LabelFont));
    labelFont.setWeight(QFont::DemiBold);
    QFont poleFont = legendFont;
    poleFont.setPixelSize(int(PoleFont));
    result.labelWidth = std::max(MinLabelWidth, web.width() * 0.3);
    const qreal blockHeight = ChartPaint::lineHeight(labelFont) + ChartPaint::lineHeight(poleFont);
    qreal radius = std::min(web.width(), web.height()) / 2;
    for (int i = 0; i < m_data.axes.size(); ++i) {
        const RadarAxis &axis = m_data.axes.at(i);
        const qreal width = std::min(
            result.labelWidth,
            std::max(ChartPaint::textWidth(labelFont, axis.label),
                     ChartPaint::textWidth(poleFont, axis.lowPole + QStringLiteral(" \u2192 ") + axis.highPole)) +
                4);
        const double angle = angleOf(i, int(m_data.axes.size()));
        const qreal c = std::abs(std::cos(angle));
        const qreal sn = std::abs(std::sin(angle));
        const qreal across = c > 0.25 ? width : width / 2;
        if (c > 1e-6) {
            radius = std::min(radius, (web.width() / 2 - across) / c - LabelOffset);
        }
        const qreal down = sn > 0.75 ? blockHeight : blockHeight / 2;
        if (sn > 1e-6) {
            radius = std::min(radius, (web.height() / 2 - down) / sn - LabelOffset);
        }
    }
    result.radius = std::max(20.0, radius);
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
    // Scale values just left of the first (top) spoke; a single series writes its values to the right of it.
    // A long scale (1–7) shows its middle and its rim only.
    const QFont scaleFont = style.font(11);
    for (int ring = 1; ring <= rings; ++ring) {
        if (rings > 5 && ring != rings && ring != rings / 2) {
            continue;
        }
        const double value = m_data.minimum + ring * step;
        ChartPaint::textAt(painter, point(l, 0, value) + QPointF(-4, 0), Qt::AlignRight | Qt::AlignVCenter,
                           ChartFormat::score(value), scaleFont, style.mutedText());
    }

    // Series: filled when complete, otherwise only the segments between rated neighbours. All fills go first, so
    // that an opaque style's solid tints never cover another series' outline.
    const auto polygonOf = [&](const RadarSeries &series, bool *complete) {
        QPolygonF polygon;
        *complete = true;
        for (int axis = 0; axis < count; ++axis) {
            if (axis < series.values.size() && series.values.at(axis)) {
                polygon << point(l, axis, *series.values.at(axis));
            } else {
                *complete = false;
            }
        }
        return polygon;
    };
    for (const RadarSeries &series : m_data.series) {
        bool complete = false;
        const QPolygonF polygon = polygonOf(series, &complete);
        if (complete) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(style.translucent(style.side(series.side), 0.14));
            painter->drawPolygon(polygon);
        }
    }
    for (const RadarSeries &series : m_data.series) {
        const QColor color = style.side(series.side);
        const auto valueAt = [&series](int axis) {
            return axis < series.values.size() ? series.values.at(axis) : std::nullopt;
        };
        bool complete = false;
        const QPolygonF polygon = polygonOf(series, &complete);
        if (complete) {
            painter->setBrush(Qt::NoBrush);
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

    // A single series reads best with its numbers on the points.
    if (m_data.series.size() == 1) {
        const RadarSeries &series = m_data.series.constFirst();
        const QFont valueFont = style.font(11, QFont::DemiBold);
        for (int axis = 0; axis < count && axis < series.values.size(); ++axis) {
            if (!series.values.at(axis)) {
                continue;
            }
            const double angle = angleOf(axis, count);
            const QPointF p = point(l, axis, *series.values.at(axis));
            // Beside the point, turned a quarter away from the spoke so the text does not sit on it.
            const QPointF normal(-std::sin(angle), std::cos(angle));
            const QPointF anchor = p + normal * 9.0;
            Qt::Alignment alignment =
                normal.x() > 0.3 ? Qt::AlignLeft : (normal.x() < -0.3 ? Qt::AlignRight : Qt::AlignHCenter);
            alignment |= normal.y() > 0.3 ? Qt::AlignTop : (normal.y() < -0.3 ? Qt::AlignBottom : Qt::AlignVCenter);
            const QString text = ChartFormat::score(series.values.at(axis));
            const QColor halo = style.translucent(style.background(), 0.85);
            painter->fillRect(ChartPaint::textRectAt(anchor, alignment, text, valueFont), halo);
            ChartPaint::textAt(painter, anchor, alignment, text, valueFont, style.text());
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
        const QPointF anchor = l.centre + QPointF(c, s) * (l.radius + LabelOffset);
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
