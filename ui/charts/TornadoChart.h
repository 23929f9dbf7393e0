// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chart.h"
#include "ChartData.h"

#include <QList>

namespace pf::ui::charts {

/** Sensitivity: for each dimension, the overall with its weight ×0.8 and ×1.2 as bars around the baseline,
 *  widest swing on top, band thresholds marked where the range crosses them. */
class TornadoChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::TornadoChart)

public:
    explicit TornadoChart(TornadoData data, QString title = {});

    const TornadoData &data() const { return m_data; }

    /// Item indices by swing |high − low|, widest first.
    QList<int> order() const;

    QString title() const override;
    bool isEmpty() const override;
    QString emptyReason() const override;
    ChartTable table() const override;
    std::unique_ptr<Chart> clone() const override;
    QSizeF preferredSize() const override;

protected:
    void paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const override;

private:
    TornadoData m_data;
    QString m_title;
};

} // namespace pf::ui::charts
