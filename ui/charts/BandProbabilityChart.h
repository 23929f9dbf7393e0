// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chart.h"
#include "ChartData.h"

namespace pf::ui::charts {

/** Monte Carlo over the weights: how likely each verdict band is, one labelled bar per band. */
class BandProbabilityChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::BandProbabilityChart)

public:
    explicit BandProbabilityChart(BandProbabilityData data, QString title = {});

    const BandProbabilityData &data() const { return m_data; }

    QString title() const override;
    bool isEmpty() const override;
    QString emptyReason() const override;
    ChartTable table() const override;
    std::unique_ptr<Chart> clone() const override;
    QSizeF preferredSize() const override;

protected:
    void paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const override;

private:
    QList<BandProbability> sorted() const;

    BandProbabilityData m_data;
    QString m_title;
};

} // namespace pf::ui::charts
