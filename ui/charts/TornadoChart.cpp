// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TornadoChart.h"

#include "ChartFormat.h"
#include "ChartPaint.h"
#include "ChartStyle.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace pf::ui::charts {

namespace {

/// Band thresholds of the default framework, drawn where the axis spans them.
constexpr std::array<std::pair<double, Band>, 3> Thresholds{
    {{45.0, Band::Conditional}, {60.0, Band::Promising}, {75.0, Band::StrongFit}}};

} // namespace

TornadoChart::TornadoChart(TornadoData data, QString title) : m_data(std::move(data)), m_title(std::move(title))
{}

QList<int> TornadoChart::order() const
{
    QList<int> indices(m_data.items.size());
    std::iota(indices.begin(), indices.end(), 0);
    const auto swing = [this](int i) {
        return std::abs(m_data.items.at(i).high - m_data.items.at(i).low);
    };
    std::stable_sort(indices.begin(), indices.end(), [&swing](int a, int b) { return swing(a) > swing(b); });
    return indices;
}

QString TornadoChart::title() const
{
    return m_title.isEmpty() ? tr("Sensitivity to the weights") : m_title;
}

bool TornadoChart::isEmpty() const
{
    return !m_data.baseline || m_data.items.isEmpty();
}

QString TornadoChart::emptyReason() const
{
    return tr("The sensitivity needs an overall score.");
}

ChartTable TornadoChart::table() const
{
    ChartTable table;
    table.title = title();
    table.columns << tr("Dimension") << tr("Weight ×0.8") << tr("Baseline") << tr("Weight ×1.2") << tr("Swing");
    for (const int i : order()) {
        const TornadoItem &item = m_data.items.at(i);
        table.rows << QVariantList{item.label, item.low, cell(m_data.baseline), item.high,
                                   std::abs(item.high - item.low)};
    }
    return table;
}

std::unique_ptr<Chart> TornadoChart::clone() const
{
    return std::make_unique<TornadoChart>(*this);
}

QSizeF TornadoChart::preferredSize() const
{
    return {600, std::clamp(130.0 + 34.0 * qreal(m_data.items.size()), 240.0, 520.0)};
}

void TornadoChart::paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const
{
    const double baseline = *m_data.baseline;
    double lo = baseline;
    double hi = baseline;
    for (const TornadoItem &item : m_data.items) {
        lo = std::min({lo, item.low, item.high});
        hi = std::max({hi, item.low, item.high});
    }
    // At least ±5 points around the baseline, on a 5-point grid, inside 0–100.
    lo = std::max(0.0, std::floor(std::min(lo - 1, baseline - 5) / 5) * 5);
    hi = std::min(100.0, std::ceil(std::max(hi + 1, baseline + 5) / 5) * 5);

    const QFont labelFont = style.font(12);
    const QFont valueFont = style.font(11);
    qreal labelWidth = 60;
    for (const TornadoItem &item : m_data.items) {
        labelWidth = std::max(labelWidth, ChartPaint::textWidth(labelFont, item.label) + 12);
    }
    labelWidth = std::min(labelWidth, rect.width() * 0.32);
    const qreal valueRoom = ChartPaint::textWidth(valueFont, QStringLiteral("100.0")) + 8;
    const qreal legendHeight = 24;
    const qreal headerHeight = 22;
    const qreal axisHeight = 22;
    const QRectF plot(QPointF(rect.left() + labelWidth + valueRoom, rect.top() + headerHeight),
                      QPointF(rect.right() - valueRoom, rect.bottom() - legendHeight - axisHeight));
    const auto x = [&](double v) {
        return plot.left() + (v - lo) / std::max(1e-9, hi - lo) * plot.width();
    };

    // Grid every 5 points (10 when crowded), band thresholds dotted and named.
    const QFont tickFont = style.font(11);
    const int tick = (hi - lo) / 5 > 8 ? 10 : 5;
    for (double v = std::ceil(lo / tick) * tick; v <= hi + 1e-9; v += tick) {
        painter->setPen(QPen(style.grid(), 1.0));
        painter->drawLine(QPointF(x(v), plot.top()), QPointF(x(v), plot.bottom()));
        ChartPaint::textAt(painter, QPointF(x(v), plot.bottom() + 3), Qt::AlignHCenter | Qt::AlignTop,
                           ChartFormat::score(v), tickFont, style.mutedText());
    }
    const QFont thresholdFont = style.font(11);
    for (const auto &[value, band] : Thresholds) {
        if (value <= lo || value >= hi) {
            continue;
        }
        painter->setPen(QPen(style.bandFill(band), 1.5, Qt::DotLine));
        painter->drawLine(QPointF(x(value), plot.top()), QPointF(x(value), plot.bottom()));
        // Named on the side away from the baseline, so the two lines never cross the text.
        const bool leftOfBaseline = value < baseline;
        ChartPaint::textAt(painter, QPointF(x(value) + (leftOfBaseline ? -3 : 3), plot.bottom() - 2),
                           (leftOfBaseline ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom,
                           ChartFormat::bandName(band) + QStringLiteral(" \u2265 ") + ChartFormat::score(value),
                           thresholdFont, style.mutedText());
    }

    const QList<int> rows = order();
    const qreal rowHeight = std::min(34.0, plot.height() / std::max<qsizetype>(1, rows.size()));
    const qreal barHeight = std::max(6.0, rowHeight * 0.55);
    const QColor highColor = style.side(Side::Neutral);
    const QColor lowColor = ChartStyle::mix(style.side(Side::Neutral), style.background(), 0.55);
    for (int r = 0; r < rows.size(); ++r) {
        const TornadoItem &item = m_data.items.at(rows.at(r));
        const qreal cy = plot.top() + r * rowHeight + rowHeight / 2;
        ChartPaint::text(painter, QRectF(rect.left(), cy - rowHeight / 2, labelWidth - 8, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         ChartPaint::elide(labelFont, item.label, labelWidth - 8), labelFont, style.text());
        const auto bar = [&](double value, const QColor &color) {
            const qreal a = x(baseline);
            const qreal b = x(value);
            painter->setPen(QPen(ChartStyle::mix(color, style.text(), 0.2), 1.0));
            painter->setBrush(color);
            painter->drawRect(
                QRectF(QPointF(std::min(a, b), cy - barHeight / 2), QPointF(std::max(a, b), cy + barHeight / 2)));
        };
        // The farther bar first, so a nearer one on the same side stays visible on top of it.
        if (std::abs(item.low - baseline) >= std::abs(item.high - baseline)) {
            bar(item.low, lowColor);
            bar(item.high, highColor);
        } else {
            bar(item.high, highColor);
            bar(item.low, lowColor);
        }
        // Values at the outer ends of the range.
        const double left = std::min(item.low, item.high);
        const double right = std::max(item.low, item.high);
        const auto value = [&](const QPointF &anchor, Qt::Alignment alignment, double v) {
            const QString text = ChartFormat::detail(v);
            painter->fillRect(ChartPaint::textRectAt(anchor, alignment, text, valueFont), style.background());
            ChartPaint::textAt(painter, anchor, alignment, text, valueFont, style.text());
        };
        value(QPointF(std::min(x(left), x(baseline)) - 4, cy), Qt::AlignRight | Qt::AlignVCenter, left);
        value(QPointF(std::max(x(right), x(baseline)) + 4, cy), Qt::AlignLeft | Qt::AlignVCenter, right);
    }

    // The baseline on top, named above the plot.
    painter->setPen(QPen(style.text(), 1.5));
    painter->drawLine(QPointF(x(baseline), plot.top() - 4), QPointF(x(baseline), plot.bottom()));
    ChartPaint::textAt(painter, QPointF(x(baseline), plot.top() - 5), Qt::AlignHCenter | Qt::AlignBottom,
                       tr("Overall %1").arg(ChartFormat::detail(baseline)), style.font(12, QFont::DemiBold),
                       style.text());

    ChartPaint::legend(painter, QRectF(rect.left(), rect.bottom() - legendHeight + 4, rect.width(), legendHeight - 4),
                       {{tr("Weight ×0.8"), lowColor}, {tr("Weight ×1.2"), highColor}}, style);
}

} // namespace pf::ui::charts
