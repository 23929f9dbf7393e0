// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartWidget.h"

#include "Chart.h"
#include "ChartFormat.h"
#include "ChartStyle.h"

#include <QEvent>
#include <QPainter>

namespace pf::ui::charts {

ChartWidget::ChartWidget(std::unique_ptr<Chart> chart, QWidget *parent) : QWidget(parent), m_chart(std::move(chart))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateAccessibleText();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setChart(std::unique_ptr<Chart> chart)
{
    m_chart = std::move(chart);
    updateAccessibleText();
    updateGeometry();
    update();
}

QSize ChartWidget::sizeHint() const
{
    return m_chart ? m_chart->preferredSize().toSize() : QSize(600, 380);
}

QSize ChartWidget::minimumSizeHint() const
{
    return {320, 220};
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ChartStyle style = ChartStyle::forPalette(palette(), font());
    painter.fillRect(rect(), style.background());
    if (m_chart) {
        m_chart->paint(&painter, QRectF(rect()).adjusted(8, 8, -8, -8), style);
    }
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        update();
    }
    QWidget::changeEvent(event);
}

void ChartWidget::updateAccessibleText()
{
    if (!m_chart) {
        setAccessibleName({});
        setAccessibleDescription({});
        return;
    }
    setAccessibleName(m_chart->title());
    setAccessibleDescription(m_chart->isEmpty()
                                 ? ChartFormat::notAssessed() + QStringLiteral(": ") + m_chart->emptyReason()
                                 : tr("Chart; the same data is available as a table."));
}

} // namespace pf::ui::charts
