// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Chart.h"
#include "ChartData.h"

#include <QList>

namespace pf::ui::charts {

/** "Why this score": the criteria as horizontal bars, largest contribution first, stacked end to end so they add
 *  up to the overall; the points each criterion leaves on the table are outlined and the biggest drags named. */
class ContributionBarsChart : public Chart
{
    Q_DECLARE_TR_FUNCTIONS(pf::ui::charts::ContributionBarsChart)

public:
    explicit ContributionBarsChart(ContributionData data, QString title = {});

    const ContributionData &data() const { return m_data; }

    /// Item indices in drawing order: by contribution, largest first; not assessed last.
    QList<int> order() const;
    /// The biggest drags: items losing the most points (maxContribution − contribution), at most dragCount,
    /// each losing at least one point; largest loss first.
    QList<int> drags() const;

    QString title() const override;
    bool isEmpty() const override;
    QString emptyReason() const override;
    ChartTable table() const override;
    std::unique_ptr<Chart> clone() const override;
    QSizeF preferredSize() const override;

protected:
    void paintContent(QPainter *painter, const QRectF &rect, const ChartStyle &style) const override;

private:
    ContributionData m_data;
    QString m_title;
};

} // namespace pf::ui::charts
