// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendChart.h"

#include "ChartFormat.h"
#include "ChartPaint.h"
#include "ChartStyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <limits>

namespace pf::ui::charts {

namespace {

constexpr double Tolerance = 1e-9;

std::optional<double> valueAt(const TrendSeries &series, int index)
{
    return index < series.values.size() ? series.values.at(index) : std::nullopt;
}

/// The change from the series' previous assessed check to check @p index (which has a value).
double fallAt(const TrendSeries &series, int index)
{
    for (int j = index - 1; j >= 0; --j) {
        if (const std::optional<double> v = valueAt(series, j)) {
            return *valueAt(series, index) - *v;
        }
    }
    return 0.0;
}

} // namespace

TrendChart::TrendChart(TrendData data, QString title) : m_data(std::move(data)), m_title(std::move(title))
{}

QList<int> TrendChart::drops(const TrendSeries &series, double threshold)
{
    QList<int> result;
    std::optional<double> previous;
    for (int i = 0; i < series.values.size(); ++i) {
        const std::optional<double> value = series.values.at(i);
        if (!value) {
            continue;
        }
        if (previous && *previous - *value >= threshold - Tolerance) {
            result << i;
        }
        previous = value;
    }
    return result;
}

QString TrendChart::title() const
{
    return m_title.isEmpty() ? tr("Health over time") : m_title;
}

bool TrendChart::isEmpty() const
{
    for (const TrendSeries &series : m_data.series) {
        for (int i = 0; i < m_data.dates.size(); ++i) {
            if (valueAt(series, i)) {
                return false;
            }
        }
    }
    return true;
}

QString TrendChart::emptyReason() const
{
    return tr("Finalise an assessment to start the history.");
}

ChartTable TrendChart::table() const
{
    ChartTable table;
    table.title = title();
    table.columns << tr("Date");
    for (const TrendSeries &series : m_data.series) {
        table.columns << series.label;
    }
    table.columns << tr("Drops of %1 or more").arg(ChartFormat::score(m_data.dropThreshold));
    QList<QList<int>> dropLists;
    for (const TrendSeries &series : m_data.series) {
        dropLists << drops(series, m_data.dropThreshold);
    }
    for (int i = 0; i < m_data.dates.size(); ++i) {
        QVariantList row{QLocale().toString(m_data.dates.at(i), QLocale::ShortFormat)};
        QStringList dropped;
        for (int s = 0; s < m_data.series.size(); ++s) {
            row << cell(valueAt(m_data.series.at(s), i));
            if (dropLists.at(s).contains(i)) {
                dropped << m_data.series.at(s).label;
            }
        }
        row << dropped.join(QStringLiteral(", "));
        table.rows << row;
    }
    return table;
}

std::unique_ptr<Chart> TrendChart::clone() const
{
    return std::make_unique<TrendChart>(*this);
}

QSizeF TrendChart::preferredSize() const
{
    return {640, 380};
}

void TrendChart::paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const
{
    const QFont tickFont = style.font(11);
    const QFont endFont = style.font(11);
    const QFont endBoldFont = style.font(12, QFont::Bold);
    qreal endWidth = 40;
    for (const TrendSeries &series : m_data.series) {
        const QFont &font = series.emphasised ? endBoldFont : endFont;
        endWidth = std::max(endWidth, ChartPaint::textWidth(font, series.label + QStringLiteral(" 100")) + 16);
    }
    endWidth = std::min(endWidth, rect.width() * 0.3);
    // Every drop in words under the chart, so the marks do not rely on colour or position alone.
    QStringList dropNotes;
    for (const TrendSeries &series : m_data.series) {
        for (const int i : drops(series, m_data.dropThreshold)) {
            dropNotes << tr("%1 %2 on %3")
                             .arg(series.label, ChartFormat::signedDetail(fallAt(series, i)),
                                  QLocale().toString(m_data.dates.at(i), QLocale::ShortFormat));
        }
    }
    const QString note = dropNotes.isEmpty()
                             ? QString()
                             : tr("Drops of %1 or more: %2.")
                                   .arg(ChartFormat::score(m_data.dropThreshold), dropNotes.join(QStringLiteral("; ")));
    const QFont noteFont = style.font(11);
    const qreal noteHeight = note.isEmpty() ? 0 : ChartPaint::wrappedHeight(noteFont, note, rect.width()) + 6;
    const QRectF plot(QPointF(rect.left() + 30, rect.top() + 8),
                      QPointF(rect.right() - endWidth, rect.bottom() - 24 - noteHeight));

    // x by date so uneven gaps between checks look uneven; a single check sits in the middle.
    const QDate first = *std::min_element(m_data.dates.cbegin(), m_data.dates.cend());
    const QDate last = *std::max_element(m_data.dates.cbegin(), m_data.dates.cend());
    const qint64 span = first.daysTo(last);
    const qreal pad = 14;
    const auto x = [&](const QDate &date) {
        return span == 0 ? plot.center().x()
                         : plot.left() + pad + (plot.width() - 2 * pad) * qreal(first.daysTo(date)) / qreal(span);
    };
    const auto y = [&](double v) {
        return plot.bottom() - std::clamp(v, 0.0, 100.0) / 100.0 * plot.height();
    };

    for (int v = 0; v <= 100; v += 25) {
        painter->setPen(QPen(v == 0 ? style.axis() : style.grid(), 1.0));
        painter->drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        ChartPaint::textAt(painter, QPointF(plot.left() - 5, y(v)), Qt::AlignRight | Qt::AlignVCenter,
                           ChartFormat::score(v), tickFont, style.mutedText());
    }
    // Date labels, thinned so they never overlap.
    qreal lastRight = -1e9;
    for (const QDate &date : m_data.dates) {
        const QString text = QLocale().toString(date, QLocale::ShortFormat);
        const QRectF r = ChartPaint::textRectAt(QPointF(x(date), plot.bottom() + 4), Qt::AlignHCenter | Qt::AlignTop,
                                                text, tickFont);
        if (r.left() < lastRight + 8 || r.right() > rect.right()) {
            continue;
        }
        painter->setPen(QPen(style.axis(), 1.0));
        painter->drawLine(QPointF(x(date), plot.bottom()), QPointF(x(date), plot.bottom() + 3));
        ChartPaint::text(painter, r, Qt::AlignCenter, text, tickFont, style.mutedText());
        lastRight = r.right();
    }

    // Dimensions first, the overall last so it stays on top.
    QList<int> drawOrder;
    for (int s = 0; s < m_data.series.size(); ++s) {
        if (!m_data.series.at(s).emphasised) {
            drawOrder << s;
        }
    }
    for (int s = 0; s < m_data.series.size(); ++s) {
        if (m_data.series.at(s).emphasised) {
            drawOrder << s;
        }
    }
    struct EndLabel
    {
        qreal y;
        QString text;
        QColor color;
        bool bold;
    };
    QList<EndLabel> endLabels;
    int colorIndex = 0;
    const QColor dropColor = style.roadmap(RoadmapState::Conflict);
    for (const int s : drawOrder) {
        const TrendSeries &series = m_data.series.at(s);
        const QColor color = series.emphasised ? style.text() : style.series(colorIndex++);
        QPainterPath path;
        bool penDown = false;
        std::optional<QPointF> lastPoint;
        std::optional<double> lastValue;
        for (int i = 0; i < m_data.dates.size(); ++i) {
            const std::optional<double> v = valueAt(series, i);
            if (!v) {
                penDown = false; // a gap where the check did not assess this series
                continue;
            }
            const QPointF p(x(m_data.dates.at(i)), y(*v));
            if (penDown) {
                path.lineTo(p);
            } else {
                path.moveTo(p);
            }
            penDown = true;
            lastPoint = p;
            lastValue = v;
        }
        painter->setPen(QPen(color, series.emphasised ? 3.0 : 1.75, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        for (int i = 0; i < m_data.dates.size(); ++i) {
            if (const std::optional<double> v = valueAt(series, i)) {
                ChartPaint::marker(painter, QPointF(x(m_data.dates.at(i)), y(*v)), series.emphasised ? 8 : 6,
                                   ChartPaint::Marker::Circle, color, style.background());
            }
        }
        if (lastPoint) {
            endLabels << EndLabel{lastPoint->y(), series.label + QLatin1Char(' ') + ChartFormat::score(lastValue),
                                  color, series.emphasised};
        }
    }

    // Drops: a red ring round the point and the size of the fall placed clear of the lines' points, listed in
    // words under the chart as well.
    const QFont dropFont = style.font(11, QFont::Bold);
    QList<QRectF> taken;
    for (const TrendSeries &series : m_data.series) {
        for (int i = 0; i < m_data.dates.size(); ++i) {
            if (const std::optional<double> v = valueAt(series, i)) {
                taken << QRectF(x(m_data.dates.at(i)) - 4, y(*v) - 4, 8, 8);
            }
        }
    }
    struct Drop
    {
        QPointF point;
        double fall = 0;
    };
    QList<Drop> dropMarks;
    for (const TrendSeries &series : m_data.series) {
        for (const int i : drops(series, m_data.dropThreshold)) {
            dropMarks << Drop{QPointF(x(m_data.dates.at(i)), y(*valueAt(series, i))), fallAt(series, i)};
        }
    }
    // Top to bottom, so labels of drops on one check stack in the order of their points.
    std::stable_sort(dropMarks.begin(), dropMarks.end(), [](const Drop &a, const Drop &b) {
        return a.point.x() < b.point.x() || (a.point.x() == b.point.x() && a.point.y() < b.point.y());
    });
    painter->setPen(QPen(dropColor, 2.0));
    painter->setBrush(Qt::NoBrush);
    for (const Drop &drop : dropMarks) {
        painter->drawEllipse(drop.point, 7.0, 7.0);
    }
    for (const Drop &drop : dropMarks) {
        const QPointF p = drop.point;
        const QString text = QStringLiteral("\u25bc") + ChartFormat::signedDetail(drop.fall);
        const std::array<std::pair<QPointF, Qt::Alignment>, 6> candidates{{
            {p + QPointF(10, 0), Qt::AlignLeft | Qt::AlignVCenter},
            {p + QPointF(9, 6), Qt::AlignLeft | Qt::AlignTop},
            {p + QPointF(9, -6), Qt::AlignLeft | Qt::AlignBottom},
            {p + QPointF(-10, 0), Qt::AlignRight | Qt::AlignVCenter},
            {p + QPointF(-9, 6), Qt::AlignRight | Qt::AlignTop},
            {p + QPointF(-9, -6), Qt::AlignRight | Qt::AlignBottom},
        }};
        QRectF best;
        qreal bestCost = std::numeric_limits<qreal>::max();
        for (const auto &[anchor, alignment] : candidates) {
            const QRectF r = ChartPaint::textRectAt(anchor, alignment, text, dropFont);
            qreal cost = 0;
            for (const QRectF &other : taken) {
                const QRectF overlap = r.intersected(other);
                cost += overlap.width() * overlap.height();
            }
            if (!plot.contains(r)) {
                cost += r.width() * r.height();
            }
            if (cost < bestCost - 0.5) {
                bestCost = cost;
                best = r;
            }
        }
        taken << best;
        const QColor halo = style.translucent(style.background(), 0.85);
        painter->fillRect(best, halo);
        ChartPaint::text(painter, best, Qt::AlignCenter | Qt::TextSingleLine, text, dropFont, dropColor);
    }
    if (!note.isEmpty()) {
        ChartPaint::text(painter, QRectF(rect.left(), rect.bottom() - noteHeight, rect.width(), noteHeight),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, note, noteFont, dropColor);
    }

    // Series names at the right end of their lines, nudged apart so none overlap.
    std::sort(endLabels.begin(), endLabels.end(), [](const EndLabel &a, const EndLabel &b) { return a.y < b.y; });
    const qreal spacing = ChartPaint::lineHeight(endFont) + 1;
    for (int i = 1; i < endLabels.size(); ++i) {
        endLabels[i].y = std::max(endLabels.at(i).y, endLabels.at(i - 1).y + spacing);
    }
    const qreal overflow = endLabels.isEmpty() ? 0 : endLabels.constLast().y - plot.bottom();
    for (int i = int(endLabels.size()) - 1; i >= 0 && overflow > 0; --i) {
        const qreal limit = i + 1 < endLabels.size() ? endLabels.at(i + 1).y - spacing : plot.bottom();
        endLabels[i].y = std::min(endLabels.at(i).y, limit);
    }
    for (const EndLabel &label : endLabels) {
        const QPointF anchor(plot.right() + 8, label.y);
        painter->setPen(QPen(label.color, label.bold ? 3.0 : 2.0));
        painter->drawLine(anchor, anchor + QPointF(6, 0));
        ChartPaint::textAt(painter, anchor + QPointF(9, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           ChartPaint::elide(label.bold ? endBoldFont : endFont, label.text, endWidth - 18),
                           label.bold ? endBoldFont : endFont, style.text());
    }
}

} // namespace pf::ui::charts
