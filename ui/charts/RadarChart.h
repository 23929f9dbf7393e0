// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chart.h"
#include "ChartData.h"

namespace pf::ui::charts {

/** A web of axes with one polygon per series: culture (ours vs theirs, 1–7) or dimension scores (0–100). */
class RadarChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::RadarChart)

public:
    explicit RadarChart(RadarData data, QString title = {});

    const RadarData &data() const { return m_data; }

    QString title() const override;
    bool isEmpty() const override;
    QString emptyReason() const override;
    ChartTable table() const override;
    std::unique_ptr<Chart> clone() const override;
    QSizeF preferredSize() const override;

    /// Where the value @p value of axis @p axis sits in a chart drawn in @p rect (design pixels).
    QPointF valuePosition(const QRectF &rect, int axis, double value) const;

protected:
    void paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const override;

private:
    struct Layout
    {
        QPointF centre;
        qreal radius = 0;
        qreal labelWidth = 0;
        QRectF legend;
    };
    Layout layout(const QRectF &content) const;
    QPointF point(const Layout &layout, int axis, double value) const;

    RadarData m_data;
    QString m_title;
};

} // namespace pf::ui::charts
