// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuadrantChart.h"

#include "ChartFormat.h"
#include "ChartPaint.h"
#include "ChartStyle.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <limits>

namespace pf::ui::charts {

namespace {

constexpr double Tolerance = 1e-9;
constexpr qreal AxisMargin = 46.0;   ///< left of the plot: tick labels and the rotated axis title
constexpr qreal BottomMargin = 40.0; ///< below the plot: tick labels and the axis title
constexpr qreal PointRadius = 5.0;

bool placed(const QuadrantPoint &point)
{
    return point.valueToUs && point.valueToPartner;
}

} // namespace

QuadrantChart::QuadrantChart(QuadrantData data, QString title) : m_data(std::move(data)), m_title(std::move(title))
{}

QuadrantChart::Quadrant QuadrantChart::quadrantOf(double valueToUs, double valueToPartner, double highLine)
{
    const bool usHigh = valueToUs >= highLine - Tolerance;
    const bool partnerHigh = valueToPartner >= highLine - Tolerance;
    if (usHigh && partnerHigh) {
        return Quadrant::WinWin;
    }
    if (usHigh) {
        return Quadrant::WeWin;
    }
    return partnerHigh ? Quadrant::TheyWin : Quadrant::LoseLose;
}

QString QuadrantChart::quadrantName(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::WinWin:
        return tr("Win-win");
    case Quadrant::WeWin:
        return tr("We win");
    case Quadrant::TheyWin:
        return tr("They win");
    case Quadrant::LoseLose:
        return tr("Lose-lose");
    }
    return {};
}

QString QuadrantChart::title() const
{
    return m_title.isEmpty() ? tr("Mutual gain") : m_title;
}

bool QuadrantChart::isEmpty() const
{
    return std::none_of(m_data.points.cbegin(), m_data.points.cend(), placed);
}

QString QuadrantChart::emptyReason() const
{
    return tr("Rate at least one value-to-us and one value-to-partner criterion.");
}

ChartTable QuadrantChart::table() const
{
    ChartTable table;
    table.title = title();
    table.columns << tr("Partner") << tr("Value to us") << tr("Value to partner") << tr("Quadrant");
    for (const QuadrantPoint &point : m_data.points) {
        table.rows << QVariantList{
            point.label, cell(point.valueToUs), cell(point.valueToPartner),
            placed(point) ? QVariant(quadrantName(quadrantOf(*point.valueToUs, *point.valueToPartner, m_data.highLine)))
                          : QVariant()};
    }
    return table;
}

std::unique_ptr<Chart> QuadrantChart::clone() const
{
    return std::make_unique<QuadrantChart>(*this);
}

QSizeF QuadrantChart::preferredSize() const
{
    return {600, 480};
}

QString QuadrantChart::toolTipAt(const QRectF &rect, const QPointF &pos) const
{
    const Layout l = layout(contentRect(rect));
    QStringList lines;
    for (const QuadrantPoint &point : m_data.points) {
        if (placed(point) && QLineF(map(l, *point.valueToUs, *point.valueToPartner), pos).length() <= PointRadius + 3) {
            lines << tr("%1: value to us %2, value to partner %3 (%4)")
                         .arg(point.label, ChartFormat::detail(point.valueToUs),
                              ChartFormat::detail(point.valueToPartner),
                              quadrantName(quadrantOf(*point.valueToUs, *point.valueToPartner, m_data.highLine)));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList QuadrantChart::unplaced() const
{
    QStringList names;
    for (const QuadrantPoint &point : m_data.points) {
        if (!placed(point)) {
            names << point.label;
        }
    }
    return names;
}

QuadrantChart::Layout QuadrantChart::layout(const QRectF &content) const
{
    Layout result;
    const qreal footer = unplaced().isEmpty() ? 0.0 : 22.0;
    const QRectF available = content.adjusted(AxisMargin, 4, -8, -BottomMargin - footer);
    // Square plot: both axes share one scale.
    const qreal side = std::max(40.0, std::min(available.width(), available.height()));
    result.plot = QRectF(available.left() + (available.width() - side) / 2, available.top(), side, side);
    result.footer = QRectF(content.left(), content.bottom() - footer, content.width(), footer);
    return result;
}

QPointF QuadrantChart::map(const Layout &layout, double x, double y) const
{
    const QRectF &p = layout.plot;
    return {p.left() + std::clamp(x, 0.0, 100.0) / 100.0 * p.width(),
            p.bottom() - std::clamp(y, 0.0, 100.0) / 100.0 * p.height()};
}

QRectF QuadrantChart::area(const Layout &layout, Quadrant quadrant) const
{
    const QPointF mid = map(layout, m_data.highLine, m_data.highLine);
    const QRectF &p = layout.plot;
    switch (quadrant) {
    case Quadrant::WinWin:
        return QRectF(QPointF(mid.x(), p.top()), QPointF(p.right(), mid.y()));
    case Quadrant::WeWin:
        return QRectF(mid, p.bottomRight());
    case Quadrant::TheyWin:
        return QRectF(p.topLeft(), mid);
    case Quadrant::LoseLose:
        return QRectF(QPointF(p.left(), mid.y()), QPointF(mid.x(), p.bottom()));
    }
    return {};
}

QRectF QuadrantChart::quadrantArea(const QRectF &rect, Quadrant quadrant) const
{
    return area(layout(contentRect(rect)), quadrant);
}

QPointF QuadrantChart::pointPosition(const QRectF &rect, double valueToUs, double valueToPartner) const
{
    return map(layout(contentRect(rect)), valueToUs, valueToPartner);
}

void QuadrantChart::paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const
{
    const Layout l = layout(rect);
    const QRectF &plot = l.plot;

    // Quadrant tints: win-win towards green, lose-lose towards red, the lopsided two neutral.
    const std::array<std::pair<Quadrant, QColor>, 4> tints{{
        {Quadrant::WinWin, ChartStyle::mix(style.background(), style.roadmap(RoadmapState::Shared), 0.10)},
        {Quadrant::WeWin, ChartStyle::mix(style.background(), style.roadmap(RoadmapState::Gap), 0.08)},
        {Quadrant::TheyWin, ChartStyle::mix(style.background(), style.roadmap(RoadmapState::Gap), 0.08)},
        {Quadrant::LoseLose, ChartStyle::mix(style.background(), style.roadmap(RoadmapState::Conflict), 0.08)},
    }};
    painter->setPen(Qt::NoPen);
    for (const auto &[quadrant, tint] : tints) {
        painter->fillRect(area(l, quadrant), tint);
    }

    // Grid every 25, the high line dashed and stronger, the frame.
    const QFont tickFont = style.font(11);
    for (int v = 0; v <= 100; v += 25) {
        painter->setPen(QPen(style.grid(), 1.0));
        if (v > 0 && v < 100 && v != qRound(m_data.highLine)) {
            painter->drawLine(map(l, v, 0), map(l, v, 100));
            painter->drawLine(map(l, 0, v), map(l, 100, v));
        }
        ChartPaint::textAt(painter, map(l, v, 0) + QPointF(0, 4), Qt::AlignHCenter | Qt::AlignTop,
                           ChartFormat::score(v), tickFont, style.mutedText());
        ChartPaint::textAt(painter, map(l, 0, v) - QPointF(5, 0), Qt::AlignRight | Qt::AlignVCenter,
                           ChartFormat::score(v), tickFont, style.mutedText());
    }
    QPen highPen(style.axis(), 1.5, Qt::DashLine);
    painter->setPen(highPen);
    painter->drawLine(map(l, m_data.highLine, 0), map(l, m_data.highLine, 100));
    painter->drawLine(map(l, 0, m_data.highLine), map(l, 100, m_data.highLine));
    painter->setPen(QPen(style.axis(), 1.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(plot);

    // Quadrant names in their outer corners.
    const QFont quadrantFont = style.font(13, QFont::DemiBold);
    const qreal inset = 8;
    QList<QRectF> taken; // point labels keep clear of these and of each other
    taken << ChartPaint::textAt(painter, plot.topRight() + QPointF(-inset, inset), Qt::AlignRight | Qt::AlignTop,
                                quadrantName(Quadrant::WinWin), quadrantFont, style.mutedText())
          << ChartPaint::textAt(painter, plot.bottomRight() + QPointF(-inset, -inset), Qt::AlignRight | Qt::AlignBottom,
                                quadrantName(Quadrant::WeWin), quadrantFont, style.mutedText())
          << ChartPaint::textAt(painter, plot.topLeft() + QPointF(inset, inset), Qt::AlignLeft | Qt::AlignTop,
                                quadrantName(Quadrant::TheyWin), quadrantFont, style.mutedText())
          << ChartPaint::textAt(painter, plot.bottomLeft() + QPointF(inset, -inset), Qt::AlignLeft | Qt::AlignBottom,
                                quadrantName(Quadrant::LoseLose), quadrantFont, style.mutedText());

    // Axis titles.
    const QFont axisFont = style.font(12, QFont::DemiBold);
    ChartPaint::textAt(painter, QPointF(plot.center().x(), plot.bottom() + 20), Qt::AlignHCenter | Qt::AlignTop,
                       tr("Value to us \u2192"), axisFont, style.text());
    painter->save();
    painter->translate(plot.left() - 30, plot.center().y());
    painter->rotate(-90);
    ChartPaint::textAt(painter, QPointF(0, 0), Qt::AlignHCenter | Qt::AlignBottom, tr("Value to partner \u2192"),
                       axisFont, style.text());
    painter->restore();

    // Points, then labels placed where they collide least with other labels and points.
    QList<QPointF> centres;
    QList<const QuadrantPoint *> shown;
    for (const QuadrantPoint &point : m_data.points) {
        if (placed(point)) {
            centres << map(l, *point.valueToUs, *point.valueToPartner);
            shown << &point;
        }
    }
    const QColor pointColor = style.side(Side::Neutral); // a partner's position, not our side
    // Many points (a portfolio) get smaller markers so that clusters stay readable.
    const qreal radius = centres.size() > 200 ? 2.5 : (centres.size() > 40 ? 3.5 : PointRadius);
    const int labelled = m_data.labelLimit < 0 ? int(shown.size()) : std::min(int(shown.size()), m_data.labelLimit);
    // When only some points are labelled, those are drawn last and darker so that each label finds its point.
    for (int i = int(centres.size()) - 1; i >= 0; --i) {
        const bool highlighted = labelled < centres.size() && i < labelled;
        ChartPaint::marker(painter, centres.at(i), 2 * (highlighted ? PointRadius : radius), ChartPaint::Marker::Circle,
                           highlighted ? style.text() : pointColor, style.background());
    }
    const QFont labelFont = style.font(12);
    const bool withValues = shown.size() <= 3;
    for (const QPointF &centre : centres) {
        taken << QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    }
    for (int i = 0; i < labelled; ++i) {
        const QuadrantPoint &point = *shown.at(i);
        QString text = point.label;
        if (withValues) {
            text += QStringLiteral("  ") + ChartFormat::score(point.valueToUs) + QStringLiteral(" / ") +
                    ChartFormat::score(point.valueToPartner);
        }
        const QPointF c = centres.at(i);
        const qreal gap = radius + 3;
        const std::array<std::pair<QPointF, Qt::Alignment>, 6> candidates{{
            {c + QPointF(gap, 0), Qt::AlignLeft | Qt::AlignVCenter},
            {c - QPointF(gap, 0), Qt::AlignRight | Qt::AlignVCenter},
            {c - QPointF(0, gap), Qt::AlignHCenter | Qt::AlignBottom},
            {c + QPointF(0, gap), Qt::AlignHCenter | Qt::AlignTop},
            {c + QPointF(gap, -gap), Qt::AlignLeft | Qt::AlignBottom},
            {c + QPointF(gap, gap), Qt::AlignLeft | Qt::AlignTop},
        }};
        QRectF best;
        qreal bestCost = std::numeric_limits<qreal>::max();
        for (const auto &[anchor, alignment] : candidates) {
            const QRectF r = ChartPaint::textRectAt(anchor, alignment, text, labelFont);
            qreal cost = 0;
            for (const QRectF &other : taken) {
                const QRectF overlap = r.intersected(other);
                cost += overlap.width() * overlap.height();
            }
            const QRectF outside = r.intersected(plot);
            cost += (r.width() * r.height() - outside.width() * outside.height()) * 2;
            if (cost < bestCost - 0.5) {
                bestCost = cost;
                best = r;
            }
        }
        // A halo of background behind the label keeps it legible over grid lines.
        const QColor halo = style.translucent(style.background(), 0.8);
        painter->fillRect(best.adjusted(-1, 0, 1, 0), halo);
        ChartPaint::text(painter, best, Qt::AlignCenter | Qt::TextSingleLine, text, labelFont, style.text());
        taken << best;
    }

    const QStringList missing = unplaced();
    if (!missing.isEmpty()) {
        const QFont footFont = style.font(11);
        ChartPaint::text(painter, l.footer, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                         ChartPaint::elide(footFont,
                                           tr("Not placed (not assessed): %1").arg(missing.join(QStringLiteral(", "))),
                                           l.footer.width()),
                         footFont, style.mutedText());
    }
}

} // namespace pf::ui::charts
