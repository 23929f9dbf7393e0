// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BandProbabilityChart.h"

#include "BandBadge.h"
#include "ChartFormat.h"
#include "ChartPaint.h"
#include "ChartStyle.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace pf::ui::charts {

BandProbabilityChart::BandProbabilityChart(BandProbabilityData data, QString title)
    : m_data(std::move(data)), m_title(std::move(title))
{}

QString BandProbabilityChart::title() const
{
    return m_title.isEmpty() ? tr("How likely each verdict is") : m_title;
}

bool BandProbabilityChart::isEmpty() const
{
    return m_data.runs <= 0 || m_data.bands.isEmpty();
}

QString BandProbabilityChart::emptyReason() const
{
    return tr("Run the sensitivity analysis to see how firm the verdict is.");
}

QList<BandProbability> BandProbabilityChart::sorted() const
{
    // Best band first, whatever order the input came in.
    QList<BandProbability> bands = m_data.bands;
    std::stable_sort(bands.begin(), bands.end(),
                     [](const BandProbability &a, const BandProbability &b) { return int(a.band) < int(b.band); });
    return bands;
}

ChartTable BandProbabilityChart::table() const
{
    ChartTable table;
    table.title = title();
    table.columns << tr("Band") << tr("Probability (%)") << tr("Current verdict");
    for (const BandProbability &entry : sorted()) {
        table.rows << QVariantList{ChartFormat::bandName(entry.band), entry.probability * 100.0,
                                   m_data.current == entry.band ? tr("Yes") : QString()};
    }
    return table;
}

std::unique_ptr<Chart> BandProbabilityChart::clone() const
{
    return std::make_unique<BandProbabilityChart>(*this);
}

QSizeF BandProbabilityChart::preferredSize() const
{
    return {560, 300};
}

void BandProbabilityChart::paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const
{
    const QList<BandProbability> bands = sorted();
    const QFont badgeFont = style.font(12, QFont::DemiBold);
    const QFont valueFont = style.font(12, QFont::DemiBold);
    const QFont noteFont = style.font(11);
    qreal badgeWidth = 0;
    for (const BandProbability &entry : bands) {
        badgeWidth = std::max(badgeWidth, BandBadge::sizeFor(entry.band, badgeFont).width());
    }
    const QString currentText = tr("current");
    const qreal valueWidth =
        ChartPaint::textWidth(valueFont, QStringLiteral("100%")) + ChartPaint::textWidth(noteFont, currentText) + 20;
    const qreal noteHeight = ChartPaint::lineHeight(noteFont) + 8;
    const QRectF plot(QPointF(rect.left() + badgeWidth + 12, rect.top()),
                      QPointF(rect.right() - valueWidth, rect.bottom() - noteHeight - 18));
    const qreal rowHeight = std::min(40.0, plot.height() / std::max<qsizetype>(1, bands.size()));
    const qreal barHeight = std::min(22.0, rowHeight * 0.6);

    // 0, 50 and 100% guides.
    const QFont tickFont = style.font(11);
    const qreal gridBottom = plot.top() + rowHeight * bands.size();
    for (int v = 0; v <= 100; v += 25) {
        const qreal gx = plot.left() + v / 100.0 * plot.width();
        painter->setPen(QPen(v == 0 ? style.axis() : style.grid(), 1.0));
        painter->drawLine(QPointF(gx, plot.top()), QPointF(gx, gridBottom));
        ChartPaint::textAt(painter, QPointF(gx, gridBottom + 3), Qt::AlignHCenter | Qt::AlignTop,
                           ChartFormat::percent(v / 100.0), tickFont, style.mutedText());
    }

    for (int r = 0; r < bands.size(); ++r) {
        const BandProbability &entry = bands.at(r);
        const qreal cy = plot.top() + r * rowHeight + rowHeight / 2;
        const QSizeF badge = BandBadge::sizeFor(entry.band, badgeFont);
        BandBadge::paint(painter,
                         QRectF(QPointF(rect.left() + badgeWidth - badge.width(), cy - badge.height() / 2), badge),
                         entry.band, style, badgeFont);
        const double p = std::clamp(entry.probability, 0.0, 1.0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.bandFill(entry.band));
        painter->drawRect(QRectF(plot.left(), cy - barHeight / 2, std::max(p * plot.width(), 1.0), barHeight));
        QString text = ChartFormat::percent(p);
        const QRectF valueRect = ChartPaint::textAt(painter, QPointF(plot.left() + p * plot.width() + 6, cy),
                                                    Qt::AlignLeft | Qt::AlignVCenter, text, valueFont, style.text());
        if (m_data.current == entry.band) {
            ChartPaint::textAt(painter, QPointF(valueRect.right() + 6, cy), Qt::AlignLeft | Qt::AlignVCenter,
                               currentText, noteFont, style.mutedText());
        }
    }

    ChartPaint::text(
        painter, QRectF(rect.left(), rect.bottom() - noteHeight, rect.width(), noteHeight),
        Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
        tr("From %1 draws of the weights around the framework's weights.").arg(QLocale().toString(m_data.runs)),
        noteFont, style.mutedText());
}

} // namespace pf::ui::charts
