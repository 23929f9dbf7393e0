// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chart.h"
#include "ChartData.h"

namespace pf::ui::charts {

/** Roadmaps side by side: a lane per theme with our and the partner's items as bars over the planning window,
 *  coloured shared / conflict / gap, with the near and far horizons marked. */
class RoadmapTimelineChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::RoadmapTimelineChart)

public:
    explicit RoadmapTimelineChart(RoadmapData data, QString title = {});

    const RoadmapData &data() const { return m_data; }

    QString title() const override;
    bool isEmpty() const override;
    QString emptyReason() const override;
    ChartTable table() const override;
    std::unique_ptr<Chart> clone() const override;
    QSizeF preferredSize() const override;

    /// The x position of the start of @p year in a chart painted in @p rect (design pixels).
    qreal yearPosition(const QRectF &rect, int year) const;

protected:
    void paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const override;

private:
    struct Layout
    {
        QRectF header; ///< horizon brackets and year labels
        QRectF lanes;  ///< the theme lanes
        QRectF legend;
        qreal labelWidth = 0; ///< theme name column
        qreal sideWidth = 0;  ///< "Us" / "Partner" column
        qreal rowHeight = 0;
        qreal yearWidth = 0;
        qreal timelineLeft = 0;
    };
    Layout layout(const QRectF &content) const;
    qreal yearX(const Layout &layout, int year) const;

    RoadmapData m_data;
    QString m_title;
};

} // namespace pf::ui::charts
