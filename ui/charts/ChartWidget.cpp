// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartWidget.h"

#include "Chart.h"
#include "ChartFormat.h"
#include "ChartStyle.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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

QRectF ChartWidget::chartRect() const
{
    return QRectF(rect()).adjusted(8, 8, -8, -8);
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_chart) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qreal scale = Chart::designScale(this);
        const QRectF area = chartRect();
        const QRectF design(0, 0, area.width() / scale, area.height() / scale);
        const QString text = m_chart->isEmpty() ? m_chart->emptyReason()
                                                : m_chart->toolTipAt(design, (help->pos() - area.topLeft()) / scale);
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const ChartStyle style = ChartStyle::forPalette(palette(), font());
    painter.fillRect(rect(), style.background());
    if (m_chart) {
        m_chart->paint(&painter, chartRect(), style);
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
