// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoadmapTimelineChart.h"

#include "ChartFormat.h"
#include "ChartPaint.h"
#include "ChartStyle.h"

#include <QPainter>

#include <algorithm>

namespace pf::ui::charts {

namespace {

constexpr qreal ThemeFont = 12.0;
constexpr qreal SideFont = 11.0;
constexpr qreal BarFont = 11.0;
constexpr qreal HeaderHeight = 40.0;
constexpr qreal LaneGap = 6.0;
constexpr qreal MaxRowHeight = 22.0;
constexpr qreal MinRowHeight = 12.0;

QString yearText(int year)
{
    return QString::number(year); // years are never digit-grouped
}

} // namespace

RoadmapTimelineChart::RoadmapTimelineChart(RoadmapData data, QString title)
    : m_data(std::move(data)), m_title(std::move(title))
{}

QString RoadmapTimelineChart::title() const
{
    return m_title.isEmpty() ? tr("Roadmaps") : m_title;
}

bool RoadmapTimelineChart::isEmpty() const
{
    if (m_data.yearCount <= 0) {
        return true;
    }
    return std::none_of(m_data.lanes.cbegin(), m_data.lanes.cend(),
                        [](const RoadmapLane &lane) { return !lane.ours.isEmpty() || !lane.theirs.isEmpty(); });
}

QString RoadmapTimelineChart::emptyReason() const
{
    return tr("Add roadmap items for both sides to compare where each is headed.");
}

ChartTable RoadmapTimelineChart::table() const
{
    ChartTable table;
    table.title = title();
    table.columns << tr("Theme") << tr("Side") << tr("From") << tr("To") << tr("Item") << tr("Alignment");
    for (const RoadmapLane &lane : m_data.lanes) {
        for (const auto &[bars, side] : {std::pair{&lane.ours, tr("Us")}, std::pair{&lane.theirs, tr("Partner")}}) {
            for (const RoadmapBar &bar : *bars) {
                table.rows << QVariantList{lane.theme, side,      bar.fromYear,
                                           bar.toYear, bar.label, ChartFormat::roadmapStateName(bar.state)};
            }
        }
    }
    return table;
}

std::unique_ptr<Chart> RoadmapTimelineChart::clone() const
{
    return std::make_unique<RoadmapTimelineChart>(*this);
}

QSizeF RoadmapTimelineChart::preferredSize() const
{
    const qreal lanes = qreal(std::max<qsizetype>(1, m_data.lanes.size()));
    return {640, std::clamp(120.0 + lanes * (2 * MaxRowHeight + LaneGap), 260.0, 640.0)};
}

RoadmapTimelineChart::Layout RoadmapTimelineChart::layout(const QRectF &content) const
{
    Layout l;
    QFont themeFont;
    themeFont.setPixelSize(int(ThemeFont));
    themeFont.setWeight(QFont::DemiBold);
    qreal widest = 60;
    for (const RoadmapLane &lane : m_data.lanes) {
        widest = std::max(widest, ChartPaint::textWidth(themeFont, lane.theme));
    }
    l.labelWidth = std::min(widest + 12, content.width() * 0.22);
    QFont sideFont;
    sideFont.setPixelSize(int(SideFont));
    l.sideWidth =
        std::max(ChartPaint::textWidth(sideFont, tr("Us")), ChartPaint::textWidth(sideFont, tr("Partner"))) + 22;
    l.timelineLeft = content.left() + l.labelWidth + l.sideWidth;
    l.yearWidth = std::max(1.0, (content.right() - l.timelineLeft) / std::max(1, m_data.yearCount));
    const qreal legendHeight = 26;
    l.header = QRectF(content.left(), content.top(), content.width(), HeaderHeight);
    l.legend = QRectF(content.left(), content.bottom() - legendHeight + 6, content.width(), legendHeight - 6);
    l.lanes = QRectF(QPointF(content.left(), l.header.bottom() + 2), QPointF(content.right(), l.legend.top() - 8));
    const qreal lanes = qreal(std::max<qsizetype>(1, m_data.lanes.size()));
    l.rowHeight = std::clamp((l.lanes.height() - lanes * LaneGap) / (2 * lanes), MinRowHeight, MaxRowHeight);
    return l;
}

qreal RoadmapTimelineChart::yearX(const Layout &layout, int year) const
{
    return layout.timelineLeft + (year - m_data.firstYear) * layout.yearWidth;
}

qreal RoadmapTimelineChart::yearPosition(const QRectF &rect, int year) const
{
    return yearX(layout(contentRect(rect)), year);
}

void RoadmapTimelineChart::paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const
{
    const Layout l = layout(rect);
    const int lastYear = m_data.firstYear + m_data.yearCount - 1;
    const int nearEnd = m_data.firstYear + std::clamp(m_data.nearYears, 0, m_data.yearCount);

    // Header: the two horizons as brackets, the years under them.
    const QFont headerFont = style.font(11, QFont::DemiBold);
    const QFont yearFont = style.font(11);
    const qreal bracketY = l.header.top() + 16;
    const auto horizon = [&](int from, int toExclusive, const QString &name) {
        if (toExclusive <= from) {
            return;
        }
        const qreal x0 = yearX(l, from) + 3;
        const qreal x1 = yearX(l, toExclusive) - 3;
        painter->setPen(QPen(style.axis(), 1.0));
        painter->drawLine(QPointF(x0, bracketY + 4), QPointF(x0, bracketY));
        painter->drawLine(QPointF(x0, bracketY), QPointF(x1, bracketY));
        painter->drawLine(QPointF(x1, bracketY), QPointF(x1, bracketY + 4));
        QString text = name + QStringLiteral("  ") + yearText(from) + QChar(0x2013) + yearText(toExclusive - 1);
        if (ChartPaint::textWidth(headerFont, text) > x1 - x0 - 40) {
            text = name; // the year labels below say which years
        }
        const QRectF box = ChartPaint::textRectAt(QPointF((x0 + x1) / 2, bracketY), Qt::AlignHCenter | Qt::AlignVCenter,
                                                  text, headerFont)
                               .adjusted(-4, 0, 4, 0);
        painter->fillRect(box, style.background());
        ChartPaint::text(painter, box, Qt::AlignCenter, text, headerFont, style.text());
    };
    horizon(m_data.firstYear, nearEnd, tr("Near"));
    horizon(nearEnd, lastYear + 1, tr("Far"));
    for (int year = m_data.firstYear; year <= lastYear; ++year) {
        ChartPaint::textAt(painter, QPointF(yearX(l, year) + l.yearWidth / 2, l.header.bottom() - 2),
                           Qt::AlignHCenter | Qt::AlignBottom, yearText(year), yearFont, style.mutedText());
    }

    // Lanes that fit; the table lists any that do not.
    const qreal laneHeight = 2 * l.rowHeight + LaneGap;
    const int visible =
        int(std::min<qsizetype>(m_data.lanes.size(), qsizetype((l.lanes.height() + LaneGap + 0.5) / laneHeight)));
    const qreal lanesBottom = l.lanes.top() + visible * laneHeight - LaneGap / 2;

    // Behind the bars: alternate lane tint, year gridlines, the near/far separator.
    for (int laneIndex = 0; laneIndex < visible; laneIndex += 2) {
        const qreal top = l.lanes.top() + laneIndex * laneHeight;
        painter->fillRect(QRectF(l.lanes.left(), top - LaneGap / 2, l.lanes.width(), laneHeight),
                          ChartStyle::mix(style.background(), style.text(), 0.04));
    }
    painter->setPen(QPen(style.grid(), 1.0));
    for (int year = m_data.firstYear; year <= lastYear + 1; ++year) {
        painter->drawLine(QPointF(yearX(l, year), l.header.bottom()), QPointF(yearX(l, year), lanesBottom));
    }
    if (nearEnd > m_data.firstYear && nearEnd <= lastYear) {
        painter->setPen(QPen(style.text(), 1.5, Qt::DashLine));
        painter->drawLine(QPointF(yearX(l, nearEnd), l.header.top() + 10), QPointF(yearX(l, nearEnd), lanesBottom));
    }

    const QFont themeFont = style.font(ThemeFont, QFont::DemiBold);
    const QFont sideFont = style.font(SideFont);
    const QFont barFont = style.font(std::min(BarFont, l.rowHeight - 4));
    for (int laneIndex = 0; laneIndex < visible; ++laneIndex) {
        const RoadmapLane &lane = m_data.lanes.at(laneIndex);
        const qreal y = l.lanes.top() + laneIndex * laneHeight;
        const QRectF laneRect(l.lanes.left(), y, l.lanes.width(), 2 * l.rowHeight);
        // Long theme names wrap onto the lane's second line before they are shortened.
        const QRectF themeRect(laneRect.left() + 4, y, l.labelWidth - 8, laneRect.height());
        const bool wraps = ChartPaint::textWidth(themeFont, lane.theme) > themeRect.width() &&
                           ChartPaint::wrappedHeight(themeFont, lane.theme, themeRect.width()) <= themeRect.height();
        ChartPaint::text(
            painter, themeRect, Qt::AlignLeft | Qt::AlignVCenter | (wraps ? Qt::TextWordWrap : Qt::TextSingleLine),
            wraps ? lane.theme : ChartPaint::elide(themeFont, lane.theme, themeRect.width()), themeFont, style.text());
        for (int row = 0; row < 2; ++row) {
            const Side side = row == 0 ? Side::Ours : Side::Theirs;
            const QRectF rowRect(l.timelineLeft, y + row * l.rowHeight, l.yearWidth * m_data.yearCount, l.rowHeight);
            const QPointF markerCentre(l.lanes.left() + l.labelWidth + 5, rowRect.center().y());
            ChartPaint::marker(painter, markerCentre, 7,
                               row == 0 ? ChartPaint::Marker::Circle : ChartPaint::Marker::Square, style.side(side),
                               style.background());
            ChartPaint::textAt(painter, markerCentre + QPointF(8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                               row == 0 ? tr("Us") : tr("Partner"), sideFont, style.mutedText());
            const QList<RoadmapBar> &bars = row == 0 ? lane.ours : lane.theirs;
            for (const RoadmapBar &bar : bars) {
                const int from = std::max(bar.fromYear, m_data.firstYear);
                const int to = std::min(bar.toYear, lastYear);
                if (to < from) {
                    continue; // wholly outside the window
                }
                const QRectF barRect(QPointF(yearX(l, from) + 2, rowRect.top() + 2),
                                     QPointF(yearX(l, to + 1) - 2, rowRect.bottom() - 2));
                const QColor fill = style.roadmap(bar.state);
                painter->setPen(Qt::NoPen);
                painter->setBrush(fill);
                painter->drawRoundedRect(barRect, 3, 3);
                // The side's colour as a stripe at the start, so the bar also reads as ours or theirs.
                painter->setBrush(style.side(side));
                painter->drawRoundedRect(QRectF(barRect.left(), barRect.top(), 4, barRect.height()), 1.5, 1.5);
                const QString state = ChartFormat::roadmapStateName(bar.state);
                const QString text = bar.label.isEmpty() ? state : state + QStringLiteral(" \u00b7 ") + bar.label;
                ChartPaint::text(painter, barRect.adjusted(8, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                                 ChartPaint::elide(barFont, text, barRect.width() - 12), barFont,
                                 ChartStyle::readableTextOn(fill));
            }
        }
    }

    ChartPaint::legend(painter, l.legend,
                       {{ChartFormat::roadmapStateName(RoadmapState::Shared), style.roadmap(RoadmapState::Shared)},
                        {ChartFormat::roadmapStateName(RoadmapState::Conflict), style.roadmap(RoadmapState::Conflict)},
                        {ChartFormat::roadmapStateName(RoadmapState::Gap), style.roadmap(RoadmapState::Gap)},
                        {ChartFormat::roadmapStateName(RoadmapState::Other), style.roadmap(RoadmapState::Other)},
                        {tr("Us"), style.side(Side::Ours), ChartPaint::Marker::Circle},
                        {tr("Partner"), style.side(Side::Theirs), ChartPaint::Marker::Square}},
                       style);
}

} // namespace pf::ui::charts
