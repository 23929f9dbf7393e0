// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContributionBarsChart.h"

#include "ChartFormat.h"
#include "ChartPaint.h"
#include "ChartStyle.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace pf::ui::charts {

namespace {

constexpr qreal MinDragLoss = 1.0;

double lossOf(const ContributionItem &item)
{
    return item.contribution ? std::max(0.0, item.maxContribution - *item.contribution) : 0.0;
}

} // namespace

ContributionBarsChart::ContributionBarsChart(ContributionData data, QString title)
    : m_data(std::move(data)), m_title(std::move(title))
{}

QList<int> ContributionBarsChart::order() const
{
    QList<int> indices(m_data.items.size());
    std::iota(indices.begin(), indices.end(), 0);
    std::stable_sort(indices.begin(), indices.end(), [this](int a, int b) {
        const auto &ca = m_data.items.at(a).contribution;
        const auto &cb = m_data.items.at(b).contribution;
        if (ca.has_value() != cb.has_value()) {
            return ca.has_value();
        }
        return ca && *ca > *cb;
    });
    return indices;
}

QList<int> ContributionBarsChart::drags() const
{
    QList<int> indices;
    for (int i = 0; i < m_data.items.size(); ++i) {
        if (lossOf(m_data.items.at(i)) >= MinDragLoss) {
            indices << i;
        }
    }
    std::stable_sort(indices.begin(), indices.end(),
                     [this](int a, int b) { return lossOf(m_data.items.at(a)) > lossOf(m_data.items.at(b)); });
    if (indices.size() > m_data.dragCount) {
        indices.resize(std::max(0, m_data.dragCount));
    }
    return indices;
}

QString ContributionBarsChart::title() const
{
    return m_title.isEmpty() ? tr("Why this score") : m_title;
}

bool ContributionBarsChart::isEmpty() const
{
    return !m_data.overall || std::none_of(m_data.items.cbegin(), m_data.items.cend(),
                                           [](const ContributionItem &item) { return item.contribution.has_value(); });
}

QString ContributionBarsChart::emptyReason() const
{
    return tr("Rate criteria to see what makes up the overall score.");
}

ChartTable ContributionBarsChart::table() const
{
    ChartTable table;
    table.title = title();
    table.columns << tr("Criterion") << tr("Score") << tr("Contribution") << tr("Possible") << tr("Lost")
                  << tr("Biggest drag");
    const QList<int> dragList = drags();
    for (const int i : order()) {
        const ContributionItem &item = m_data.items.at(i);
        table.rows << QVariantList{item.label,
                                   cell(item.score),
                                   cell(item.contribution),
                                   item.maxContribution,
                                   item.contribution ? QVariant(lossOf(item)) : QVariant(),
                                   dragList.contains(i) ? tr("Yes") : QString()};
    }
    table.rows << QVariantList{tr("Overall"), QVariant(), cell(m_data.overall), QVariant(), QVariant(), QString()};
    return table;
}

std::unique_ptr<Chart> ContributionBarsChart::clone() const
{
    return std::make_unique<ContributionBarsChart>(*this);
}

QSizeF ContributionBarsChart::preferredSize() const
{
    return {640, std::clamp(140.0 + 22.0 * qreal(m_data.items.size()), 260.0, 620.0)};
}

void ContributionBarsChart::paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const
{
    const QList<int> rows = order();
    const QList<int> dragList = drags();
    const QFont labelFont = style.font(12);
    const QFont dragFont = style.font(12, QFont::DemiBold);
    const QFont valueFont = style.font(11);
    const QFont noteFont = style.font(11);

    // Columns: criterion name | waterfall over 0–100 | contribution value.
    qreal labelWidth = 80;
    for (const ContributionItem &item : m_data.items) {
        labelWidth = std::max(labelWidth, ChartPaint::textWidth(dragFont, item.label) + 8);
    }
    labelWidth = std::min(labelWidth, rect.width() * 0.36);
    const qreal valueWidth = ChartPaint::textWidth(valueFont, QStringLiteral("+00.0 (\u221200.0)")) + 8;
    const QRectF bars(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - valueWidth, rect.height());
    const auto x = [&bars](double points) {
        return bars.left() + std::clamp(points, 0.0, 100.0) / 100.0 * bars.width();
    };

    const qreal axisHeight = 20;
    // The drags in words under the bars, so the call-out does not rely on colour.
    QString note;
    if (!dragList.isEmpty()) {
        QStringList parts;
        for (const int i : dragList) {
            const ContributionItem &item = m_data.items.at(i);
            parts << tr("%1 (%2 points, scored %3)")
                         .arg(item.label, ChartFormat::signedDetail(-lossOf(item)), ChartFormat::score(item.score));
        }
        note = tr("Biggest drags: %1.").arg(parts.join(QStringLiteral("; ")));
    }
    const qreal noteHeight = note.isEmpty() ? 0 : ChartPaint::wrappedHeight(noteFont, note, rect.width()) + 8;
    const QList<ChartPaint::LegendEntry> legend{
        {tr("Contribution (points of the overall)"), style.side(Side::Neutral)},
        {tr("Points left at full marks"), style.axis(), ChartPaint::Marker::DashedLine}};
    const qreal legendHeight = ChartPaint::legendHeight(legend, style, rect.width()) + 4;
    const int rowCount = int(rows.size()) + 1; // + overall
    const qreal available = rect.height() - axisHeight - noteHeight - legendHeight;
    const qreal rowHeight = std::clamp(available / rowCount, 12.0, 24.0);
    const qreal barHeight = std::max(6.0, rowHeight * 0.62);
    const qreal top = rect.top();

    // Grid and axis every 25 points.
    const qreal gridBottom = top + rowCount * rowHeight;
    for (int v = 0; v <= 100; v += 25) {
        painter->setPen(QPen(v == 0 ? style.axis() : style.grid(), 1.0));
        painter->drawLine(QPointF(x(v), top), QPointF(x(v), gridBottom));
        ChartPaint::textAt(painter, QPointF(x(v), gridBottom + 3), Qt::AlignHCenter | Qt::AlignTop,
                           ChartFormat::score(v), valueFont, style.mutedText());
    }

    const QColor barColor = style.side(Side::Neutral);
    const QColor lostColor = style.roadmap(RoadmapState::Conflict);
    double cumulative = 0;
    for (int r = 0; r < rows.size(); ++r) {
        const int i = rows.at(r);
        const ContributionItem &item = m_data.items.at(i);
        const qreal cy = top + r * rowHeight + rowHeight / 2;
        const bool drag = dragList.contains(i);
        const QString label = drag ? QStringLiteral("\u25bc ") + item.label : item.label;
        const QFont &font = drag ? dragFont : labelFont;
        ChartPaint::text(painter, QRectF(rect.left(), cy - rowHeight / 2, labelWidth - 8, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         ChartPaint::elide(font, label, labelWidth - 8), font, drag ? lostColor : style.text());
        QString value;
        if (item.contribution) {
            const qreal x0 = x(cumulative);
            const qreal x1 = x(cumulative + *item.contribution);
            painter->setPen(Qt::NoPen);
            painter->setBrush(barColor);
            painter->drawRect(
                QRectF(QPointF(x0, cy - barHeight / 2), QPointF(std::max(x1, x0 + 1), cy + barHeight / 2)));
            // What the criterion could add at full marks, as a dashed outline after the bar.
            const double loss = lossOf(item);
            if (loss > 0.05) {
                QPen pen(drag ? lostColor : style.axis(), drag ? 1.5 : 1.0, Qt::DashLine);
                painter->setPen(pen);
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(QRectF(QPointF(x1, cy - barHeight / 2 + 0.5),
                                         QPointF(x(cumulative + item.maxContribution), cy + barHeight / 2 - 0.5)));
            }
            cumulative += *item.contribution;
            value = ChartFormat::signedDetail(*item.contribution);
            if (drag) {
                value += QStringLiteral(" (") + ChartFormat::signedDetail(-loss) + QLatin1Char(')');
            }
        } else {
            value = ChartFormat::notAssessed();
        }
        ChartPaint::text(painter, QRectF(bars.right() + 6, cy - rowHeight / 2, valueWidth - 6, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, value, valueFont,
                         drag ? lostColor : (item.contribution ? style.text() : style.mutedText()));
    }

    // The overall, as one bar from zero: the sum of the pieces above.
    const qreal cy = top + rows.size() * rowHeight + rowHeight / 2;
    painter->setPen(QPen(style.axis(), 1.0));
    painter->drawLine(QPointF(rect.left() + 8, cy - rowHeight / 2), QPointF(bars.right(), cy - rowHeight / 2));
    const QFont overallFont = style.font(12, QFont::Bold);
    ChartPaint::text(painter, QRectF(rect.left(), cy - rowHeight / 2, labelWidth - 8, rowHeight),
                     Qt::AlignRight | Qt::AlignVCenter, tr("Overall"), overallFont, style.text());
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.text());
    painter->drawRect(QRectF(QPointF(x(0), cy - barHeight / 2), QPointF(x(*m_data.overall), cy + barHeight / 2)));
    ChartPaint::text(painter, QRectF(bars.right() + 6, cy - rowHeight / 2, valueWidth - 6, rowHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, ChartFormat::detail(m_data.overall), overallFont, style.text());

    if (!note.isEmpty()) {
        ChartPaint::text(painter, QRectF(rect.left(), gridBottom + axisHeight + 4, rect.width(), noteHeight),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, note, noteFont, style.text());
    }
    ChartPaint::legend(painter, QRectF(rect.left(), rect.bottom() - legendHeight + 4, rect.width(), legendHeight - 4),
                       legend, style);
}

} // namespace pf::ui::charts
