// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chart.h"
#include "ChartData.h"

#include <QList>

namespace pf::ui::charts {

/** Health over time: the overall (bold) and each dimension across the checks, drops of dropThreshold or more
 *  between consecutive assessed checks marked with a red triangle and the size of the fall. */
class TrendChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::TrendChart)

public:
    explicit TrendChart(TrendData data, QString title = {});

    const TrendData &data() const { return m_data; }

    /// Indices of the checks where @p series fell by ≥ threshold since its previous assessed check.
    static QList<int> drops(const TrendSeries &series, double threshold);

    QString title() const override;
    bool isEmpty() const override;
    QString emptyReason() const override;
    ChartTable table() const override;
    std::unique_ptr<Chart> clone() const override;
    QSizeF preferredSize() const override;

protected:
    void paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const override;

private:
    TrendData m_data;
    QString m_title;
};

} // namespace pf::ui::charts
