// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace pf::ui::charts {

class Chart;

/** Shows one Chart in the widget's palette and font; follows palette changes (dark mode). */
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(std::unique_ptr<Chart> chart, QWidget *parent = nullptr);
    ~ChartWidget() override;

    const Chart *chart() const { return m_chart.get(); }
    void setChart(std::unique_ptr<Chart> chart);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Shows the chart's data as a table in a dialog: the accessible alternative to the picture.
    void showDataTable();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateAccessibleText();
    /// The chart's area in design pixels.
    QRectF chartRect() const;

    std::unique_ptr<Chart> m_chart;
};

} // namespace pf::ui::charts
