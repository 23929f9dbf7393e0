// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartWidget.h"

#include "Chart.h"
#include "ChartFormat.h"
#include "ChartStyle.h"
#include "ui/common/DialogRunner.h"

#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace pf::ui::charts {

ChartWidget::ChartWidget(std::unique_ptr<Chart> chart, QWidget *parent) : QWidget(parent), m_chart(std::move(chart))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Focusable, so the keyboard reaches the table alternative (Enter or the menu key).
    setFocusPolicy(Qt::TabFocus);
    updateAccessibleText();
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::showDataTable()
{
    if (!m_chart) {
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("chartDataDialog"));
    dialog.setWindowTitle(tr("%1 — Data").arg(m_chart->title()));
    auto *view = new QTableView(&dialog);
    view->setObjectName(QStringLiteral("chartDataTable"));
    view->setModel(m_chart->createDataModel(view));
    view->setAccessibleName(m_chart->title());
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog.resize(560, 360);
    DialogRunner::exec(dialog);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Show Data as Table…"), this, &ChartWidget::showDataTable);
    menu.exec(event->globalPos());
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Menu) {
        showDataTable();
        return;
    }
    QWidget::keyPressEvent(event);
}

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
