// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chart.h"
#include "ChartData.h"

#include <QList>

namespace pf::ui::charts {

/** Mutual gain: value to us (x) against value to the partner (y), 0–100, split into four quadrants at the high
 *  line. One point for a partner page, many for the portfolio. */
class QuadrantChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::QuadrantChart)

public:
    enum class Quadrant { WinWin, WeWin, TheyWin, LoseLose };

    explicit QuadrantChart(QuadrantData data, QString title = {});

    const QuadrantData &data() const { return m_data; }

    /// The quadrant of a point, with ≥ highLine (tolerance 1e-9) counting as high.
    static Quadrant quadrantOf(double valueToUs, double valueToPartner, double highLine = 50.0);
    static QString quadrantName(Quadrant quadrant);

    QString title() const override;
    bool isEmpty() const override;
    QString emptyReason() const override;
    ChartTable table() const override;
    std::unique_ptr<Chart> clone() const override;
    QSizeF preferredSize() const override;
    /// Over a point: its label, both values with one decimal and its quadrant.
    QString toolTipAt(const QRectF &rect, const QPointF &pos) const override;

    /// Geometry of a chart painted in @p rect (design pixels): the quadrant's area and a point's position.
    QRectF quadrantArea(const QRectF &rect, Quadrant quadrant) const;
    QPointF pointPosition(const QRectF &rect, double valueToUs, double valueToPartner) const;

protected:
    void paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const override;

private:
    struct Layout
    {
        QRectF plot;
        QRectF footer;
    };
    Layout layout(const QRectF &content) const;
    QPointF map(const Layout &layout, double x, double y) const;
    QRectF area(const Layout &layout, Quadrant quadrant) const;
    QStringList unplaced() const;

    QuadrantData m_data;
    QString m_title;
};

} // namespace pf::ui::charts
